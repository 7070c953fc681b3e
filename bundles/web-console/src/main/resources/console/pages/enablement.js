// Enablement matrix for LPR admins: municipality x module, a checkbox per cell.
export async function render(container, api) {
  const { h, t } = api;
  container.append(h('h1', {}, t('enablement.title')), h('p', {}, t('enablement.intro')));
  const [municipalities, modules] = await Promise.all([api.all('/municipalities'), api.get('/modules')]);
  const enabled = new Map(modules.map(m => [m.id, new Set(m.enabledFor)]));
  const districts = [...new Set(municipalities.map(m => m.district))].sort((a, b) => a.localeCompare(b, 'de'));
  const filter = h('form', { class: 'filters', role: 'search' },
    api.field(t('enablement.district'), 'district', { type: 'select', value: 'Mittelsachsen', choices: [['', t('common.all')], ...districts] }),
    api.field(t('enablement.search'), 'q', { type: 'search' }));
  const status = h('p', { role: 'status', class: 'progress' });
  const holder = h('div');
  container.append(filter, status, holder);

  function cell(module, m) {
    const box = h('input', { type: 'checkbox', checked: enabled.get(module.id).has(m.ags), 'data-module': module.id, 'data-ags': m.ags,
      'aria-label': t('enablement.toggle', { module: module.title, municipality: m.name }) });
    box.addEventListener('change', async () => {
      const on = box.checked;
      try {
        await (on ? api.put(`/municipalities/${m.ags}/modules/${module.id}`) : api.del(`/municipalities/${m.ags}/modules/${module.id}`));
        if (on) enabled.get(module.id).add(m.ags); else enabled.get(module.id).delete(m.ags);
        status.textContent = `${t('enablement.toggle', { module: module.title, municipality: m.name })}: ${on ? t('common.yes') : t('common.no')}`;
        await api.refreshShell();
      } catch (e) {
        box.checked = !on;
        status.replaceChildren(api.errorBox(e));
      }
    });
    return box;
  }

  function draw() {
    const district = filter.district.value;
    const q = filter.q.value.trim().toLowerCase();
    const rows = municipalities.filter(m => (!district || m.district === district) && (!q || m.name.toLowerCase().includes(q)));
    holder.replaceChildren(api.table(t('enablement.title'),
      [{ label: t('enablement.municipality'), value: m => `${m.name} (${m.ags})` },
        ...modules.map(module => ({ label: module.title, value: m => cell(module, m) }))],
      rows, t('common.none')));
  }
  filter.addEventListener('input', draw);
  filter.addEventListener('submit', e => e.preventDefault());
  draw();
}
