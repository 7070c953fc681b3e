// Web-console page of the "${moduleTitle}" plugin: an ES module the ASSKomm console imports (docs/console.md).
// render(container, api) fills the container it is given, through api only: api.get/api.post call the REST API
// with the user's login, api.t the messages below (German first, English through the console's language switch),
// api.h/api.table/api.field/api.badge build the DOM without innerHTML, api.submit shows each field error next to
// its control. The console's CSS classes (card, actions, badge, hint, ...) style it; no inline styles (CSP).
const MESSAGES = {
  de: {
    '${moduleId}.title': '${moduleTitle}', '${moduleId}.list': 'Maßnahmen', '${moduleId}.none': 'Noch keine Maßnahmen.',
    '${moduleId}.name': 'Bezeichnung', '${moduleId}.municipality': 'Gemeinde (AGS)', '${moduleId}.status': 'Status',
    '${moduleId}.created': 'Angelegt', '${moduleId}.new': 'Neue Maßnahme', '${moduleId}.save': 'Anlegen',
    '${moduleId}.s.PLANNED': 'geplant', '${moduleId}.s.RUNNING': 'läuft', '${moduleId}.s.DONE': 'abgeschlossen'
  },
  en: {
    '${moduleId}.title': '${moduleTitle}', '${moduleId}.list': 'Measures', '${moduleId}.none': 'No measures yet.',
    '${moduleId}.name': 'Title', '${moduleId}.municipality': 'Municipality (AGS)', '${moduleId}.status': 'Status',
    '${moduleId}.created': 'Created', '${moduleId}.new': 'New measure', '${moduleId}.save': 'Create',
    '${moduleId}.s.PLANNED': 'planned', '${moduleId}.s.RUNNING': 'running', '${moduleId}.s.DONE': 'done'
  }
};

export async function render(container, api) {
  api.addMessages(MESSAGES);
  const { h, t } = api;
  // the REST root as the module descriptor announces it (/api/v1/<moduleId>)
  const measures = api.module.restPath + '/measures';
  const list = h('div');

  async function refresh() {
    const page = await api.get(measures + '?limit=50');
    list.replaceChildren(api.table(t('${moduleId}.list'), [
      { label: t('${moduleId}.name'), value: m => m.title },
      { label: t('${moduleId}.municipality'), value: m => m.municipality },
      { label: t('${moduleId}.status'), value: m => api.badge(t('${moduleId}.s.' + m.status), m.status === 'DONE' ? 'ok' : 'neutral') },
      { label: t('${moduleId}.created'), value: m => api.format.dateTime(m.createdAt) }
    ], page.items, t('${moduleId}.none')));
  }

  const form = h('form', { class: 'card', novalidate: true },
    h('h2', {}, t('${moduleId}.new')),
    api.field(t('${moduleId}.municipality'), 'municipality', { required: true, value: api.user.municipalities[0] || '' }),
    api.field(t('${moduleId}.name'), 'title', { required: true, maxlength: 200 }),
    h('div', { class: 'actions' }, h('button', { type: 'submit', class: 'primary' }, t('${moduleId}.save'))));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    const created = await api.submit(form, () => api.post(measures, api.formValues(form)));
    if (created) {
      form.reset();
      await refresh();
    }
  });

  container.append(h('h1', {}, t('${moduleId}.title')), list, form);
  await refresh();
}
