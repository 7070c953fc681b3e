// The audit log with filters, newest first, 50 per page.
export async function render(container, api) {
  const { h, t } = api;
  const limit = 50;
  let offset = 0;
  container.append(h('h1', {}, t('audit.title')), h('p', {}, t('audit.intro')));
  const form = h('form', { class: 'filters', role: 'search', novalidate: true },
    api.field(t('audit.module'), 'module'), api.field(t('audit.user'), 'user'),
    api.field(t('audit.municipality'), 'municipality'), api.field(t('audit.action'), 'action'),
    api.field(t('audit.from'), 'from', { type: 'date' }), api.field(t('audit.to'), 'to', { type: 'date' }),
    h('button', { type: 'submit', class: 'primary' }, t('common.filter')));
  const result = h('div', { id: 'audit-result' });
  container.append(form, result);

  async function load() {
    const params = new URLSearchParams();
    for (const [k, v] of Object.entries(api.formValues(form))) if (v) params.set(k, v);
    params.set('offset', offset);
    params.set('limit', limit);
    const page = await api.submit(form, () => api.get(`/audit?${params}`));
    if (!page) return;
    const pager = h('div', { class: 'pager' },
      h('button', { type: 'button', disabled: offset === 0, onclick: () => { offset = Math.max(0, offset - limit); load(); } }, t('common.previous')),
      h('span', {}, t('common.page', { from: page.total ? offset + 1 : 0, to: offset + page.items.length, total: page.total })),
      h('button', { type: 'button', disabled: offset + limit >= page.total, onclick: () => { offset += limit; load(); } }, t('common.next')));
    result.replaceChildren(api.table(t('audit.title'), [
      { label: t('audit.at'), value: e => api.format.dateTime(e.at) },
      { label: t('audit.user'), value: e => e.user || '–' },
      { label: t('audit.module'), value: e => e.module },
      { label: t('audit.entity'), value: e => `${e.entityType}${e.entityId ? ' ' + e.entityId.substring(0, 8) : ''}` },
      { label: t('audit.action'), value: e => e.action },
      { label: t('audit.municipality'), value: e => e.municipality || '–' }
    ], page.items, t('common.none')), pager);
  }
  form.addEventListener('submit', e => { e.preventDefault(); offset = 0; load(); });
  await load();
}
