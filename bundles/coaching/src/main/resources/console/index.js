// Coaching page of the ASSKomm console: the pool of coaches with their workload (LPR, viewers), the assignments
// with their checklist of success conditions, the session log of an assignment, and the forms to assign a coach
// (LPR) and to log a session (the municipality's users).
const CONDITIONS = ['COORDINATOR_NAMED', 'COUNCIL_DECISION', 'PREVENTION_COUNCIL', 'AGREEMENT_SIGNED', 'SAFETY_ANALYSIS',
  'ACTION_PLAN', 'SELF_SUSTAINING'];
const MESSAGES = {
  de: {
    'cg.title': 'Coaching', 'cg.coaches': 'Pool der Coaches', 'cg.noCoaches': 'Noch keine Coaches.', 'cg.name': 'Name',
    'cg.regions': 'Regionen', 'cg.topics': 'Themen', 'cg.capacity': 'Kapazität', 'cg.active': 'Laufende Begleitungen',
    'cg.sessions': 'Sitzungen (12 Monate)', 'cg.load': 'Auslastung', 'cg.assignments': 'Begleitungen',
    'cg.noAssignments': 'Noch keine Begleitungen.', 'cg.municipality': 'Gemeinde', 'cg.coach': 'Coach',
    'cg.coordinator': 'Präventionskoordination', 'cg.since': 'seit', 'cg.until': 'bis', 'cg.running': 'läuft',
    'cg.ended': 'beendet', 'cg.assign': 'Coach zuordnen', 'cg.startedOn': 'Beginn', 'cg.save': 'Speichern',
    'cg.checklist': 'Erfolgsbedingungen', 'cg.metOn': 'erfüllt am', 'cg.open': 'offen', 'cg.log': 'Sitzungsprotokoll',
    'cg.noSessions': 'Noch keine Sitzungen.', 'cg.date': 'Datum', 'cg.nextSteps': 'Nächste Schritte',
    'cg.openPoints': 'Offene Punkte', 'cg.logSession': 'Sitzung protokollieren', 'cg.topicsLines': 'Themen (eines je Zeile)',
    'cg.back': 'Zur Übersicht', 'cg.show': 'Details',
    'cg.c.COORDINATOR_NAMED': 'Präventionskoordination benannt', 'cg.c.COUNCIL_DECISION': 'Beschluss des Gemeinderats',
    'cg.c.PREVENTION_COUNCIL': 'Präventionsrat oder Koordinierungsstelle arbeitet',
    'cg.c.AGREEMENT_SIGNED': 'Kooperationsvereinbarung unterzeichnet', 'cg.c.SAFETY_ANALYSIS': 'Sicherheitsanalyse abgeschlossen',
    'cg.c.ACTION_PLAN': 'Maßnahmenplan beschlossen', 'cg.c.SELF_SUSTAINING': 'Arbeit ohne Coach gesichert'
  },
  en: {
    'cg.title': 'Coaching', 'cg.coaches': 'Pool of coaches', 'cg.noCoaches': 'No coaches yet.', 'cg.name': 'Name',
    'cg.regions': 'Regions', 'cg.topics': 'Topics', 'cg.capacity': 'Capacity', 'cg.active': 'Running assignments',
    'cg.sessions': 'Sessions (12 months)', 'cg.load': 'Utilisation', 'cg.assignments': 'Assignments',
    'cg.noAssignments': 'No assignments yet.', 'cg.municipality': 'Municipality', 'cg.coach': 'Coach',
    'cg.coordinator': 'Prevention coordinator', 'cg.since': 'since', 'cg.until': 'until', 'cg.running': 'running',
    'cg.ended': 'ended', 'cg.assign': 'Assign a coach', 'cg.startedOn': 'Start', 'cg.save': 'Save',
    'cg.checklist': 'Success conditions', 'cg.metOn': 'met on', 'cg.open': 'open', 'cg.log': 'Session log',
    'cg.noSessions': 'No sessions yet.', 'cg.date': 'Date', 'cg.nextSteps': 'Next steps',
    'cg.openPoints': 'Open points', 'cg.logSession': 'Log a session', 'cg.topicsLines': 'Topics (one per line)',
    'cg.back': 'Back to the overview', 'cg.show': 'Details',
    'cg.c.COORDINATOR_NAMED': 'Prevention coordinator named', 'cg.c.COUNCIL_DECISION': 'Decision of the municipal council',
    'cg.c.PREVENTION_COUNCIL': 'Prevention council or coordination office at work',
    'cg.c.AGREEMENT_SIGNED': 'Cooperation agreement signed', 'cg.c.SAFETY_ANALYSIS': 'Safety analysis done',
    'cg.c.ACTION_PLAN': 'Action plan adopted', 'cg.c.SELF_SUSTAINING': 'Work secured without a coach'
  }
};

const lines = text => (text || '').split('\n').map(x => x.trim()).filter(x => x);

async function overview(container, api) {
  const { h, t } = api;
  const root = api.module.restPath;
  const seesAll = api.user.seesAll;
  const [coaches, assignments] = await Promise.all([api.all(root + '/coaches'), api.all(root + '/assignments')]);
  const coachName = new Map(coaches.map(c => [c.id, c.name]));
  const names = await api.municipalityNames();
  container.append(h('h1', {}, t('cg.title')));
  if (seesAll) {
    const load = new Map((await api.get(root + '/workload')).map(w => [w.coachId, w]));
    container.append(api.table(t('cg.coaches'), [
      { label: t('cg.name'), value: c => c.name },
      { label: t('cg.regions'), value: c => c.regions.join(', ') },
      { label: t('cg.topics'), value: c => c.topics.join(', ') },
      { label: t('cg.active'), value: c => `${load.get(c.id).activeAssignments} / ${c.capacity}` },
      { label: t('cg.load'), value: c => api.badge(`${load.get(c.id).utilisation} %`, load.get(c.id).utilisation >= 100 ? 'warn' : 'ok') },
      { label: t('cg.sessions'), value: c => String(load.get(c.id).sessionsLastYear) }
    ], coaches, t('cg.noCoaches')));
  }
  container.append(api.table(t('cg.assignments'), [
    { label: t('cg.municipality'), value: a => h('a', { href: `#/m/coaching/${a.id}` }, names.get(a.municipality) || a.municipality) },
    { label: t('cg.coach'), value: a => coachName.get(a.coachId) || '' },
    { label: t('cg.since'), value: a => api.format.date(a.startedOn) },
    { label: t('cg.until'), value: a => a.endedOn ? api.format.date(a.endedOn) : api.badge(t('cg.running'), 'ok') }
  ], assignments, t('cg.noAssignments')));
  if (api.user.lprAdmin) {
    const form = h('form', { id: 'assign-form', class: 'card', novalidate: true }, h('h2', {}, t('cg.assign')),
      api.field(t('cg.municipality'), 'municipality', { type: 'select', required: true,
        choices: [['', '–'], ...(await api.municipalityChoices())] }),
      api.field(t('cg.coach'), 'coachId', { type: 'select', choices: coaches.map(c => [c.id, c.name]) }),
      api.field(t('cg.coordinator'), 'coordinator', { required: true, maxlength: 200 }),
      api.field(t('cg.startedOn'), 'startedOn', { type: 'date', required: true }),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('cg.save'))));
    form.addEventListener('submit', async event => {
      event.preventDefault();
      const created = await api.submit(form, () => api.post(root + '/assignments', api.formValues(form)));
      if (created) {
        api.navigate(created.id);
      }
    });
    container.append(form);
  }
}

async function detail(container, api, id) {
  const { h, t } = api;
  const root = `${api.module.restPath}/assignments/${id}`;
  const [assignment, sessions, names] = await Promise.all([api.get(root), api.get(root + '/sessions'),
    api.municipalityNames()]);
  const met = new Map(assignment.checklist.map(c => [c.condition, c.metOn]));
  container.append(h('p', {}, h('a', { href: '#/m/coaching' }, t('cg.back'))),
    h('h1', {}, `${t('cg.title')}: ${names.get(assignment.municipality) || assignment.municipality}`),
    h('p', {}, `${t('cg.coordinator')}: ${assignment.coordinator} · ${t('cg.since')} ${api.format.date(assignment.startedOn)}`),
    api.table(t('cg.checklist'), [
      { label: t('cg.checklist'), value: c => t('cg.c.' + c) },
      { label: t('cg.metOn'), value: c => met.get(c) ? api.format.date(met.get(c)) : api.badge(t('cg.open'), 'neutral') }
    ], CONDITIONS, ''),
    h('div', { id: 'session-log' }, api.table(t('cg.log'), [
      { label: t('cg.date'), value: s => api.format.date(s.date) },
      { label: t('cg.topics'), value: s => s.topics.join(', ') },
      { label: t('cg.nextSteps'), value: s => s.nextSteps || '' },
      { label: t('cg.openPoints'), value: s => s.openPoints || '' }
    ], sessions, t('cg.noSessions'))));
  if (!assignment.endedOn) {
    const form = h('form', { id: 'session-form', class: 'card', novalidate: true }, h('h2', {}, t('cg.logSession')),
      api.field(t('cg.date'), 'date', { type: 'date', required: true }),
      api.field(t('cg.topicsLines'), 'topics', { type: 'textarea', required: true }),
      api.field(t('cg.nextSteps'), 'nextSteps', { type: 'textarea' }),
      api.field(t('cg.openPoints'), 'openPoints', { type: 'textarea' }),
      h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('cg.save'))));
    form.addEventListener('submit', async event => {
      event.preventDefault();
      const values = api.formValues(form);
      const saved = await api.submit(form, () => api.post(root + '/sessions', { ...values, topics: lines(values.topics) }));
      if (saved) {
        container.replaceChildren();
        await detail(container, api, id);
      }
    });
    container.append(form);
  }
}

export async function render(container, api) {
  api.addMessages(MESSAGES);
  return api.route ? detail(container, api, api.route) : overview(container, api);
}
