// Web-console page of the "${moduleTitle}" plugin: an ES module the ASSKomm console imports.
// render(element, api) fills the element it is given; api.get(path) calls the REST API with the
// console's credentials. Text goes in through textContent, never as HTML.
export const title = '${moduleTitle}';

export async function render(element, api) {
  const page = await api.get('/api/v1/${moduleId}/measures?limit=50');
  const table = document.createElement('table');
  const head = table.insertRow();
  ['AGS', 'Status', 'Title'].forEach(text => { head.insertCell().textContent = text; });
  for (const measure of page.items) {
    const row = table.insertRow();
    [measure.municipality, measure.status, measure.title].forEach(text => { row.insertCell().textContent = text; });
  }
  const heading = document.createElement('h2');
  heading.textContent = title;
  element.replaceChildren(heading, table);
}
