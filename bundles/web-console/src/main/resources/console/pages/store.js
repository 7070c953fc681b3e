// Module store: a card per module feature with install / remove and progress (LPR admins);
// municipal staff see the installed modules and switch them on or off for their own municipality.
const BUSY = new Set(['QUEUED', 'INSTALLING', 'UNINSTALLING']);

function adminCard(api, feature, reload) {
  const { h, t } = api;
  const status = h('p', { class: 'progress', role: 'status', id: `status-${feature.name}` },
    feature.lastOperation ? t(`store.state.${feature.lastOperation.state}`) + (feature.lastOperation.message ? `: ${feature.lastOperation.message}` : '') : '');
  const title = feature.title || feature.name;
  const button = h('button', { type: 'button', class: feature.installed ? 'secondary' : 'primary', 'data-feature': feature.name,
    'data-action': feature.installed ? 'remove' : 'install' },
    feature.installed ? t('store.remove', { title }) : t('store.install', { title }));
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      let op = feature.installed ? await api.del(`/platform/features/${feature.name}`) : await api.put(`/platform/features/${feature.name}`);
      status.textContent = t(`store.state.${op.state}`);
      while (BUSY.has(op.state)) {
        await new Promise(r => setTimeout(r, 700));
        op = await api.get(`/platform/features/${feature.name}/status`);
        status.textContent = t(`store.state.${op.state}`) + (op.message ? `: ${op.message}` : '');
      }
      await api.refreshShell();
      await reload();
    } catch (e) {
      status.replaceChildren(api.errorBox(e));
      button.disabled = false;
    }
  });
  return h('li', { class: 'card module-card', 'data-feature': feature.name },
    h('h2', {}, title),
    h('p', {}, feature.description || ''),
    h('p', { class: 'meta' }, t('store.version', { version: feature.version }), ' · ',
      api.badge(feature.installed ? t('store.installed') : t('store.notInstalled'), feature.installed ? 'ok' : 'neutral'),
      feature.installed ? ` · ${t('store.enabledFor', { count: feature.enabledFor })}` : ''),
    button, status);
}

async function municipalCards(api, list) {
  const { h, t } = api;
  const installed = await api.get('/modules');
  for (const ags of api.user.municipalities) {
    const municipality = await api.get(`/municipalities/${ags}`);
    const enablement = await api.get(`/municipalities/${ags}/modules`);
    const enabled = new Set(enablement.filter(e => e.enabled).map(e => e.module));
    list.before(h('h2', {}, t('store.mine', { name: municipality.name })));
    for (const m of installed) {
      const box = api.field(t('store.enableMine'), `enable-${m.id}`, { type: 'checkbox', value: enabled.has(m.id) });
      const status = h('p', { role: 'status', class: 'progress' });
      box.querySelector('input').addEventListener('change', async event => {
        const on = event.target.checked;
        try {
          await (on ? api.put(`/municipalities/${ags}/modules/${m.id}`) : api.del(`/municipalities/${ags}/modules/${m.id}`));
          status.textContent = t('common.saved');
          await api.refreshShell();
        } catch (e) {
          event.target.checked = !on;
          status.replaceChildren(api.errorBox(e));
        }
      });
      list.append(h('li', { class: 'card module-card' }, h('h3', {}, m.title), h('p', {}, m.description || ''),
        h('p', { class: 'meta' }, t('store.version', { version: m.version })), box, status));
    }
  }
}

export async function render(container, api) {
  const { h, t } = api;
  const list = h('ul', { class: 'cards', id: 'store-cards' });
  container.append(h('h1', {}, t('store.title')), h('p', {}, t('store.intro')), list);
  if (!api.user.lprAdmin) {
    await municipalCards(api, list);
    return;
  }
  const reload = async () => {
    const features = await api.get('/platform/features');
    list.replaceChildren(...features.map(f => adminCard(api, f, reload)));
  };
  await reload();
}
