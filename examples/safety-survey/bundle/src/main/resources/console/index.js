// Web-console page of the Sicherheitsanalyse plugin: an ES module the ASSKomm console imports (docs/console.md).
// render(container, api) fills the container it is given, through api only: api.get calls the REST API with the
// user's login, api.t the messages below (German first, English through the console's language switch),
// api.h/api.table/api.badge build the DOM without innerHTML. The console's CSS classes style it (no inline styles).
const MESSAGES = {
  de: {
    'survey.title': 'Sicherheitsanalyse', 'survey.list': 'Befragungen', 'survey.none': 'Noch keine Befragungen.',
    'survey.municipality': 'Gemeinde (AGS)', 'survey.year': 'Jahr', 'survey.phase': 'Phase', 'survey.returns': 'Rücklauf',
    'survey.reportDue': 'Bericht fällig', 'survey.p.KICK_OFF': 'Auftakt', 'survey.p.SAMPLE_DRAWN': 'Stichprobe gezogen',
    'survey.p.QUESTIONNAIRES_OUT': 'Fragebögen versandt', 'survey.p.RETURNS_ENTERED': 'Rücklauf erfasst',
    'survey.p.ANALYSIS': 'Auswertung', 'survey.p.REPORT': 'Abschlussbericht'
  },
  en: {
    'survey.title': 'Safety analysis', 'survey.list': 'Surveys', 'survey.none': 'No surveys yet.',
    'survey.municipality': 'Municipality (AGS)', 'survey.year': 'Year', 'survey.phase': 'Phase', 'survey.returns': 'Returns',
    'survey.reportDue': 'Report due', 'survey.p.KICK_OFF': 'kick-off', 'survey.p.SAMPLE_DRAWN': 'sample drawn',
    'survey.p.QUESTIONNAIRES_OUT': 'questionnaires out', 'survey.p.RETURNS_ENTERED': 'returns entered',
    'survey.p.ANALYSIS': 'analysis', 'survey.p.REPORT': 'final report'
  }
};

export async function render(container, api) {
  api.addMessages(MESSAGES);
  const { h, t } = api;
  // the REST root as the module descriptor announces it (/api/v1/survey)
  const page = await api.get(api.module.restPath + '/surveys?limit=50');
  container.append(h('h1', {}, t('survey.title')), api.table(t('survey.list'), [
    { label: t('survey.municipality'), value: s => s.municipality },
    { label: t('survey.year'), value: s => s.year, num: true },
    { label: t('survey.phase'), value: s => api.badge(t('survey.p.' + s.phase), s.phase === 'REPORT' ? 'ok' : 'neutral') },
    { label: t('survey.returns'), value: s => api.format.number(s.responses), num: true },
    { label: t('survey.reportDue'), value: s => api.format.date(s.plannedReportOn) }
  ], page.items, t('survey.none')));
}
