// Patrol page of the ASSKomm console: the compound with its members, the monthly cost statement,
// and coverage (now per member, and over the last months as a line).
const MESSAGES = {
  de: {
    'pa.title': 'Gemeindlicher Vollzugsdienst', 'pa.compound': 'Verbund', 'pa.members': 'Mitglieder', 'pa.member': 'Gemeinde',
    'pa.role': 'Rolle', 'pa.r.LEAD': 'federführend', 'pa.r.PARTNER': 'Partner', 'pa.hours': 'Stunden/Monat (vereinbart)',
    'pa.statement': 'Kostenaufstellung', 'pa.month': 'Monat', 'pa.show': 'Anzeigen', 'pa.share': 'Anteil %',
    'pa.delivered': 'geleistete Stunden', 'pa.amount': 'Betrag', 'pa.total': 'Summe', 'pa.resource': 'Ressource',
    'pa.key': 'Kostenschlüssel {type} ab {from}', 'pa.coverage': 'Abdeckung der Orte (letzte 30 Tage)',
    'pa.coverageTrend': 'Abdeckung im Zeitverlauf (Anteil bestreifter Orte, alle Mitglieder)', 'pa.places': 'Orte',
    'pa.patrolled': 'bestreift', 'pa.none': 'Kein Verbund sichtbar.', 'pa.start': 'Beginn', 'pa.untouched': 'Zuvor unbestreifte Orte erreicht: {reached} von {all}'
  },
  en: {
    'pa.title': 'Enforcement service', 'pa.compound': 'Compound', 'pa.members': 'Members', 'pa.member': 'Municipality',
    'pa.role': 'Role', 'pa.r.LEAD': 'lead', 'pa.r.PARTNER': 'partner', 'pa.hours': 'Hours/month (contracted)',
    'pa.statement': 'Cost statement', 'pa.month': 'Month', 'pa.show': 'Show', 'pa.share': 'Share %',
    'pa.delivered': 'hours delivered', 'pa.amount': 'Amount', 'pa.total': 'Total', 'pa.resource': 'Resource',
    'pa.key': 'Cost key {type} from {from}', 'pa.coverage': 'Coverage of places (last 30 days)',
    'pa.coverageTrend': 'Coverage over time (share of places patrolled, all members)', 'pa.places': 'Places',
    'pa.patrolled': 'patrolled', 'pa.none': 'No compound visible.', 'pa.start': 'Start', 'pa.untouched': 'Formerly untouched places reached: {reached} of {all}'
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
