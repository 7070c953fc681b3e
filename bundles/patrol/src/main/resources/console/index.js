// Patrol page of the ASSKomm console: the compound with its members, the monthly cost statement, the officers with
// their authority, the week's patrol plan (utilisation, breaks, why each place), the patrol log (entering a patrol),
// and coverage (now per member, and over the last months as a line), drawn again after every saved patrol; orders and
// incident reports come from field.js.
import { fieldSections } from './field.js';

const MESSAGES = {
  de: {
    'pa.title': 'Gemeindlicher Vollzugsdienst', 'pa.compound': 'Verbund', 'pa.members': 'Mitglieder', 'pa.member': 'Gemeinde',
    'pa.role': 'Rolle', 'pa.r.LEAD': 'federführend', 'pa.r.PARTNER': 'Partner', 'pa.hours': 'Stunden/Monat (vereinbart)',
    'pa.statement': 'Kostenaufstellung', 'pa.month': 'Monat', 'pa.monthHint': 'Monat und Jahr, z. B. März 2026', 'pa.show': 'Anzeigen', 'pa.share': 'Anteil %',
    'pa.delivered': 'geleistete Stunden', 'pa.amount': 'Betrag', 'pa.total': 'Summe', 'pa.resource': 'Ressource',
    'pa.key': 'Kostenschlüssel {type} ab {from}', 'pa.coverage': 'Abdeckung der Orte (letzte 30 Tage)',
    'pa.coverageTrend': 'Abdeckung im Zeitverlauf (Anteil bestreifter Orte, alle Mitglieder)', 'pa.places': 'Orte',
    'pa.patrolled': 'bestreift', 'pa.none': 'Kein Verbund sichtbar.', 'pa.start': 'Beginn', 'pa.untouched': 'Zuvor unbestreifte Orte erreicht: {reached} von {all}',
    'pa.plan': 'Streifenplan für die Woche', 'pa.planIntro': 'Verteilt die vereinbarten Stunden der Mitglieder auf Dienstkräfte, Tage und Orte: fällige Brennpunkte zuerst, dann bisher unbestreifte Orte und Orte mit Vorfällen; jede Dienstkraft nur dort, wo sie befugt ist, mit gesetzlicher Pause und ohne doppelt vergebene Routen.',
    'pa.from': 'von', 'pa.to': 'bis', 'pa.makePlan': 'Plan erstellen', 'pa.planTable': 'Schichten {from} bis {to}', 'pa.date': 'Datum',
    'pa.officer': 'Dienstkraft', 'pa.shiftHours': 'Stunden', 'pa.route': 'Route (Ankunft nach Schichtbeginn)', 'pa.noShifts': 'Keine Schichten geplant.',
    'pa.planMetrics': '{shifts} Schichten, {hours} Stunden, {visited} Orte besucht, davon {reached} von {untouched} zuvor unbestreiften.',
    'pa.logs': 'Streifenprotokoll', 'pa.newLog': 'Streife eintragen', 'pa.end': 'Ende', 'pa.officers': 'Dienstkräfte', 'pa.visitedPlaces': 'Bestreifte Orte',
    'pa.km': 'Gefahrene km', 'pa.warnings': 'Verwarnungen', 'pa.observations': 'Beobachtungen', 'pa.saveLog': 'Streife speichern', 'pa.noLogs': 'Noch keine Streifen eingetragen.',
    'pa.kt.BY_POPULATION': 'nach Einwohnerzahl', 'pa.kt.BY_HOURS': 'nach vereinbarten Stunden', 'pa.kt.FIXED_SHARES': 'feste Anteile',
    'pa.kt.BASE_PLUS_USAGE': 'Sockel plus Nutzung',
    'pa.remainderRule': 'Restcent-Regel (Hamilton): Jeder Anteil wird auf den Cent abgerundet; die übrigen Cent erhalten die Gemeinden mit den größten Rundungsresten, bei Gleichstand in der Reihenfolge des Gemeindeschlüssels.',
    'pa.utilisation': 'Auslastung: {percent} % der Arbeitszeit (Schicht ohne gesetzliche Pause) an Orten und unterwegs; doppelt vergebene Routen: {duplicated}.',
    'pa.break': 'Pause', 'pa.breakAt': '{minutes} min nach {at}', 'pa.partner': 'mit {name}', 'pa.stay': '{minutes} min',
    'pa.why.HOTSPOT_DUE': 'Brennpunkt fällig', 'pa.why.HOTSPOT': 'Brennpunkt', 'pa.why.UNTOUCHED': 'bisher unbestreift',
    'pa.why.RECENT_INCIDENTS': 'Vorfälle in den letzten 30 Tagen', 'pa.why.LONG_UNVISITED': 'seit 14 Tagen oder länger nicht bestreift',
    'pa.why.ON_ROUTE': 'auf dem Weg', 'pa.why.EVENT': 'fester Termin',
    'pa.officerList': 'Dienstkräfte und ihre Befugnisse', 'pa.mode': 'Fortbewegung', 'pa.m.FOOT': 'zu Fuß', 'pa.m.BICYCLE': 'mit dem Fahrrad',
    'pa.m.CAR': 'mit dem Auto', 'pa.authority': 'Befugt in', 'pa.weekly': 'Wochenstunden', 'pa.home': 'Anstellungsgemeinde',
    'pa.b.APPOINTMENT': 'Bestellung', 'pa.b.PURPOSE_AGREEMENT': 'Zweckvereinbarung', 'pa.allMembers': 'allen Mitgliedern (Zweckvereinbarung)',
    'pa.since': 'ab {from}', 'pa.until': 'bis {to}', 'pa.noOfficers': 'Noch keine Dienstkräfte angelegt.'
  },
  en: {
    'pa.title': 'Enforcement service', 'pa.compound': 'Compound', 'pa.members': 'Members', 'pa.member': 'Municipality',
    'pa.role': 'Role', 'pa.r.LEAD': 'lead', 'pa.r.PARTNER': 'partner', 'pa.hours': 'Hours/month (contracted)',
    'pa.statement': 'Cost statement', 'pa.month': 'Month', 'pa.monthHint': 'month and year, e.g. March 2026', 'pa.show': 'Show', 'pa.share': 'Share %',
    'pa.delivered': 'hours delivered', 'pa.amount': 'Amount', 'pa.total': 'Total', 'pa.resource': 'Resource',
    'pa.key': 'Cost key {type} from {from}', 'pa.coverage': 'Coverage of places (last 30 days)',
    'pa.coverageTrend': 'Coverage over time (share of places patrolled, all members)', 'pa.places': 'Places',
    'pa.patrolled': 'patrolled', 'pa.none': 'No compound visible.', 'pa.start': 'Start', 'pa.untouched': 'Formerly untouched places reached: {reached} of {all}',
    'pa.plan': 'Patrol plan for the week', 'pa.planIntro': 'Spreads the members’ contracted hours over officers, days and places: due hotspots first, then places not patrolled yet and places with incidents; each officer only where they have authority, with the statutory break and no duplicated routes.',
    'pa.from': 'from', 'pa.to': 'to', 'pa.makePlan': 'Make plan', 'pa.planTable': 'Shifts {from} to {to}', 'pa.date': 'Date',
    'pa.officer': 'Officer', 'pa.shiftHours': 'Hours', 'pa.route': 'Route (arrival after shift start)', 'pa.noShifts': 'No shifts planned.',
    'pa.planMetrics': '{shifts} shifts, {hours} hours, {visited} places visited, {reached} of {untouched} formerly untouched among them.',
    'pa.logs': 'Patrol log', 'pa.newLog': 'Enter a patrol', 'pa.end': 'End', 'pa.officers': 'Officers', 'pa.visitedPlaces': 'Places patrolled',
    'pa.km': 'Kilometres driven', 'pa.warnings': 'Warnings', 'pa.observations': 'Observations', 'pa.saveLog': 'Save patrol', 'pa.noLogs': 'No patrols entered yet.',
    'pa.kt.BY_POPULATION': 'by population', 'pa.kt.BY_HOURS': 'by contracted hours', 'pa.kt.FIXED_SHARES': 'fixed shares',
    'pa.kt.BASE_PLUS_USAGE': 'base plus usage',
    'pa.remainderRule': 'Largest remainder (Hamilton): each share is rounded down to the cent; the remaining cents go one each to the largest fractional remainders, ties in the order of the municipality key.',
    'pa.utilisation': 'Utilisation: {percent} % of working time (shift without the statutory break) at places and travelling; duplicated routes: {duplicated}.',
    'pa.break': 'Break', 'pa.breakAt': '{minutes} min after {at}', 'pa.partner': 'with {name}', 'pa.stay': '{minutes} min',
    'pa.why.HOTSPOT_DUE': 'hotspot due', 'pa.why.HOTSPOT': 'hotspot', 'pa.why.UNTOUCHED': 'not patrolled yet',
    'pa.why.RECENT_INCIDENTS': 'incidents in the last 30 days', 'pa.why.LONG_UNVISITED': 'not patrolled for 14 days or more',
    'pa.why.ON_ROUTE': 'on the way', 'pa.why.EVENT': 'fixed event',
    'pa.officerList': 'Officers and their authority', 'pa.mode': 'Travel', 'pa.m.FOOT': 'on foot', 'pa.m.BICYCLE': 'by bicycle',
    'pa.m.CAR': 'by car', 'pa.authority': 'Authorised in', 'pa.weekly': 'Weekly hours', 'pa.home': 'Employing municipality',
    'pa.b.APPOINTMENT': 'appointment', 'pa.b.PURPOSE_AGREEMENT': 'purpose agreement', 'pa.allMembers': 'all members (purpose agreement)',
    'pa.since': 'from {from}', 'pa.until': 'until {to}', 'pa.noOfficers': 'No officers yet.'
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

// "2026-11" as "11.2026": no ISO dates in the console
const monthLabel = month => `${month.substring(5, 7)}.${month.substring(0, 4)}`;
const clock = minutes => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')} h`;

async function statement(api, compound, month, holder) {
  const { h, t } = api;
  const s = await api.get(`/patrol/compounds/${compound.id}/statements/${month}`);
  holder.replaceChildren(
    h('p', {}, t('pa.key', { type: t('pa.kt.' + s.keyType), from: api.format.date(s.keyValidFrom) || '–' })),
    api.table(`${t('pa.statement')} ${monthLabel(s.month)}`, [
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
    h('p', { class: 'hint' }, t('pa.remainderRule')));
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
    const why = v => v.reasons.map(r => t('pa.why.' + r)).join(', ');
    result.replaceChildren(
      h('p', { id: 'plan-metrics' }, t('pa.planMetrics', { shifts: plan.shifts.length, hours: api.format.number(m.totalHours, 1),
        visited: m.placesVisited, reached: m.untouchedReached, untouched: m.untouchedPlaces })),
      h('p', { id: 'plan-utilisation' }, t('pa.utilisation', { percent: api.format.number(m.utilisationPercent, 1),
        duplicated: m.duplicatedRoutes })),
      api.table(t('pa.planTable', { from: api.format.date(plan.from), to: api.format.date(plan.to) }), [
        { label: t('pa.date'), value: x => api.format.date(x.date) },
        { label: t('pa.officer'), value: x => (names.officer.get(x.officerId) || '')
          + (x.partnerOfficerId ? ` (${t('pa.partner', { name: names.officer.get(x.partnerOfficerId) || '' })})` : '') },
        { label: t('pa.member'), value: x => names.member.get(x.ags) || x.ags },
        { label: t('pa.shiftHours'), value: x => api.format.number(x.hours, 1), num: true },
        { label: t('pa.break'), value: x => x.breakMinutes ? t('pa.breakAt', { minutes: x.breakMinutes, at: clock(x.breakAtMinute) }) : '–' },
        { label: t('pa.route'), value: x => x.fixedEvent || x.route.map(v =>
          `${v.placeName} (+${clock(v.arrivalMinute)}, ${t('pa.stay', { minutes: v.stayMinutes })}: ${why(v)})`).join(' → ') }
      ], plan.shifts, t('pa.noShifts')));
  });
  return h('section', { 'aria-labelledby': 'pa-plan-h' }, form, result);
}

// The patrol log: what was actually done, entered after the shift; it feeds coverage and the cost statement.
async function logSection(api, compound, officers, places, names, mayWrite, onSaved) {
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
      await onSaved();
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
    api.field(t('pa.month'), 'month', { type: 'month', value: defaultMonth, required: true, hint: t('pa.monthHint') }),
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
  container.append(officerSection(api, officers, names));
  // members plan and log; the LPR too; viewers read the log only
  const mayWrite = api.user.lprAdmin || compound.members.some(m => api.user.municipalities.includes(m.ags));
  if (mayWrite) container.append(planSection(api, compound, names));
  // coverage is the members' and the LPR's planning figure; the API refuses it to the police
  const showCoverage = !(api.user.police && !mayWrite);
  const coverage = h('div', { id: 'patrol-coverage' });
  const drawCoverage = async () => {
    if (showCoverage) coverage.replaceChildren(...await coverageCharts(api, compound));
  };
  container.append(await logSection(api, compound, officers, places, names, mayWrite, drawCoverage), coverage);
  await drawCoverage();
  if (showCoverage) container.append(...await fieldSections(api, compound, names));
}

// Who may act where: each officer's travel mode and authorities (none recorded: every member under the purpose agreement).
function officerSection(api, officers, names) {
  const { h, t } = api;
  const authority = o => o.authorities.length === 0 ? t('pa.allMembers') : o.authorities.map(a =>
    `${names.member.get(a.ags) || a.ags} (${t('pa.b.' + a.basis)}, ${t('pa.since', { from: api.format.date(a.validFrom) })}`
    + (a.validTo ? `, ${t('pa.until', { to: api.format.date(a.validTo) })}` : '') + ')').join('; ');
  return h('section', { 'aria-labelledby': 'pa-officers-h' }, h('h2', { id: 'pa-officers-h' }, t('pa.officerList')),
    api.table(t('pa.officerList'), [
      { label: t('pa.officer'), value: o => o.name },
      { label: t('pa.home'), value: o => names.member.get(o.homeAgs) || o.homeAgs },
      { label: t('pa.weekly'), value: o => api.format.number(o.weeklyHours, 1), num: true },
      { label: t('pa.mode'), value: o => t('pa.m.' + o.mode) },
      { label: t('pa.authority'), value: authority }
    ], officers, t('pa.noOfficers')));
}

// Coverage now (per member) and over the last six months; drawn again after every saved patrol.
async function coverageCharts(api, compound) {
  const { h, t } = api;
  const now = await api.get(`/patrol/compounds/${compound.id}/coverage?days=30`);
  const points = [];
  for (const asOf of monthsBack(6).filter(d => d >= compound.startDate)) {
    const c = await api.get(`/patrol/compounds/${compound.id}/coverage?days=30&asOf=${asOf}`);
    const all = c.municipalities.reduce((n, m) => n + m.places, 0);
    const patrolled = c.municipalities.reduce((n, m) => n + m.patrolled, 0);
    points.push({ label: monthLabel(asOf.substring(0, 7)), value: all ? Math.round(patrolled * 100 / all) : 0 });
  }
  return [h('section', { 'aria-labelledby': 'pa-coverage' }, h('h2', { id: 'pa-coverage' }, t('pa.coverage')),
    api.charts.bar(t('pa.coverage'), now.municipalities.map(m => ({ label: m.name, value: Number(m.sharePercent) })), v => `${api.format.number(v, 0)} %`),
    h('p', {}, t('pa.untouched', { reached: now.formerlyUntouchedReached, all: now.formerlyUntouchedPlaces }))),
  h('section', { 'aria-labelledby': 'pa-trend' }, h('h2', { id: 'pa-trend' }, t('pa.coverageTrend')),
    api.charts.line(t('pa.coverageTrend'), points))];
}
