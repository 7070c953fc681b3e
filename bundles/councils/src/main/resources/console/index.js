// Councils page of the ASSKomm console: each prevention council's status and history, members by sector,
// meetings with attendance and decisions, and the next status step.
const STATUSES = ['PLANNED', 'COORDINATION_OFFICE', 'CONSTITUTED', 'DORMANT', 'REACTIVATED'];
const SECTORS = ['ADMINISTRATION', 'POLICE', 'EDUCATION', 'YOUTH_WORK', 'SENIOR_WORK', 'ASSOCIATIONS', 'CHURCHES', 'OTHER'];
const MESSAGES = {
  de: {
    'co.title': 'Präventionsräte', 'co.list': 'Präventionsräte', 'co.council': 'Rat', 'co.municipality': 'Gemeinde',
    'co.status': 'Status', 'co.since': 'seit', 'co.members': 'Mitglieder', 'co.bySector': 'Mitglieder nach Bereich (stimmberechtigt)',
    'co.name': 'Name', 'co.organisation': 'Organisation', 'co.function': 'Funktion', 'co.sector': 'Bereich', 'co.voting': 'stimmberechtigt',
    'co.meetings': 'Sitzungen', 'co.date': 'Datum', 'co.topic': 'Thema', 'co.attendance': 'Anwesend', 'co.decisions': 'Beschlüsse',
    'co.history': 'Verlauf', 'co.change': 'Status ändern', 'co.newStatus': 'Neuer Status', 'co.on': 'Datum', 'co.note': 'Notiz',
    'co.back': 'Zur Liste', 'co.none': 'Noch kein Präventionsrat.',
    'co.s.PLANNED': 'geplant', 'co.s.COORDINATION_OFFICE': 'Koordinierungsstelle', 'co.s.CONSTITUTED': 'konstituiert',
    'co.s.DORMANT': 'ruhend', 'co.s.REACTIVATED': 'reaktiviert',
    'co.x.ADMINISTRATION': 'Verwaltung', 'co.x.POLICE': 'Polizei', 'co.x.EDUCATION': 'Bildung', 'co.x.YOUTH_WORK': 'Jugendarbeit',
    'co.x.SENIOR_WORK': 'Seniorenarbeit', 'co.x.ASSOCIATIONS': 'Vereine', 'co.x.CHURCHES': 'Kirchen', 'co.x.OTHER': 'Sonstige'
  },
  en: {
    'co.title': 'Prevention councils', 'co.list': 'Prevention councils', 'co.council': 'Council', 'co.municipality': 'Municipality',
    'co.status': 'Status', 'co.since': 'since', 'co.members': 'Members', 'co.bySector': 'Members by sector (voting)',
    'co.name': 'Name', 'co.organisation': 'Organisation', 'co.function': 'Function', 'co.sector': 'Sector', 'co.voting': 'voting',
    'co.meetings': 'Meetings', 'co.date': 'Date', 'co.topic': 'Title', 'co.attendance': 'Present', 'co.decisions': 'Decisions',
    'co.history': 'History', 'co.change': 'Change status', 'co.newStatus': 'New status', 'co.on': 'Date', 'co.note': 'Note',
    'co.back': 'Back to the list', 'co.none': 'No prevention council yet.',
    'co.s.PLANNED': 'planned', 'co.s.COORDINATION_OFFICE': 'coordination office', 'co.s.CONSTITUTED': 'constituted',
    'co.s.DORMANT': 'dormant', 'co.s.REACTIVATED': 'reactivated',
    'co.x.ADMINISTRATION': 'Administration', 'co.x.POLICE': 'Police', 'co.x.EDUCATION': 'Education', 'co.x.YOUTH_WORK': 'Youth work',
    'co.x.SENIOR_WORK': 'Senior work', 'co.x.ASSOCIATIONS': 'Associations', 'co.x.CHURCHES': 'Churches', 'co.x.OTHER': 'Other'
  }
};
const KIND = { PLANNED: 'neutral', COORDINATION_OFFICE: 'warn', CONSTITUTED: 'ok', DORMANT: 'warn', REACTIVATED: 'ok' };

async function list(container, api) {
  const { h, t } = api;
  const councils = await api.all('/councils');
  container.append(h('h1', {}, t('co.title')), api.table(t('co.list'), [
    { label: t('co.council'), value: c => h('a', { href: `#/m/councils/${c.id}` }, c.name) },
    { label: t('co.municipality'), value: c => c.municipality },
    { label: t('co.status'), value: c => api.badge(t('co.s.' + c.status), KIND[c.status]) },
    { label: t('co.since'), value: c => api.format.date(c.statusSince) }
  ], councils, t('co.none')));
}

async function detail(container, api, id) {
  const { h, t } = api;
  const [council, members, meetings, history] = await Promise.all([
    api.get(`/councils/${id}`), api.get(`/councils/${id}/members`), api.all(`/councils/${id}/meetings`),
    api.get(`/councils/${id}/history`)]);
  const byId = new Map(members.map(m => [m.id, m]));
  const reload = () => { container.replaceChildren(); return detail(container, api, id); };
  container.append(h('p', {}, h('a', { href: '#/m/councils' }, t('co.back'))), h('h1', {}, council.name),
    h('p', {}, t('co.status'), ': ', h('span', { id: 'council-status' }, api.badge(t('co.s.' + council.status), KIND[council.status])),
      ` ${t('co.since')} ${api.format.date(council.statusSince)}`));

  const counts = SECTORS.map(s => ({ label: t('co.x.' + s), value: members.filter(m => m.sector === s && m.voting).length }));
  container.append(h('section', { 'aria-labelledby': 'co-members' }, h('h2', { id: 'co-members' }, t('co.members')),
    api.charts.bar(t('co.bySector'), counts),
    api.table(t('co.members'), [
      { label: t('co.name'), value: m => m.name },
      { label: t('co.organisation'), value: m => m.organisation || '' },
      { label: t('co.function'), value: m => m.function || '' },
      { label: t('co.sector'), value: m => t('co.x.' + m.sector) },
      { label: t('co.voting'), value: m => (m.voting ? t('common.yes') : t('common.no')) }
    ], [...members].sort((a, b) => SECTORS.indexOf(a.sector) - SECTORS.indexOf(b.sector)), '–')));

  container.append(h('section', { 'aria-labelledby': 'co-meetings' }, h('h2', { id: 'co-meetings' }, t('co.meetings')),
    api.table(t('co.meetings'), [
      { label: t('co.date'), value: m => api.format.date(m.heldOn) },
      { label: t('co.topic'), value: m => m.title },
      { label: t('co.attendance'), value: m => `${m.attendeeIds.length} / ${members.length}`, num: true },
      { label: t('co.decisions'), value: m => m.decisions.map(d => d.text).join('; ') }
    ], meetings, '–'),
    meetings.length ? h('p', { class: 'hint' }, meetings[0].attendeeIds.map(a => byId.get(a)?.name).filter(Boolean).join(', ')) : null));

  container.append(api.table(t('co.history'), [
    { label: t('co.date'), value: e => api.format.date(e.on) },
    { label: t('co.status'), value: e => t('co.s.' + e.status) },
    { label: t('co.note'), value: e => e.note || '' }
  ], history, '–'));

  const change = h('form', { class: 'card', id: 'council-status-form', novalidate: true }, h('h2', {}, t('co.change')),
    api.field(t('co.newStatus'), 'status', { type: 'select', choices: STATUSES.filter(s => s !== council.status).map(s => [s, t('co.s.' + s)]) }),
    api.field(t('co.on'), 'on', { type: 'date', required: true }), api.field(t('co.note'), 'note'),
    h('button', { type: 'submit', class: 'primary' }, t('co.change')));
  change.addEventListener('submit', async event => {
    event.preventDefault();
    const v = api.formValues(change);
    if (await api.submit(change, () => api.post(`/councils/${id}/status`, { ...v, version: council.version }))) await reload();
  });
  container.append(change);
}

export async function render(container, api) {
  api.addMessages(MESSAGES);
  return api.route ? detail(container, api, api.route) : list(container, api);
}
