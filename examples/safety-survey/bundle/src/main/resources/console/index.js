// Web-console page of the citizens' reports plugin: an ES module the ASSKomm console imports (docs/console.md).
// render(container, api) fills the container it is given, through api only: api.get calls the REST API with the
// user's login, api.t the messages below (German first, English through the console's language switch),
// api.h/api.table/api.badge build the DOM without innerHTML. The console's CSS classes style it (no inline styles).
const MESSAGES = {
  de: {
    'citizenreports.title': 'Bürgermeldungen', 'citizenreports.list': 'Meldungen', 'citizenreports.none': 'Noch keine Meldungen.',
    'citizenreports.municipality': 'Gemeinde (AGS)', 'citizenreports.reportedOn': 'Gemeldet am',
    'citizenreports.category': 'Kategorie', 'citizenreports.place': 'Ort', 'citizenreports.status': 'Status',
    'citizenreports.c.LITTER': 'Müll', 'citizenreports.c.ILLEGAL_DUMPING': 'Illegale Müllablagerung',
    'citizenreports.c.GRAFFITI': 'Graffiti', 'citizenreports.c.STREET_LIGHT': 'Defekte Straßenbeleuchtung',
    'citizenreports.c.VANDALISM': 'Vandalismus', 'citizenreports.c.NOISE': 'Lärm', 'citizenreports.c.OTHER': 'Sonstiges',
    'citizenreports.s.RECEIVED': 'eingegangen', 'citizenreports.s.IN_PROGRESS': 'in Bearbeitung',
    'citizenreports.s.RESOLVED': 'erledigt'
  },
  en: {
    'citizenreports.title': "Citizens' reports", 'citizenreports.list': 'Reports', 'citizenreports.none': 'No reports yet.',
    'citizenreports.municipality': 'Municipality (AGS)', 'citizenreports.reportedOn': 'Reported on',
    'citizenreports.category': 'Category', 'citizenreports.place': 'Place', 'citizenreports.status': 'Status',
    'citizenreports.c.LITTER': 'litter', 'citizenreports.c.ILLEGAL_DUMPING': 'illegal dumping',
    'citizenreports.c.GRAFFITI': 'graffiti', 'citizenreports.c.STREET_LIGHT': 'damaged street light',
    'citizenreports.c.VANDALISM': 'vandalism', 'citizenreports.c.NOISE': 'noise', 'citizenreports.c.OTHER': 'other',
    'citizenreports.s.RECEIVED': 'received', 'citizenreports.s.IN_PROGRESS': 'in progress',
    'citizenreports.s.RESOLVED': 'resolved'
  }
};

export async function render(container, api) {
  api.addMessages(MESSAGES);
  const { h, t } = api;
  // the REST root as the module descriptor announces it (/api/v1/citizenreports)
  const page = await api.get(api.module.restPath + '/reports?limit=50');
  const place = r => r.place || api.format.number(r.latitude) + ', ' + api.format.number(r.longitude);
  container.append(h('h1', {}, t('citizenreports.title')), api.table(t('citizenreports.list'), [
    { label: t('citizenreports.municipality'), value: r => r.municipality },
    { label: t('citizenreports.reportedOn'), value: r => api.format.date(r.reportedOn) },
    { label: t('citizenreports.category'), value: r => t('citizenreports.c.' + r.category) },
    { label: t('citizenreports.place'), value: place },
    { label: t('citizenreports.status'), value: r => api.badge(t('citizenreports.s.' + r.status), r.status === 'RESOLVED' ? 'ok' : 'neutral') }
  ], page.items, t('citizenreports.none')));
}
