// Small DOM helpers: no innerHTML anywhere, so API data can never become markup.
let counter = 0;

export function uid(prefix = 'f') {
  counter += 1;
  return `${prefix}-${counter}`;
}

/** h('button', {class: 'primary', onclick: fn}, 'Text', child, ...) */
export function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') {
      el.addEventListener(key.substring(2), value);
    } else if (key === 'class') {
      el.className = value;
    } else if (key === 'text') {
      el.textContent = value;
    } else if (key in el && typeof value !== 'string') {
      el[key] = value;
    } else {
      el.setAttribute(key, value === true ? '' : value);
    }
  }
  append(el, children);
  return el;
}

function append(el, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

const SVG = 'http://www.w3.org/2000/svg';

/** An SVG element with presentation attributes (no style attributes: the CSP forbids inline styles). */
export function s(tag, attrs = {}, ...children) {
  const el = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs || {})) {
    if (value === null || value === undefined) continue;
    if (key === 'text') el.textContent = value;
    else if (key.startsWith('on') && typeof value === 'function') el.addEventListener(key.substring(2), value);
    else el.setAttribute(key, value);
  }
  append(el, children);
  return el;
}

/**
 * A labelled form control. type: text, number, date, email, password, select, textarea, checkbox.
 * The control's name is the API field name, so that field errors find their place.
 */
export function field(label, name, options = {}) {
  const id = uid('field');
  const { type = 'text', value, required, choices, hint, ...rest } = options;
  let control;
  if (type === 'select') {
    control = h('select', { id, name, required, ...rest },
      (choices || []).map(c => {
        const [v, text] = Array.isArray(c) ? c : [c, c];
        return h('option', { value: v, selected: String(v) === String(value ?? '') }, text);
      }));
  } else if (type === 'textarea') {
    control = h('textarea', { id, name, required, rows: rest.rows || 3, ...rest });
    if (value !== undefined && value !== null) control.value = value;
  } else if (type === 'checkbox') {
    control = h('input', { id, name, type, checked: !!value, ...rest });
    return h('div', { class: 'field field-check' }, control, h('label', { for: id }, label));
  } else {
    control = h('input', { id, name, type, required, ...rest });
    if (value !== undefined && value !== null) control.value = value;
  }
  const hintEl = hint ? h('p', { class: 'hint', id: id + '-hint' }, hint) : null;
  if (hintEl) control.setAttribute('aria-describedby', hintEl.id);
  return h('div', { class: 'field' }, h('label', { for: id }, label, required ? h('span', { class: 'req', 'aria-hidden': 'true' }, ' *') : null), control, hintEl);
}

/** A table with a caption, header row and one row per item; columns: [{label, value: item => node|text, num}]. */
export function table(caption, columns, items, emptyText) {
  if (!items || items.length === 0) {
    return h('p', { class: 'empty' }, emptyText || caption);
  }
  return h('div', { class: 'table-wrap' },
    h('table', {},
      h('caption', {}, caption),
      h('thead', {}, h('tr', {}, columns.map(c => h('th', { scope: 'col', class: c.num ? 'num' : null }, c.label)))),
      h('tbody', {}, items.map(item => h('tr', {}, columns.map((c, i) => {
        const cell = c.value(item);
        return i === 0 && c.header !== false
          ? h('th', { scope: 'row', class: c.num ? 'num' : null }, cell)
          : h('td', { class: c.num ? 'num' : null }, cell);
      }))))));
}

/** A status badge; the colour is decoration, the text says it. */
export function badge(text, kind = 'neutral') {
  return h('span', { class: `badge badge-${kind}` }, text);
}
