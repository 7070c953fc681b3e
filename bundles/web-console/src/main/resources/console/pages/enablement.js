// Enablement matrix for LPR admins: municipality x module, a checkbox per cell and the LPR's lock beside it
// (none, locked on, locked off); a locked module's checkbox cannot be changed, here or by the municipality.
export async function render(container, api) {
  const { h, t } = api;
  container.append(h('h1', {}, t('enablement.title')), h('p', {}, t('enablement.intro')), h('p', {}, t('enablement.lockIntro')));
  const [municipalities, modules] = await Promise.all([api.all('/municipalities'), api.get('/modules')]);
  const enabled = new Map(modules.map(m => [m.id, new Set(m.enabledFor)]));
  const locked = new Map(modules.map(m => [m.id, new Map(Object.entries(m.lockedFor || {}))]));
  const districts = [...new Set(municipalities.map(m => m.district))].sort((a, b) => a.localeCompare(b, 'de'));
  const filter = h('form', { class: 'filters', role: 'search' },
    api.field(t('enablement.district'), 'district', { type: 'select', value: 'Mittelsachsen', choices: [['', t('common.all')], ...districts] }),
    api.field(t('enablement.search'), 'q', { type: 'search' }));
  const status = h('p', { role: 'status', class: 'progress' });
  const holder = h('div');
  container.append(filter, status, holder);

  function lockValue(module, m) {
    const lock = locked.get(module.id).get(m.ags);
    return lock === undefined ? '' : lock ? 'on' : 'off';
  }

  function lockControl(module, m, box) {
    const names = { module: module.title, municipality: m.name };
    const select = h('select', { 'data-lock': module.id, 'data-ags': m.ags, 'aria-label': t('enablement.lock', names) },
      [['', t('enablement.unlocked')], ['on', t('enablement.lockedOn')], ['off', t('enablement.lockedOff')]]
        .map(([v, text]) => h('option', { value: v, selected: v === lockValue(module, m) }, text)));
    select.addEventListener('change', async () => {
      const value = select.value;
      const path = `/municipalities/${m.ags}/modules/${module.id}/lock`;
      try {
        const answer = value ? await api.put(path, { enabled: value === 'on' }) : await api.del(path);
        if (answer.enabled) enabled.get(module.id).add(m.ags); else enabled.get(module.id).delete(m.ags);
        if (answer.locked) locked.get(module.id).set(m.ags, answer.enabled); else locked.get(module.id).delete(m.ags);
        box.checked = answer.enabled;
        box.disabled = answer.locked;
        status.textContent = `${t('enablement.lock', names)}: ${select.selectedOptions[0].textContent}`;
        await api.refreshShell();
      } catch (e) {
        select.value = lockValue(module, m);
        status.replaceChildren(api.errorBox(e));
      }
    });
    return select;
  }

  function cell(module, m) {
    const box = h('input', { type: 'checkbox', checked: enabled.get(module.id).has(m.ags), 'data-module': module.id, 'data-ags': m.ags,
      disabled: locked.get(module.id).has(m.ags),
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
    return h('div', { class: 'enablement-cell' }, box, lockControl(module, m, box));
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
