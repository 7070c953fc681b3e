// The helper every page receives as `api`: authenticated fetch, i18n, errors shown next to their fields,
// DOM and chart helpers. Module pages (and third-party plugins) use only this object.
import { h, s, field, table, badge, uid } from './dom.js';
import { t, addMessages, getLang, serverMessage, formatDate, formatDateTime, formatMoney, formatNumber } from './i18n.js';
import { barChart, gauge, lineChart } from './charts.js';

const AUTH_KEY = 'asskomm.auth';

export class ApiError extends Error {
  constructor(status, problem) {
    super((problem && (problem.detail || problem.title)) || `HTTP ${status}`);
    this.status = status;
    this.problem = problem || {};
  }

  get errors() {
    return this.problem.errors || [];
  }
}

export function storeCredentials(user, password) {
  const bytes = new TextEncoder().encode(`${user}:${password}`);
  sessionStorage.setItem(AUTH_KEY, btoa(String.fromCharCode(...bytes)));
}

export function clearCredentials() {
  sessionStorage.removeItem(AUTH_KEY);
}

export function hasCredentials() {
  return sessionStorage.getItem(AUTH_KEY) !== null;
}

let unauthorizedHandler = () => {};
export function onUnauthorized(handler) {
  unauthorizedHandler = handler;
}

function url(path) {
  return path.startsWith('/api/') || path.startsWith('/console/') ? path : '/api/v1' + (path.startsWith('/') ? path : '/' + path);
}

/**
 * Sends a request with the stored credentials; resolves to the JSON (or text) body, rejects with ApiError.
 * options.contentType sends body (a Blob) as it is; options.blob resolves to the response as a Blob.
 */
export async function request(method, path, body, options = {}) {
  // the server answers problems in the console's language (its message keys resolved in German or English)
  const headers = { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json, application/problem+json',
    'Accept-Language': getLang() };
  const auth = sessionStorage.getItem(AUTH_KEY);
  if (auth) headers.Authorization = 'Basic ' + auth;
  if (body !== undefined) headers['Content-Type'] = options.contentType || 'application/json';
  let response;
  try {
    response = await fetch(url(path), { method, headers, body: body === undefined || options.contentType ? body : JSON.stringify(body) });
  } catch (e) {
    throw new ApiError(0, { title: t('error.network') });
  }
  if (options.blob && response.ok) return response.blob();
  const type = response.headers.get('Content-Type') || '';
  const text = await response.text();
  const data = type.includes('json') && text ? JSON.parse(text) : text;
  if (!response.ok) {
    if (response.status === 401 && auth) unauthorizedHandler();
    throw new ApiError(response.status, typeof data === 'object' ? data : { title: response.statusText, detail: data });
  }
  return data;
}

function clearErrors(form) {
  form.querySelectorAll('.field-error, .form-alert').forEach(e => e.remove());
  form.querySelectorAll('[aria-invalid]').forEach(c => {
    c.removeAttribute('aria-invalid');
    const described = (c.getAttribute('aria-describedby') || '').split(' ').filter(id => !id.startsWith('err-'));
    if (described.length) c.setAttribute('aria-describedby', described.join(' '));
    else c.removeAttribute('aria-describedby');
  });
}

/**
 * The control for an API field path such as "parties[1].signatories": the control of that name, else the first
 * control inside it ("parties[1].signatories[0].name"), else the same for the parent path ("parties[1]").
 */
function controlFor(form, fieldPath) {
  let path = fieldPath;
  while (path) {
    const exact = form.querySelector(`[name="${CSS.escape(path)}"]`);
    if (exact) return exact;
    const inside = [...form.querySelectorAll('[name]')].find(c => c.name.startsWith(path + '.') || c.name.startsWith(path + '['));
    if (inside) return inside;
    const cut = Math.max(path.lastIndexOf('.'), path.lastIndexOf('['));
    path = cut > 0 ? path.substring(0, cut) : '';
  }
  return null;
}

function problemTitle(error) {
  if (error.status === 0) return t('error.network');
  return t(`error.${error.status}`) !== `error.${error.status}` ? t(`error.${error.status}`) : (error.problem.title || t('error.500'));
}

/**
 * Shows an API error inside a form: each field error below its control (aria-invalid, aria-describedby),
 * the rest in an alert at the top of the form. Non-API errors are shown as they are, under `title` when given
 * (else the API error's title, or the server error's).
 */
export function showErrors(form, error, title) {
  clearErrors(form);
  const lines = [];
  if (!(error instanceof ApiError)) {
    lines.push(String(error && error.message ? error.message : error));
  } else {
    for (const fe of error.errors) {
      const message = serverMessage(fe.message);
      const control = controlFor(form, fe.field);
      if (control) {
        const id = uid('err');
        const note = h('p', { class: 'field-error', id }, message);
        control.setAttribute('aria-invalid', 'true');
        control.setAttribute('aria-describedby', [control.getAttribute('aria-describedby'), id].filter(Boolean).join(' '));
        // inside the field, so that in a two-column grid the note stays under its own control
        const fieldBox = control.closest('.field');
        if (fieldBox) fieldBox.append(note);
        else control.after(note);
      } else {
        lines.push(t('error.field', { field: fe.label || fe.field, message }));
      }
    }
    if (error.errors.length === 0 && error.problem.detail) lines.push(serverMessage(error.problem.detail));
  }
  const alert = h('div', { class: 'form-alert', role: 'alert' },
    h('p', {}, h('strong', {}, title || (error instanceof ApiError ? problemTitle(error) : t('error.500')))),
    lines.length ? h('ul', {}, lines.map(l => h('li', {}, l))) : null);
  form.prepend(alert);
  const firstInvalid = form.querySelector('[aria-invalid="true"]');
  (firstInvalid || alert).focus?.();
}

/** An error box for pages without a form. */
export function errorBox(error) {
  const title = error instanceof ApiError ? problemTitle(error) : t('error.500');
  const detail = error instanceof ApiError ? serverMessage(error.problem.detail || '') : String(error && error.message || error);
  return h('div', { class: 'form-alert', role: 'alert' }, h('p', {}, h('strong', {}, title)), detail ? h('p', {}, detail) : null);
}

/** Reads a form's named controls into an object: numbers for type=number, booleans for checkboxes, null for empty. */
export function formValues(form) {
  const values = {};
  for (const control of form.querySelectorAll('[name]')) {
    if (control.type === 'checkbox') values[control.name] = control.checked;
    else if (control.value === '') values[control.name] = null;
    else if (control.type === 'number') values[control.name] = Number(control.value);
    else values[control.name] = control.value;
  }
  return values;
}

let municipalityNamesCache;
/** Every municipality's name by its AGS, fetched once per page load (the registry changes rarely). */
async function municipalityNames() {
  if (!municipalityNamesCache) {
    municipalityNamesCache = (async () => {
      const names = new Map();
      for (let offset = 0; ; offset += 500) {
        const page = await request('GET', `/municipalities?offset=${offset}&limit=500`);
        page.items.forEach(m => names.set(m.ags, m.name));
        if (names.size >= page.total || page.items.length === 0) return names;
      }
    })().catch(e => { municipalityNamesCache = undefined; throw e; });
  }
  return municipalityNamesCache;
}

/** Builds the api object handed to a page. */
export function createApi(session, extra = {}) {
  return {
    session,
    user: session,
    get: path => request('GET', path),
    post: (path, body = {}) => request('POST', path, body),
    put: (path, body) => request('PUT', path, body),
    del: path => request('DELETE', path),
    /** Sends a file (or other Blob) as the raw request body, e.g. a document upload. */
    upload: (path, blob, contentType = 'application/octet-stream') => request('POST', path, blob, { contentType }),
    /** Fetches a file with the user's credentials and hands it to the browser as a download. */
    async download(path, filename) {
      const blob = await request('GET', path, undefined, { blob: true });
      const link = h('a', { href: URL.createObjectURL(blob), download: filename, hidden: true });
      document.body.append(link);
      link.click();
      setTimeout(() => { URL.revokeObjectURL(link.href); link.remove(); }, 1000);
      return blob;
    },
    /** All items of a paginated list (follows offset/limit up to max items). */
    async all(path, max = 2000) {
      const items = [];
      for (let offset = 0; offset < max; offset += 500) {
        const page = await request('GET', path + (path.includes('?') ? '&' : '?') + `offset=${offset}&limit=500`);
        items.push(...page.items);
        if (items.length >= page.total || page.items.length === 0) break;
      }
      return items;
    },
    /** Map AGS → name of every municipality: show a municipality by its name, the AGS only as a detail. */
    municipalityNames,
    /** Select choices [ags, name] for the given keys (all municipalities when omitted), sorted by name. */
    async municipalityChoices(keys) {
      const names = await municipalityNames();
      return (keys || [...names.keys()]).map(ags => [ags, names.get(ags) || ags]).sort((a, b) => a[1].localeCompare(b[1], 'de'));
    },
    t, addMessages, lang: getLang, serverMessage,
    format: { date: formatDate, dateTime: formatDateTime, money: formatMoney, number: formatNumber },
    h, s, field, table, badge, uid,
    charts: { bar: barChart, gauge, line: lineChart },
    showErrors, errorBox, formValues, ApiError,
    /** Runs an async action for a form: clears errors, disables the submit button, shows API errors. */
    async submit(form, action) {
      const button = form.querySelector('[type=submit]');
      if (button) button.disabled = true;
      clearErrors(form);
      try {
        return await action();
      } catch (e) {
        showErrors(form, e);
        return undefined;
      } finally {
        if (button) button.disabled = false;
      }
    },
    ...extra
  };
}
