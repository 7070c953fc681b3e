// Patrol page of the ASSKomm console: the compound with its members, the monthly cost statement,
// the week's patrol plan, the patrol log (entering a patrol), and coverage (now per member, and over the last
// months as a line).
const MESSAGES = {
  de: {
    'pa.title': 'Gemeindlicher Vollzugsdienst', 'pa.compound': 'Verbund', 'pa.members': 'Mitglieder', 'pa.member': 'Gemeinde',
    'pa.role': 'Rolle', 'pa.r.LEAD': 'federführend', 'pa.r.PARTNER': 'Partner', 'pa.hours': 'Stunden/Monat (vereinbart)',
    'pa.statement': 'Kostenaufstellung', 'pa.month': 'Monat', 'pa.show': 'Anzeigen', 'pa.share': 'Anteil %',
    'pa.delivered': 'geleistete Stunden', 'pa.amount': 'Betrag', 'pa.total': 'Summe', 'pa.resource': 'Ressource',
    'pa.key': 'Kostenschlüssel {type} ab {from}', 'pa.coverage': 'Abdeckung der Orte (letzte 30 Tage)',
    'pa.coverageTrend': 'Abdeckung im Zeitverlauf (Anteil bestreifter Orte, alle Mitglieder)', 'pa.places': 'Orte',
    'pa.patrolled': 'bestreift', 'pa.none': 'Kein Verbund sichtbar.', 'pa.start': 'Beginn', 'pa.untouched': 'Zuvor unbestreifte Orte erreicht: {reached} von {all}',
    'pa.plan': 'Streifenplan für die Woche', 'pa.planIntro': 'Verteilt die vereinbarten Stunden der Mitglieder auf Dienstkräfte, Tage und Orte; unbestreifte Orte zuerst.',
    'pa.from': 'von', 'pa.to': 'bis', 'pa.makePlan': 'Plan erstellen', 'pa.planTable': 'Schichten {from} bis {to}', 'pa.date': 'Datum',
    'pa.officer': 'Dienstkraft', 'pa.shiftHours': 'Stunden', 'pa.route': 'Route (Ankunft nach Schichtbeginn)', 'pa.noShifts': 'Keine Schichten geplant.',
    'pa.planMetrics': '{shifts} Schichten, {hours} Stunden, {visited} Orte besucht, davon {reached} von {untouched} zuvor unbestreiften.',
    'pa.logs': 'Streifenprotokoll', 'pa.newLog': 'Streife eintragen', 'pa.end': 'Ende', 'pa.officers': 'Dienstkräfte', 'pa.visitedPlaces': 'Bestreifte Orte',
    'pa.km': 'Gefahrene km', 'pa.warnings': 'Verwarnungen', 'pa.observations': 'Beobachtungen', 'pa.saveLog': 'Streife speichern', 'pa.noLogs': 'Noch keine Streifen eingetragen.'
  },
  en: {
    'pa.title': 'Enforcement service', 'pa.compound': 'Compound', 'pa.members': 'Members', 'pa.member': 'Municipality',
    'pa.role': 'Role', 'pa.r.LEAD': 'lead', 'pa.r.PARTNER': 'partner', 'pa.hours': 'Hours/month (contracted)',
    'pa.statement': 'Cost statement', 'pa.month': 'Month', 'pa.show': 'Show', 'pa.share': 'Share %',
    'pa.delivered': 'hours delivered', 'pa.amount': 'Amount', 'pa.total': 'Total', 'pa.resource': 'Resource',
    'pa.key': 'Cost key {type} from {from}', 'pa.coverage': 'Coverage of places (last 30 days)',
    'pa.coverageTrend': 'Coverage over time (share of places patrolled, all members)', 'pa.places': 'Places',
    'pa.patrolled': 'patrolled', 'pa.none': 'No compound visible.', 'pa.start': 'Start', 'pa.untouched': 'Formerly untouched places reached: {reached} of {all}',
    'pa.plan': 'Patrol plan for the week', 'pa.planIntro': 'Spreads the members’ contracted hours over officers, days and places; untouched places first.',
    'pa.from': 'from', 'pa.to': 'to', 'pa.makePlan': 'Make plan', 'pa.planTable': 'Shifts {from} to {to}', 'pa.date': 'Date',
    'pa.officer': 'Officer', 'pa.shiftHours': 'Hours', 'pa.route': 'Route (arrival after shift start)', 'pa.noShifts': 'No shifts planned.',
    'pa.planMetrics': '{shifts} shifts, {hours} hours, {visited} places visited, {reached} of {untouched} formerly untouched among them.',
    'pa.logs': 'Patrol log', 'pa.newLog': 'Enter a patrol', 'pa.end': 'End', 'pa.officers': 'Officers', 'pa.visitedPlaces': 'Places patrolled',
    'pa.km': 'Kilometres driven', 'pa.warnings': 'Warnings', 'pa.observations': 'Observations', 'pa.saveLog': 'Save patrol', 'pa.noLogs': 'No patrols entered yet.'
  }
};

function monthsBack(n) {
  const out = [];
  const d = new Date();
  for (let i = n - 1; i >= 0; i--) {
    const end = new Date(d.getFullYear(), d.getMonth() - i + 1, 0);
    out.push(end.toISOString().substring(0, 10));
  }
  return out;
}

async function statement(api, compound, month, holder) {
  const { h, t } = api;
  const s = await api.get(`/patrol/compounds/${compound.id}/statements/${month}`);
  holder.replaceChildren(
    h('p', {}, t('pa.key', { type: s.keyType, from: api.format.date(s.keyValidFrom) || '–' })),
    api.table(`${t('pa.statement')} ${s.month}`, [
      { label: t('pa.member'), value: l => l.name },
      { label: t('pa.share'), value: l => api.format.number(l.sharePercent, 2), num: true },
      { label: t('pa.hours'), value: l => api.format.number(l.contractedHours, 1), num: true },
      { label: t('pa.delivered'), value: l => api.format.number(l.deliveredHours, 1), num: true },
      { label: t('pa.amount'), value: l => api.format.money(l.amount), num: true }
    ], s.municipalities),
    api.table(t('pa.resource'), [
      { label: t('pa.resource'), value: r => r.name },
      { label: t('pa.total'), value: r => api.format.money(r.total), num: true }
    ], s.resources),
    h('p', { id: 'statement-total' }, h('strong', {}, `${t('pa.total')}: ${api.format.money(s.total)}`)),
    h('p', { class: 'hint' }, s.remainderRule || ''));
}

const isoDate = d => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

// The week's plan: the planner spreads the members' contracted hours over officers, days and places.
function planSection(api, compound, names) {
  const { h, t } = api;
  const monday = new Date();
  monday.setDate(monday.getDate() + ((8 - monday.getDay()) % 7 || 7));
  const sunday = new Date(monday);
  sunday.setDate(monday.getDate() + 6);
  const result = h('div', { id: 'plan-result' });
  const form = h('form', { class: 'card', id: 'plan-form', novalidate: true }, h('h2', { id: 'pa-plan-h' }, t('pa.plan')), h('p', {}, t('pa.planIntro')),
    h('div', { class: 'grid2' }, api.field(t('pa.from'), 'from', { type: 'date', required: true, value: isoDate(monday) }),
      api.field(t('pa.to'), 'to', { type: 'date', required: true, value: isoDate(sunday) })),
    h('button', { type: 'submit', class: 'primary' }, t('pa.makePlan')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const plan = await api.submit(form, () => api.post(`/patrol/compounds/${compound.id}/plans`, api.formValues(form)));
    if (!plan) return;
    const m = plan.metrics;
    result.replaceChildren(
      h('p', { id: 'plan-metrics' }, t('pa.planMetrics', { shifts: plan.shifts.length, hours: api.format.number(m.totalHours, 1),
        visited: m.placesVisited, reached: m.untouchedReached, untouched: m.untouchedPlaces })),
      api.table(t('pa.planTable', { from: api.format.date(plan.from), to: api.format.date(plan.to) }), [
        { label: t('pa.date'), value: x => api.format.date(x.date) },
        { label: t('pa.officer'), value: x => names.officer.get(x.officerId) || '' },
        { label: t('pa.member'), value: x => names.member.get(x.ags) || x.ags },
        { label: t('pa.shiftHours'), value: x => api.format.number(x.hours, 1), num: true },
        { label: t('pa.route'), value: x => x.fixedEvent || x.route.map(v => `${v.placeName} (+${v.arrivalMinute} min)`).join(' → ') }
      ], plan.shifts, t('pa.noShifts')));
  });
  return h('section', { 'aria-labelledby': 'pa-plan-h' }, form, result);
}

// The patrol log: what was actually done, entered after the shift; it feeds coverage and the cost statement.
async function logSection(api, compound, officers, places, names, mayWrite) {
  const { h, t } = api;
  const list = h('div', { id: 'patrol-logs' });
  const draw = async () => {
    const page = await api.get(`/patrol/compounds/${compound.id}/logs?limit=20`);
    list.replaceChildren(api.table(t('pa.logs'), [
      { label: t('pa.start'), value: l => api.format.dateTime(l.start) },
      { label: t('pa.member'), value: l => names.member.get(l.ags) || l.ags },
      { label: t('pa.officers'), value: l => l.officerIds.map(id => names.officer.get(id) || id).join(', ') },
      { label: t('pa.places'), value: l => String(l.placeIds.length), num: true },
      { label: t('pa.km'), value: l => api.format.number(l.km, 1), num: true },
      { label: t('pa.observations'), value: l => l.observations || '' }
    ], page.items, t('pa.noLogs')));
  };
  const today = isoDate(new Date());
  const boxes = (legend, name, items, label) => h('fieldset', { class: 'attendance' }, h('legend', {}, legend),
    items.map(x => api.field(label(x), name, { type: 'checkbox', 'data-id': x.id })));
  const form = h('form', { class: 'card', id: 'log-form', novalidate: true }, h('h3', {}, t('pa.newLog')),
    api.field(t('pa.member'), 'ags', { type: 'select', required: true, choices: compound.members.map(m => [m.ags, m.name]) }),
    h('div', { class: 'grid2' }, api.field(t('pa.start'), 'start', { type: 'datetime-local', required: true, value: `${today}T08:00` }),
      api.field(t('pa.end'), 'end', { type: 'datetime-local', required: true, value: `${today}T12:00` })),
    boxes(t('pa.officers'), 'officerIds', officers, o => o.name),
    boxes(t('pa.visitedPlaces'), 'placeIds', places, p => `${p.name} (${names.member.get(p.ags) || p.ags})`),
    h('div', { class: 'grid2' }, api.field(t('pa.km'), 'km', { type: 'number', step: '0.1', min: '0', required: true }),
      api.field(t('pa.warnings'), 'warnings', { type: 'number', step: '1', min: '0', value: '0' })),
    api.field(t('pa.observations'), 'observations', { type: 'textarea', rows: 2 }),
    h('button', { type: 'submit', class: 'primary' }, t('pa.saveLog')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const v = api.formValues(form);
    const ticked = name => [...form.querySelectorAll(`input[name="${name}"]`)].filter(c => c.checked).map(c => c.dataset.id);
    const saved = await api.submit(form, () => api.post(`/patrol/compounds/${compound.id}/logs`, { ags: v.ags, start: v.start, end: v.end,
      officerIds: ticked('officerIds'), placeIds: ticked('placeIds'), km: v.km, warnings: v.warnings, observations: v.observations, offences: [] }));
    if (saved) {
      // keep member and times for the next entry of the same day; clear what belongs to this patrol only
      form.querySelectorAll('input[type=checkbox]').forEach(c => { c.checked = false; });
      form.km.value = '';
      form.warnings.value = '0';
      form.observations.value = '';
      await draw();
    }
  });
  await draw();
  return h('section', { 'aria-labelledby': 'pa-log-h' }, h('h2', { id: 'pa-log-h' }, t('pa.logs')), mayWrite ? form : null, list);
}

export async function render(container, api) {
  api.addMessages(MESSAGES);
  const { h, t } = api;
  container.append(h('h1', {}, t('pa.title')));
  const compounds = await api.all('/patrol/compounds');
  if (!compounds.length) {
    container.append(h('p', {}, t('pa.none')));
    return;
  }
  const chooser = h('form', { class: 'filters' },
    api.field(t('pa.compound'), 'compound', { type: 'select', value: api.route || compounds[0].id, choices: compounds.map(c => [c.id, c.name]) }));
  chooser.compound.addEventListener('change', () => api.navigate(chooser.compound.value));
  container.append(chooser);
  const compound = compounds.find(c => c.id === api.route) || compounds[0];

  container.append(h('p', {}, `${t('pa.start')}: ${api.format.date(compound.startDate)}`),
    api.table(t('pa.members'), [
      { label: t('pa.member'), value: m => `${m.name} (${m.ags})` },
      { label: t('pa.role'), value: m => t('pa.r.' + m.role) },
      { label: t('pa.hours'), value: m => api.format.number(m.contractedHoursPerMonth, 1), num: true }
    ], compound.members));

  const lastMonth = new Date(new Date().getFullYear(), new Date().getMonth() - 1, 1);
  const defaultMonth = `${lastMonth.getFullYear()}-${String(lastMonth.getMonth() + 1).padStart(2, '0')}`;
  const holder = h('div', { id: 'statement' });
  const form = h('form', { class: 'card', id: 'statement-form', novalidate: true }, h('h2', {}, t('pa.statement')),
    api.field(t('pa.month'), 'month', { type: 'month', value: defaultMonth, required: true, hint: 'JJJJ-MM' }),
    h('button', { type: 'submit', class: 'primary' }, t('pa.show')), holder);
  form.addEventListener('submit', async event => {
    event.preventDefault();
    holder.replaceChildren();
    await api.submit(form, () => statement(api, compound, form.month.value, holder));
  });
  container.append(form);

  const [officers, places] = await Promise.all([api.get(`/patrol/compounds/${compound.id}/officers`),
    api.all(`/patrol/compounds/${compound.id}/places`)]);
  const names = { officer: new Map(officers.map(o => [o.id, o.name])), member: new Map(compound.members.map(m => [m.ags, m.name])) };
  // members plan and log; the LPR too; viewers read the log only
  const mayWrite = api.user.lprAdmin || compound.members.some(m => api.user.municipalities.includes(m.ags));
  if (mayWrite) container.append(planSection(api, compound, names));
  container.append(await logSection(api, compound, officers, places, names, mayWrite));

  // coverage is the members' and the LPR's planning figure; the API refuses it to the police
  if (api.user.police && !mayWrite) return;
  const coverage = await api.get(`/patrol/compounds/${compound.id}/coverage?days=30`);
  container.append(h('section', { 'aria-labelledby': 'pa-coverage' }, h('h2', { id: 'pa-coverage' }, t('pa.coverage')),
    api.charts.bar(t('pa.coverage'), coverage.municipalities.map(m => ({ label: m.name, value: Number(m.sharePercent) })), v => `${api.format.number(v, 0)} %`),
    h('p', {}, t('pa.untouched', { reached: coverage.formerlyUntouchedReached, all: coverage.formerlyUntouchedPlaces }))));

  const points = [];
  for (const asOf of monthsBack(6).filter(d => d >= compound.startDate)) {
    const c = await api.get(`/patrol/compounds/${compound.id}/coverage?days=30&asOf=${asOf}`);
    const places = c.municipalities.reduce((n, m) => n + m.places, 0);
    const patrolled = c.municipalities.reduce((n, m) => n + m.patrolled, 0);
    points.push({ label: asOf.substring(0, 7), value: places ? Math.round(patrolled * 100 / places) : 0 });
  }
  container.append(h('section', { 'aria-labelledby': 'pa-trend' }, h('h2', { id: 'pa-trend' }, t('pa.coverageTrend')),
    api.charts.line(t('pa.coverageTrend'), points)));
}
