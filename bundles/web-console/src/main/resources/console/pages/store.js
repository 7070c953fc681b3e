// Module store: a card per module feature with install / remove and progress (LPR admins);
// municipal staff see the installed modules and switch them on or off for their own municipality.
// Titles, descriptions and versions come from the module descriptors (GET /modules) where the module is installed.
const BUSY = new Set(['QUEUED', 'INSTALLING', 'UNINSTALLING']);
/** The console itself and the platform core: removing them from the console would pull the floor away. */
const PROTECTED = new Set(['asskomm-web', 'asskomm-core']);

/** "0.1.0.SNAPSHOT" or "1.2.3" → "0.1" or "1.2": what people call a version. */
export function shortVersion(version) {
  const parts = String(version || '').split(/[.-]/).filter(p => /^\d+$/.test(p));
  return parts.length ? parts.slice(0, 2).concat(parts.length === 1 ? ['0'] : []).join('.') : String(version || '');
}

/** Title and description of a feature: its module descriptor when installed, else the console's words, else the feature's. */
function describe(api, feature, modules) {
  const { t } = api;
  const module = modules.find(m => m.id === feature.moduleId);
  const known = key => (t(key) !== key ? t(key) : null);
  return {
    title: module?.title || known(`store.feature.${feature.name}.title`) || feature.description || feature.name,
    description: module?.description || known(`store.feature.${feature.name}.description`) || feature.description || '',
    version: shortVersion(module?.version || feature.version)
  };
}

/** An inline question with a confirm and a cancel button; resolves to true when confirmed. */
function confirmInline(api, anchor, question, confirmText) {
  const { h, t } = api;
  return new Promise(resolve => {
    const done = answer => { box.remove(); resolve(answer); };
    const box = h('div', { class: 'confirm', role: 'alertdialog', 'aria-label': confirmText },
      h('p', {}, question),
      h('button', { type: 'button', class: 'primary', 'data-confirm': 'yes', onclick: () => done(true) }, confirmText),
      ' ',
      h('button', { type: 'button', class: 'secondary', 'data-confirm': 'no', onclick: () => done(false) }, t('common.cancel')));
    anchor.after(box);
    box.querySelector('button').focus();
  });
}

function adminCard(api, feature, modules, reload) {
  const { h, t } = api;
  const { title, description, version } = describe(api, feature, modules);
  const status = h('p', { class: 'progress', role: 'status', id: `status-${feature.name}` },
    feature.lastOperation ? t(`store.state.${feature.lastOperation.state}`) + (feature.lastOperation.message ? `: ${feature.lastOperation.message}` : '') : '');
  const meta = h('p', { class: 'meta' }, t('store.version', { version }), ' · ',
    api.badge(feature.installed ? t('store.installed') : t('store.notInstalled'), feature.installed ? 'ok' : 'neutral'),
    feature.installed ? ` · ${t('store.enabledFor', { count: feature.enabledFor })}` : '');
  if (PROTECTED.has(feature.name)) {
    return h('li', { class: 'card module-card', 'data-feature': feature.name }, h('h2', {}, title), h('p', {}, description),
      meta, h('p', { class: 'notice' }, t('store.protected')));
  }
  const button = h('button', { type: 'button', class: feature.installed ? 'secondary' : 'primary', 'data-feature': feature.name,
    'data-action': feature.installed ? 'remove' : 'install' },
    feature.installed ? t('store.remove', { title }) : t('store.install', { title }));
  button.addEventListener('click', async () => {
    if (feature.installed && !(await confirmInline(api, button, t('store.removeQuestion', { title }), t('store.removeConfirm', { title })))) {
      return;
    }
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
    h('h2', {}, title), h('p', {}, description), meta, button, status);
}

async function municipalCards(api, list) {
  const { h, t } = api;
  const installed = await api.get('/modules');
  for (const ags of api.user.municipalities) {
    const municipality = await api.get(`/municipalities/${ags}`);
    const enablement = await api.get(`/municipalities/${ags}/modules`);
    const enabled = new Set(enablement.filter(e => e.enabled).map(e => e.module));
    const locked = new Map(enablement.filter(e => e.locked).map(e => [e.module, e.enabled]));
    list.before(h('h2', {}, t('store.mine', { name: municipality.name })));
    for (const m of installed) {
      const box = api.field(t('store.enableMine'), `enable-${m.id}`, { type: 'checkbox', value: enabled.has(m.id) });
      const status = h('p', { role: 'status', class: 'progress' });
      const input = box.querySelector('input');
      if (locked.has(m.id)) {
        // the LPR's decision: shown, not offered (the API would refuse the switch with a 409)
        input.disabled = true;
        status.textContent = t(locked.get(m.id) ? 'store.lockedOn' : 'store.lockedOff');
      }
      input.addEventListener('change', async event => {
        const on = event.target.checked;
        if (!on && !(await confirmInline(api, box, t('store.disableQuestion', { title: m.title, name: municipality.name }),
            t('store.disableConfirm', { title: m.title })))) {
          event.target.checked = true;
          return;
        }
        try {
          await (on ? api.put(`/municipalities/${ags}/modules/${m.id}`) : api.del(`/municipalities/${ags}/modules/${m.id}`));
          status.textContent = on ? t('store.switchedOn', { title: m.title }) : t('store.switchedOff', { title: m.title });
          await api.refreshShell();
        } catch (e) {
          event.target.checked = !on;
          status.replaceChildren(api.errorBox(e));
        }
      });
      list.append(h('li', { class: 'card module-card', 'data-module': m.id }, h('h3', {}, m.title), h('p', {}, m.description || ''),
        h('p', { class: 'meta' }, t('store.version', { version: shortVersion(m.version) })), box, status));
    }
  }
}

export async function render(container, api) {
  const { h, t } = api;
  const list = h('ul', { class: 'cards', id: 'store-cards' });
  container.append(h('h1', {}, t('store.title')), h('p', {}, t(api.user.lprAdmin ? 'store.intro' : 'store.introMunicipal')), list);
  if (!api.user.lprAdmin) {
    await municipalCards(api, list);
    return;
  }
  const reload = async () => {
    const [features, modules] = await Promise.all([api.get('/platform/features'), api.get('/modules')]);
    list.replaceChildren(...features.map(f => adminCard(api, f, modules, reload)));
  };
  await reload();
}
