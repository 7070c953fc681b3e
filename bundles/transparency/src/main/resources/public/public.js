// The public transparency page: reads the open data of /api/v1/public and draws the map, the tables and the
// sources. No login, no cookies, nothing stored; CSP-compatible (no inline scripts or styles).

const API = '/api/v1/public';
const SVG = 'http://www.w3.org/2000/svg';
// the 13 districts in rough geographic position (north up), row by row, as in the console's overview
const GRID = [
  ['Leipzig, Stadt', 'Nordsachsen', 'Meißen', 'Bautzen', 'Görlitz'],
  ['Leipzig', 'Mittelsachsen', 'Dresden, Stadt', 'Sächsische Schweiz-Osterzgebirge'],
  ['Zwickau', 'Chemnitz, Stadt', 'Erzgebirgskreis'],
  ['Vogtlandkreis']
];
const SHORT = { 'Leipzig, Stadt': 'Leipzig (Stadt)', 'Leipzig': 'Landkreis Leipzig', 'Dresden, Stadt': 'Dresden (Stadt)',
  'Chemnitz, Stadt': 'Chemnitz (Stadt)', 'Sächsische Schweiz-Osterzgebirge': 'Sächs. Schweiz-Osterzgeb.' };
// one colour per stage, in the journey's order; the stage list is data, so further stages reuse the last colours
const PALETTE = ['#fde0a6', '#f2c14e', '#8fd19e', '#2e7d32', '#6fa8dc', '#0b4f8a', '#9b72c9', '#4b2a77'];
const NONE = '#e3e6ea';
const money = new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR' });
const day = iso => new Intl.DateTimeFormat('de-DE', { dateStyle: 'long' }).format(new Date(iso + 'T12:00:00'));

function el(tag, attrs = {}, ...children) {
  const e = tag.startsWith('svg:') ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === null || v === undefined || v === false) continue;
    if (k === 'text') e.textContent = v; else e.setAttribute(k, v === true ? '' : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined) e.append(c);
  return e;
}

async function load(path) {
  const response = await fetch(API + path, { headers: { Accept: 'application/json' }, credentials: 'omit' });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

function colourOf(index) {
  return PALETTE[Math.min(index, PALETTE.length - 1)];
}

function swatch(colour) {
  return el('svg:svg', { class: 'swatch', viewBox: '0 0 10 10', 'aria-hidden': 'true', focusable: 'false' },
    el('svg:rect', { width: 10, height: 10, fill: colour }));
}

// the most advanced visible stage a municipality has reached, or null
function shownStage(stages, visible, reached) {
  let shown = null;
  for (const s of stages) if (visible.has(s.code) && reached[s.code]) shown = s;
  return shown;
}

function drawMap(stages, municipalities, visible) {
  const byDistrict = new Map();
  for (const m of municipalities) {
    if (!byDistrict.has(m.district)) byDistrict.set(m.district, []);
    byDistrict.get(m.district).push(m);
  }
  const cellW = 190, cellH = 150, tile = 13, gap = 2, perRow = 11;
  const groups = [];
  GRID.forEach((row, r) => row.forEach((district, c) => {
    const x0 = c * cellW, y0 = r * cellH, label = SHORT[district] || district;
    const list = (byDistrict.get(district) || []).sort((a, b) => a.name.localeCompare(b.name, 'de'));
    groups.push(el('svg:g', { class: 'district' },
      el('svg:rect', { x: x0 + 2, y: y0 + 2, width: cellW - 4, height: cellH - 4, rx: 6, fill: '#f7f8fa', stroke: '#8a939c' }),
      el('svg:text', { x: x0 + 10, y: y0 + 20, class: 'map-district', text: label,
        textLength: label.length > 20 ? cellW - 22 : null, lengthAdjust: label.length > 20 ? 'spacingAndGlyphs' : null }),
      list.map((m, i) => {
        const stage = shownStage(stages, visible, m.reached);
        const x = x0 + 10 + (i % perRow) * (tile + gap), y = y0 + 30 + Math.floor(i / perRow) * (tile + gap);
        return el('svg:rect', { x, y, width: tile, height: tile, stroke: '#5f6b76', 'stroke-width': 0.5,
          fill: stage ? colourOf(stages.indexOf(stage)) : NONE, 'data-ags': m.ags, 'data-stage': stage ? stage.code : 'NONE' },
        el('svg:title', { text: `${m.name}: ${stage ? stage.label : 'noch keine Station'}` }));
      })));
  }));
  const counts = stages.map(s => `${s.label}: ${municipalities.filter(m => m.reached[s.code]).length}`).join(', ');
  return el('svg:svg', { class: 'map', id: 'public-map', viewBox: `0 0 ${5 * cellW} ${4 * cellH}`, role: 'img',
    'aria-label': `Schematische Karte der sächsischen Gemeinden. ${counts}` }, el('svg:title', { text: 'Karte der Stationen' }), groups);
}

function renderMap(stages, municipalities) {
  const visible = new Set(stages.map(s => s.code));
  const layers = document.getElementById('layers');
  const map = document.getElementById('map');
  const redraw = () => map.replaceChildren(drawMap(stages, municipalities, visible));
  stages.forEach((s, i) => {
    const box = el('input', { type: 'checkbox', id: `layer-${s.code}`, checked: true, 'data-stage': s.code });
    box.addEventListener('change', () => { if (box.checked) visible.add(s.code); else visible.delete(s.code); redraw(); });
    layers.append(el('span', {}, box, el('label', { for: box.id }, swatch(colourOf(i)), s.label)));
  });
  document.getElementById('legend').replaceChildren(
    ...stages.map((s, i) => el('li', { 'data-stage': s.code }, swatch(colourOf(i)),
      `${s.label}: ${municipalities.filter(m => m.reached[s.code]).length} Gemeinden`)),
    el('li', { 'data-stage': 'NONE' }, swatch(NONE), 'noch keine Station'));
  redraw();
}

function table(id, caption, heads, rows) {
  document.getElementById(id).replaceChildren(rows.length === 0 ? el('p', { text: 'Noch keine Angaben.' }) :
    el('table', { id: `${id}-table` }, el('caption', { class: 'hint', text: caption }),
      el('thead', {}, el('tr', {}, heads.map(([h, num]) => el('th', { scope: 'col', class: num ? 'num' : null, text: h })))),
      el('tbody', {}, rows.map(cells => el('tr', {}, cells.map((c, i) => i === 0 ? el('th', { scope: 'row', text: c })
        : el('td', { class: heads[i][1] ? 'num' : null, text: c })))))));
}

function renderSources(datasets, about) {
  const seen = new Map();
  for (const d of datasets) for (const s of d.sources) seen.set(s.name, s);
  document.getElementById('sources').replaceChildren(
    el('p', {}, `Stand: ${day(datasets[0].asOf)}. Lizenz der Daten des Landespräventionsrats: `,
      el('a', { href: about.licenceUrl, id: 'licence', text: about.licence }), '.'),
    el('ul', {}, [...seen.values()].map(s => el('li', {}, `${s.name} – ${s.publisher}, Lizenz `,
      el('a', { href: s.licenceUrl, text: s.licence })))));
  const files = [['Kennzahlen je Landkreis', 'districts'], ['Fördermittel je Landkreis und Jahr', 'funding'],
    ['Gemeinden und Stationen', 'municipalities'], ['Geförderte Projekte', 'projects']];
  document.getElementById('downloads').replaceChildren(...files.map(([label, path]) => el('li', {}, `${label}: `,
    el('a', { href: `${API}/${path}`, text: 'JSON' }), ', ', el('a', { href: `${API}/${path}.csv`, text: 'CSV' }))));
}

async function main() {
  const status = document.getElementById('status');
  try {
    const [about, stages, municipalities, districts, funding, projects] = await Promise.all(
      ['/about', '/stages', '/municipalities', '/districts', '/funding', '/projects'].map(load));
    const mail = document.getElementById('feedback-mail');
    mail.href = `mailto:${about.feedbackAddress}`;
    mail.textContent = about.feedbackAddress;
    renderMap(stages.items, municipalities.items);
    table('districts', 'Gemeinden je Landkreis, die die Station erreicht haben',
      [['Landkreis'], ['beraten', true], ['Präventionsrat', true], ['Kooperationsvereinbarung', true], ['Sicherheitsanalyse', true]],
      districts.items.map(d => [d.district, d.municipalitiesAdvised, d.councils, d.agreements, d.analyses].map(String)));
    table('funding', 'bewilligt abzüglich Rückforderungen und ausgezahlt, in Euro',
      [['Landkreis'], ['Programmjahr', true], ['bewilligt', true], ['ausgezahlt', true]],
      funding.items.map(f => [f.district, String(f.year), money.format(f.committed), money.format(f.paid)]));
    table('projects', 'bewilligt abzüglich Rückforderungen und ausgezahlt, in Euro',
      [['Projekt'], ['Gemeinde'], ['Landkreis'], ['Programm'], ['Handlungsfeld'], ['bewilligt', true], ['ausgezahlt', true]],
      projects.items.map(p => [p.title, p.municipalityName, p.district, `${p.programme} (${p.year})`, p.actionField,
        money.format(p.committed), money.format(p.paid)]));
    renderSources([municipalities, districts, funding, projects], about);
    status.textContent = `Stand der Daten: ${day(districts.asOf)}.`;
    status.dataset.loaded = 'true';
  } catch (e) {
    status.textContent = 'Die Daten konnten nicht geladen werden. Bitte versuchen Sie es später erneut.';
  }
}

main();
