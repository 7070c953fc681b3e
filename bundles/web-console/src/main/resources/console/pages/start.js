// The part of the start page that depends on the role: a municipality's own status, or what the LPR has to
// decide today. Built from the installed modules' APIs; a module that is not installed (or not readable for the
// role) contributes nothing.

const has = (api, id) => api.modules.some(m => m.id === id);
const total = async (api, path) => (await api.get(path + (path.includes('?') ? '&' : '?') + 'limit=1')).total;

/** One tile: a figure or short text, a label, and a link to the module page. */
function tile(api, id, value, label, href, detail) {
  const { h } = api;
  return h('a', { class: 'figure figure-link', href, id }, h('span', { class: 'figure-value' }, String(value)),
    h('span', {}, label), detail ? h('span', { class: 'hint' }, detail) : null);
}

/** Runs each contribution on its own: a module that fails or is missing simply adds no tile. */
async function collect(parts) {
  const tiles = await Promise.all(parts.map(p => p().catch(() => null)));
  return tiles.flat().filter(Boolean);
}

async function municipalTiles(api, ags) {
  const { t } = api;
  const date = api.format.date;
  const parts = [];
  if (has(api, 'agreements')) {
    parts.push(async () => {
      const list = (await api.get(`/agreements?municipality=${ags}&limit=5`)).items;
      const signed = list.find(a => a.signedOn);
      return tile(api, 'start-agreement', signed ? t('start.signed') : list.length ? t('start.inPreparation') : t('start.none'),
        t('start.agreement'), '#/m/agreements', signed ? t('start.signedOn', { date: date(signed.signedOn) }) : null);
    });
  }
  if (has(api, 'councils')) {
    parts.push(async () => {
      const councils = (await api.get(`/councils?municipality=${ags}&limit=1`)).items;
      if (!councils.length) return tile(api, 'start-council', t('start.none'), t('start.council'), '#/m/councils');
      const c = councils[0];
      const open = await total(api, `/councils/${c.id}/tasks?open=true`);
      return [tile(api, 'start-council', t('start.council.' + c.status), t('start.council'), `#/m/councils/${c.id}`,
        t('start.since', { date: date(c.statusSince) })),
      tile(api, 'start-tasks', open, t('start.openTasks', { count: open }), `#/m/councils/${c.id}`)];
    });
  }
  if (has(api, 'funding')) {
    parts.push(async () => {
      const apps = await api.all(`/funding/applications?municipality=${ags}`, 500);
      const running = apps.filter(a => !['CLOSED', 'REJECTED', 'WITHDRAWN'].includes(a.status));
      const due = running.map(a => a.proofDue).filter(Boolean).sort()[0];
      return tile(api, 'start-funding', running.length, t('start.applications', { count: running.length }), '#/m/funding',
        due ? t('start.proofDue', { date: date(due) }) : null);
    });
  }
  if (has(api, 'training')) {
    parts.push(async () => {
      const admitted = await total(api, `/training/enrolments?municipality=${ags}&status=ADMITTED`);
      const enrolled = await total(api, `/training/enrolments?municipality=${ags}&status=ENROLLED`);
      const waiting = await total(api, `/training/enrolments?municipality=${ags}&status=WAITLISTED`);
      return tile(api, 'start-training', admitted + enrolled, t('start.enrolments', { count: admitted + enrolled }), '#/m/training',
        waiting ? t('start.waitlisted', { count: waiting }) : null);
    });
  }
  if (has(api, 'patrol')) {
    parts.push(async () => {
      const compounds = (await api.get(`/patrol/compounds?municipality=${ags}&limit=1`)).items;
      if (!compounds.length) return null;
      const c = compounds[0];
      return tile(api, 'start-patrol', c.members.length, t('start.compoundMembers', { count: c.members.length }), '#/m/patrol', c.name);
    });
  }
  return collect(parts);
}

async function lprTiles(api) {
  const { t } = api;
  const parts = [];
  if (has(api, 'funding')) {
    parts.push(async () => {
      const submitted = await total(api, '/funding/applications?status=SUBMITTED');
      const review = await total(api, '/funding/applications?status=UNDER_REVIEW');
      return tile(api, 'start-review', submitted + review, t('start.toReview', { count: submitted + review }), '#/m/funding');
    });
    parts.push(async () => {
      const overdue = await total(api, '/funding/proofs/overdue');
      return tile(api, 'start-proofs', overdue, t('start.overdueProofs', { count: overdue }), '#/m/funding');
    });
  }
  if (has(api, 'councils')) {
    parts.push(async () => {
      const overdue = await total(api, '/councils/tasks/overdue');
      return tile(api, 'start-overdue-tasks', overdue, t('start.overdueTasks', { count: overdue }), '#/m/councils');
    });
  }
  return collect(parts);
}

/** The role's section of the start page, or null when it has nothing to show. */
export async function startSection(api) {
  const { h, t } = api;
  if (api.user.lprAdmin) {
    const tiles = await lprTiles(api);
    return tiles.length ? h('section', { 'aria-labelledby': 'start-head', id: 'start' },
      h('h2', { id: 'start-head' }, t('start.today')), h('div', { class: 'figures' }, tiles)) : null;
  }
  const names = await api.municipalityNames();
  const sections = [];
  for (const ags of api.user.municipalities) {
    const tiles = await municipalTiles(api, ags);
    if (!tiles.length) continue;
    sections.push(h('section', { 'aria-labelledby': `start-${ags}`, class: 'start', id: sections.length ? null : 'start' },
      h('h2', { id: `start-${ags}` }, t('start.mine', { name: names.get(ags) || ags })), h('div', { class: 'figures' }, tiles)));
  }
  return sections.length ? sections : null;
}
