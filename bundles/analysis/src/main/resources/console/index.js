// Console page of the safety analysis (Sicherheitsanalyse): the analyses with status and current phase.
// An ES module the ASSKomm console imports; render(element, api) fills the element through the api helpers
// (text only, never HTML).
export const title = 'Sicherheitsanalyse';

const MESSAGES = {
  de: {
    'an.title': 'Sicherheitsanalysen', 'an.none': 'Noch keine Sicherheitsanalysen.', 'an.municipality': 'Gemeinde',
    'an.analysis': 'Titel', 'an.status': 'Status', 'an.phase': 'Aktuelle Phase', 'an.plannedEnd': 'Geplantes Ende',
    'an.responsible': 'Verantwortlich', 'an.allDone': 'alle Phasen erledigt',
    'an.s.PLANNED': 'geplant', 'an.s.RUNNING': 'läuft', 'an.s.COMPLETED': 'abgeschlossen', 'an.s.CANCELLED': 'abgebrochen',
    'an.p.PREPARATION': 'Vorbereitung', 'an.p.AREA_PROFILE': 'Lagebild', 'an.p.SURVEY': 'Bürgerbefragung',
    'an.p.EVALUATION': 'Auswertung', 'an.p.WORKSHOP': 'Workshop', 'an.p.RECOMMENDATIONS': 'Empfehlungen'
  },
  en: {
    'an.title': 'Safety analyses', 'an.none': 'No safety analyses yet.', 'an.municipality': 'Municipality',
    'an.analysis': 'Title', 'an.status': 'Status', 'an.phase': 'Current phase', 'an.plannedEnd': 'Planned end',
    'an.responsible': 'Responsible', 'an.allDone': 'all phases done',
    'an.s.PLANNED': 'planned', 'an.s.RUNNING': 'running', 'an.s.COMPLETED': 'completed', 'an.s.CANCELLED': 'cancelled',
    'an.p.PREPARATION': 'Preparation', 'an.p.AREA_PROFILE': 'Area profile', 'an.p.SURVEY': 'Citizen survey',
    'an.p.EVALUATION': 'Evaluation', 'an.p.WORKSHOP': 'Workshop', 'an.p.RECOMMENDATIONS': 'Recommendations'
  }
};

export async function render(element, api) {
  api.addMessages(MESSAGES);
  const { h, t } = api;
  const [page, names] = await Promise.all([api.get('/api/v1/analysis/analyses?limit=100'), api.municipalityNames()]);
  element.append(h('h1', {}, t('an.title')), api.table(t('an.title'), [
    { label: t('an.municipality'), value: a => names.get(a.municipality) || a.municipality },
    { label: t('an.analysis'), value: a => a.title },
    { label: t('an.status'), value: a => t('an.s.' + a.status) },
    { label: t('an.phase'), value: a => (a.currentPhase ? t('an.p.' + a.currentPhase) : t('an.allDone')) },
    { label: t('an.plannedEnd'), value: a => {
      const last = a.phases[a.phases.length - 1];
      return last && last.plannedEnd ? api.format.date(last.plannedEnd) : '–';
    } },
    { label: t('an.responsible'), value: a => a.responsible || '–' }
  ], page.items, t('an.none')));
}
