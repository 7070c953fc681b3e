// The console shell: login, a navigation built live from /api/v1/modules, and the pages.
// Each module page is an ES module at the module's consoleEntry exporting render(container, api).
import { h } from './dom.js';
import { t, getLang, setLang } from './i18n.js';
import { request, createApi, storeCredentials, clearCredentials, hasCredentials, onUnauthorized, errorBox, showErrors, ApiError } from './api.js';

const POLL_MS = 5000;
const corePages = {
  overview: () => import('./pages/overview.js'),
  store: () => import('./pages/store.js'),
  enablement: () => import('./pages/enablement.js'),
  audit: () => import('./pages/audit.js'),
  users: () => import('./pages/users.js'),
  accessibility: () => import('./pages/accessibility.js')
};

const state = { session: null, modules: [], pageChecked: new Map(), cleanup: null, poller: null, signature: '' };
const main = document.getElementById('main');
const nav = document.getElementById('nav');

function announce(text) {
  const region = document.getElementById('announce');
  region.textContent = '';
  setTimeout(() => { region.textContent = text; }, 50);
}

function applyLanguage() {
  document.documentElement.lang = getLang();
  document.getElementById('skip').textContent = t('app.skip');
  nav.setAttribute('aria-label', t('app.nav'));
}

function renderTools() {
  const tools = document.getElementById('tools');
  const langButton = h('button', { type: 'button', class: 'link-button', lang: getLang() === 'de' ? 'en' : 'de', 'aria-label': t('app.languageLabel'),
    onclick: () => { setLang(getLang() === 'de' ? 'en' : 'de'); applyLanguage(); renderTools(); buildNav(); route(); } }, t('app.language'));
  // replaceChildren would print a null as the text "null": only the elements that exist
  tools.replaceChildren(...[
    state.session ? h('span', { class: 'user' }, t('app.loggedInAs', { name: state.session.name })) : null,
    langButton,
    state.session ? h('button', { type: 'button', class: 'link-button', id: 'logout', onclick: logout }, t('app.logout')) : null
  ].filter(Boolean));
}

function showLogin(message) {
  stopPolling();
  state.session = null;
  nav.hidden = true;
  renderTools();
  document.title = `${t('login.title')} – ASSKomm`;
  const form = h('form', { class: 'login card', id: 'login-form', novalidate: true },
    h('h1', {}, t('login.title')),
    h('p', {}, t('login.intro')),
    h('div', { class: 'field' }, h('label', { for: 'login-user' }, t('login.user')),
      h('input', { id: 'login-user', name: 'user', autocomplete: 'username', required: true })),
    h('div', { class: 'field' }, h('label', { for: 'login-password' }, t('login.password')),
      h('input', { id: 'login-password', name: 'password', type: 'password', autocomplete: 'current-password', required: true })),
    h('button', { type: 'submit', class: 'primary' }, t('login.submit')));
  form.addEventListener('submit', async event => {
    event.preventDefault();
    storeCredentials(form.user.value, form.password.value);
    try {
      await start();
    } catch (e) {
      clearCredentials();
      if (e instanceof ApiError && e.status === 401) showErrors(form, new Error(t('login.failed')), t('login.failedTitle'));
      else if (e instanceof ApiError && e.status === 429) showErrors(form, new Error(t('login.throttled')), t('login.failedTitle'));
      else showErrors(form, e);
    }
  });
  main.replaceChildren(form);
  if (message) form.prepend(h('div', { class: 'form-alert', role: 'alert' }, message));
  form.user.focus();
}

function logout() {
  clearCredentials();
  location.hash = '';
  showLogin();
}

async function start() {
  state.session = await request('GET', '/api/v1/console/session');
  renderTools();
  nav.hidden = false;
  await refreshModules();
  buildNav();
  if (!location.hash || location.hash === '#') location.hash = '#/overview';
  else await route();
  startPolling();
}

/** Modules whose console page exists and that this user's municipalities enabled (all for state-wide roles). */
async function refreshModules() {
  const installed = await request('GET', '/modules');
  const ids = new Set(installed.map(m => m.id));
  for (const key of [...state.pageChecked.keys()]) {
    if (!ids.has(key.split('@')[0])) state.pageChecked.delete(key);
  }
  const visible = [];
  for (const m of installed) {
    if (!m.consoleEntry || !(await hasPage(m))) continue;
    const mine = state.session.seesAll || state.session.police
      || (m.enabledFor || []).some(ags => state.session.municipalities.includes(ags));
    if (mine) visible.push(m);
  }
  visible.sort((a, b) => a.title.localeCompare(b.title, 'de'));
  state.modules = visible;
}

async function hasPage(module) {
  const key = `${module.id}@${module.version}`;
  if (state.pageChecked.get(key)) return true;
  try {
    const response = await fetch(module.consoleEntry, { method: 'HEAD' });
    if (response.ok) state.pageChecked.set(key, true);
    return response.ok;
  } catch (e) {
    return false;
  }
}

function startPolling() {
  stopPolling();
  state.poller = setInterval(async () => {
    if (!state.session) return;
    const before = new Map(state.modules.map(m => [m.id, m]));
    try {
      await refreshModules();
    } catch (e) {
      return;
    }
    const signature = state.modules.map(m => `${m.id}@${m.version}`).join(',');
    if (signature === state.signature) return;
    buildNav();
    for (const m of state.modules) if (!before.has(m.id)) announce(t('app.moduleNew', { title: m.title }));
    const current = currentRoute();
    if (current.kind === 'module' && !state.modules.some(m => m.id === current.id)) {
      const gone = before.get(current.id);
      runCleanup();
      main.replaceChildren(h('h1', {}, gone ? gone.title : current.id), h('p', { role: 'status', class: 'notice' },
        t('app.moduleGone', { title: gone ? gone.title : current.id })));
    }
  }, POLL_MS);
}

function stopPolling() {
  if (state.poller) clearInterval(state.poller);
  state.poller = null;
}

function link(href, text, attrs = {}) {
  const current = location.hash === href || location.hash.startsWith(href + '/');
  return h('li', {}, h('a', { href, 'aria-current': current ? 'page' : null, ...attrs }, text));
}

function buildNav() {
  state.signature = state.modules.map(m => `${m.id}@${m.version}`).join(',');
  const s = state.session;
  const admin = s.lprAdmin;
  const sections = [
    h('ul', { class: 'nav-list' }, link('#/overview', t('nav.overview'))),
    h('h2', { class: 'nav-head', id: 'nav-modules' }, t('nav.modules')),
    h('ul', { class: 'nav-list', 'aria-labelledby': 'nav-modules', id: 'module-nav' },
      state.modules.map(m => link(`#/m/${m.id}`, m.title, { 'data-module': m.id })))
  ];
  if (admin || s.municipalities.length) {
    sections.push(h('h2', { class: 'nav-head', id: 'nav-admin' }, t('nav.admin')),
      h('ul', { class: 'nav-list', 'aria-labelledby': 'nav-admin' },
        link('#/admin/store', t('nav.store')),
        admin ? link('#/admin/enablement', t('nav.enablement')) : null,
        admin ? link('#/admin/users', t('nav.users')) : null,
        admin ? link('#/admin/audit', t('nav.audit')) : null));
  }
  sections.push(h('ul', { class: 'nav-list nav-foot' }, link('#/accessibility', t('nav.accessibility'))));
  nav.replaceChildren(...sections);
}

function currentRoute() {
  const parts = location.hash.replace(/^#\/?/, '').split('/');
  if (parts[0] === 'm') return { kind: 'module', id: parts[1], rest: parts.slice(2).join('/') };
  if (parts[0] === 'admin') return { kind: 'core', id: parts[1] || 'store' };
  return { kind: 'core', id: parts[0] || 'overview' };
}

function runCleanup() {
  if (typeof state.cleanup === 'function') {
    try { state.cleanup(); } catch (e) { /* a page's cleanup must not break navigation */ }
  }
  state.cleanup = null;
}

let routing = 0;
async function route() {
  if (!state.session) return;
  const ticket = ++routing;
  runCleanup();
  buildNav();
  const r = currentRoute();
  const container = h('div', { class: 'page' });
  main.replaceChildren(h('p', { class: 'loading' }, t('app.loading')));
  const api = createApi(state.session, {
    route: r.rest || '',
    modules: state.modules,
    navigate: sub => { location.hash = r.kind === 'module' ? `#/m/${r.id}${sub ? '/' + sub : ''}` : `#/${sub}`; },
    refreshShell: async () => { await refreshModules(); buildNav(); }
  });
  try {
    let page;
    let title;
    if (r.kind === 'module') {
      const module = state.modules.find(m => m.id === r.id);
      if (!module) {
        main.replaceChildren(h('h1', {}, t('error.404')), h('p', {}, r.id));
        return;
      }
      title = module.title;
      page = await import(`${module.consoleEntry}?v=${encodeURIComponent(module.version)}`);
      api.module = module;
    } else {
      const loader = corePages[r.id] || corePages.overview;
      page = await loader();
      title = t(`nav.${r.id}`);
    }
    if (ticket !== routing) return;
    main.replaceChildren(container);
    state.cleanup = await page.render(container, api);
    document.title = `${title} – ASSKomm`;
    const heading = container.querySelector('h1');
    if (heading) {
      heading.setAttribute('tabindex', '-1');
      heading.focus();
    }
  } catch (e) {
    if (ticket !== routing) return;
    main.replaceChildren(h('h1', {}, t('app.pageFailed')), errorBox(e));
  }
}

window.addEventListener('hashchange', route);
// the skip link must not change the hash: that is the router's
document.getElementById('skip').addEventListener('click', event => { event.preventDefault(); main.focus(); });
// a session that expired or whose password changed; a failed login is handled by its form
onUnauthorized(() => { if (state.session) { clearCredentials(); showLogin(t('error.401')); } });
applyLanguage();
renderTools();
if (hasCredentials()) {
  start().catch(() => { clearCredentials(); showLogin(); });
} else {
  showLogin();
}
