// Journey page of the ASSKomm console: for each municipality the stages it has reached (first contact,
// consultations, agreement, council, coaching, safety analysis, funded projects, patrol compound, and the stages
// the LPR added), and one municipality's journey with every step and its dates. Stages of modules that are not
// installed do not appear.
const MESSAGES = {
  de: {
    'jy.title': 'ASSKomm-Weg', 'jy.list': 'Erreichte Stationen je Gemeinde', 'jy.none': 'Noch keine Gemeinde auf dem Weg.',
    'jy.municipality': 'Gemeinde', 'jy.district': 'Landkreis', 'jy.stages': 'Stationen', 'jy.stage': 'Station',
    'jy.step': 'Schritt', 'jy.first': 'erstmals', 'jy.last': 'zuletzt', 'jy.count': 'Anzahl', 'jy.detail': 'Details',
    'jy.amount': 'Betrag', 'jy.reached': 'erreicht am', 'jy.open': 'noch nicht', 'jy.back': 'Zur Übersicht',
    'jy.show': 'Weg anzeigen'
  },
  en: {
    'jy.title': 'ASSKomm journey', 'jy.list': 'Stages reached per municipality', 'jy.none': 'No municipality on the way yet.',
    'jy.municipality': 'Municipality', 'jy.district': 'District', 'jy.stages': 'Stages', 'jy.stage': 'Stage',
    'jy.step': 'Step', 'jy.first': 'first', 'jy.last': 'last', 'jy.count': 'Count', 'jy.detail': 'Details',
    'jy.amount': 'Amount', 'jy.reached': 'reached on', 'jy.open': 'not yet', 'jy.back': 'Back to the overview',
    'jy.show': 'Show journey'
  }
};

const label = (api, x) => (api.lang() === 'en' ? x.labelEn : x.labelDe);

async function overview(container, api) {
  const { h, t } = api;
  const root = api.module.restPath;
  const [stages, journeys] = await Promise.all([api.get(root + '/stages'), api.get(root + '/municipalities')]);
  const stageLabel = new Map(stages.map(s => [s.code, label(api, s)]));
  container.append(h('h1', {}, t('jy.title')), api.table(t('jy.list'), [
    { label: t('jy.municipality'), value: j => h('a', { href: `#/m/journey/${j.municipality}` }, j.name) },
    { label: t('jy.district'), value: j => j.district },
    { label: t('jy.stages'), value: j => Object.entries(j.reached)
      .map(([code, on]) => `${stageLabel.get(code) || code} (${api.format.date(on)})`).join(', ') }
  ], journeys, t('jy.none')));
}

async function detail(container, api, ags) {
  const { h, t } = api;
  const journey = await api.get(`${api.module.restPath}/municipalities/${encodeURIComponent(ags)}`);
  container.append(h('p', {}, h('a', { href: '#/m/journey' }, t('jy.back'))),
    h('h1', {}, `${t('jy.title')}: ${journey.name}`));
  for (const stage of journey.stages) {
    container.append(h('section', { class: 'card', 'aria-label': label(api, stage) },
      h('h2', {}, label(api, stage), ' ', stage.reachedOn
        ? api.badge(`${t('jy.reached')} ${api.format.date(stage.reachedOn)}`, 'ok') : api.badge(t('jy.open'), 'neutral')),
      api.table(label(api, stage), [
        { label: t('jy.step'), value: s => label(api, s) },
        { label: t('jy.first'), value: s => s.firstOn ? api.format.date(s.firstOn) : '–' },
        { label: t('jy.last'), value: s => s.lastOn ? api.format.date(s.lastOn) : '–' },
        { label: t('jy.count'), value: s => String(s.count) },
        { label: t('jy.detail'), value: s => s.detail || '' },
        { label: t('jy.amount'), value: s => s.amount == null ? '' : api.format.money(s.amount) }
      ], stage.steps, '')));
  }
}

export async function render(container, api) {
  api.addMessages(MESSAGES);
  return api.route ? detail(container, api, api.route) : overview(container, api);
}
