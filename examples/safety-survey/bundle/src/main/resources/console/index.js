// Web-console page of the Sicherheitsanalyse plugin: an ES module the ASSKomm console imports.
// render(element, api) fills the element it is given; api.get(path) calls the REST API with the
// console's credentials. Text goes in through textContent, never as HTML.
export const title = 'Sicherheitsanalyse';

export async function render(element, api) {
  const page = await api.get('/api/v1/survey/surveys?limit=50');
  const table = document.createElement('table');
  const head = table.insertRow();
  ['AGS', 'Year', 'Phase', 'Returns', 'Report due'].forEach(text => { head.insertCell().textContent = text; });
  for (const s of page.items) {
    const row = table.insertRow();
    [s.municipality, s.year, s.phase, s.responses, s.plannedReportOn]
      .forEach(text => { row.insertCell().textContent = String(text); });
  }
  const heading = document.createElement('h2');
  heading.textContent = title;
  element.replaceChildren(heading, table);
}
