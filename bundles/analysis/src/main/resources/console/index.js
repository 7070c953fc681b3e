// Console page of the safety analysis (Sicherheitsanalyse): the analyses with status and current phase.
// An ES module the ASSKomm console imports; render(element, api) fills the element. Text goes in through
// textContent, never as HTML.
export const title = 'Sicherheitsanalyse';

const STATUS = { PLANNED: 'geplant', RUNNING: 'läuft', COMPLETED: 'abgeschlossen', CANCELLED: 'abgebrochen' };
const PHASE = {
  PREPARATION: 'Vorbereitung', AREA_PROFILE: 'Lagebild', SURVEY: 'Bürgerbefragung', EVALUATION: 'Auswertung',
  WORKSHOP: 'Workshop', RECOMMENDATIONS: 'Empfehlungen'
};

export async function render(element, api) {
  const page = await api.get('/api/v1/analysis/analyses?limit=100');
  const heading = document.createElement('h2');
  heading.textContent = 'Sicherheitsanalysen';
  if (!page.items.length) {
    const none = document.createElement('p');
    none.textContent = 'Noch keine Sicherheitsanalysen.';
    element.replaceChildren(heading, none);
    return;
  }
  const table = document.createElement('table');
  const head = table.createTHead().insertRow();
  ['Gemeinde (AGS)', 'Titel', 'Status', 'Aktuelle Phase', 'Geplantes Ende', 'Verantwortlich'].forEach(text => {
    const th = document.createElement('th');
    th.textContent = text;
    head.appendChild(th);
  });
  const body = table.createTBody();
  for (const a of page.items) {
    const last = a.phases[a.phases.length - 1];
    const row = body.insertRow();
    [a.municipality, a.title, STATUS[a.status] || a.status, PHASE[a.currentPhase] || 'alle Phasen erledigt',
      last && last.plannedEnd ? last.plannedEnd : '–', a.responsible || '–']
      .forEach(text => { row.insertCell().textContent = String(text); });
  }
  element.replaceChildren(heading, table);
}
