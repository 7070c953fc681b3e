import { startSection } from './start.js';

// Overview: a schematic map of Saxony's municipalities coloured by ASSKomm status, and the key figures.
// There is no geometry in the platform, so the map is a tile cartogram: the 13 districts in rough
// geographic position, one square per municipality.

// district -> [column, row] in a 5 x 4 grid, roughly as they lie on the map (north up)
const LAYOUT = {
  'Leipzig, Stadt': [0, 0], 'Nordsachsen': [1, 0], 'Meißen': [2, 0], 'Bautzen': [3, 0], 'Görlitz': [4, 0],
  'Leipzig': [0, 1], 'Mittelsachsen': [1, 1], 'Dresden, Stadt': [2, 1], 'Sächsische Schweiz-Osterzgebirge': [3, 1],
  'Zwickau': [0, 2], 'Chemnitz, Stadt': [1, 2], 'Erzgebirgskreis': [2, 2],
  'Vogtlandkreis': [0, 3]
};
// short labels so that each fits its cell; the city and the district of Leipzig must not look alike
const LABELS = { 'Leipzig, Stadt': 'Leipzig (Stadt)', 'Leipzig': 'Landkreis Leipzig', 'Dresden, Stadt': 'Dresden (Stadt)',
  'Chemnitz, Stadt': 'Chemnitz (Stadt)', 'Sächsische Schweiz-Osterzgebirge': 'Sächs. Schweiz-Osterzgeb.' };
const COLOURS = { none: '#e3e6ea', advised: '#f2c14e', signed: '#2e7d32', council: '#0b4f8a' };
const RANK = { none: 0, advised: 1, signed: 2, council: 3 };
const SIGNED = new Set(['SIGNED', 'ACTIVE', 'INACTIVE']);

async function statusByMunicipality(api) {
  const status = new Map();
  const raise = (ags, s) => { if (RANK[s] > RANK[status.get(ags) || 'none']) status.set(ags, s); };
  const installed = new Set(api.modules.map(m => m.id));
  let known = false;
  if (installed.has('agreements')) {
    known = true;
    for (const a of await api.all('/agreements')) raise(a.municipality, SIGNED.has(a.status) ? 'signed' : 'advised');
    try {
      for (const c of await api.all('/agreements/consultations')) raise(c.municipality, 'advised');
    } catch (e) { /* only LPR staff read consultations */ }
  }
  if (installed.has('councils')) {
    try {
      for (const c of await api.all('/councils')) if (c.status === 'CONSTITUTED' || c.status === 'REACTIVATED') raise(c.municipality, 'council');
    } catch (e) { /* councils unreadable for this role */ }
  }
  return { status, known };
}

function map(api, municipalities, status) {
  const { s, t } = api;
  const byDistrict = new Map();
  for (const m of municipalities) {
    if (!byDistrict.has(m.district)) byDistrict.set(m.district, []);
    byDistrict.get(m.district).push(m);
  }
  const cellW = 190, cellH = 150, tile = 13, gap = 2, perRow = 11;
  const counts = { none: 0, advised: 0, signed: 0, council: 0 };
  const groups = [];
  for (const [district, [col, row]] of Object.entries(LAYOUT)) {
    const list = (byDistrict.get(district) || []).sort((a, b) => a.name.localeCompare(b.name, 'de'));
    const x0 = col * cellW, y0 = row * cellH;
    groups.push(s('g', { class: 'district' },
      s('rect', { x: x0 + 2, y: y0 + 2, width: cellW - 4, height: cellH - 4, rx: 6, fill: '#f7f8fa', stroke: '#8a939c' }),
      // long names are squeezed to the cell's width instead of spilling into the neighbouring district
      s('text', { x: x0 + 10, y: y0 + 20, class: 'map-district', text: LABELS[district] || district,
        textLength: (LABELS[district] || district).length > 20 ? cellW - 22 : null,
        lengthAdjust: (LABELS[district] || district).length > 20 ? 'spacingAndGlyphs' : null }),
      list.map((m, i) => {
        const st = status.get(m.ags) || 'none';
        counts[st] += 1;
        return s('rect', {
          x: x0 + 10 + (i % perRow) * (tile + gap), y: y0 + 30 + Math.floor(i / perRow) * (tile + gap),
          width: tile, height: tile, fill: COLOURS[st], stroke: '#5f6b76', 'stroke-width': 0.5,
          'data-ags': m.ags, 'data-status': st
        }, s('title', { text: `${m.name}: ${t('overview.status.' + st)}` }));
      })));
  }
  const summary = Object.entries(counts).map(([k, v]) => `${t('overview.status.' + k)}: ${v}`).join(', ');
  const svg = s('svg', { class: 'map', id: 'saxony-map', viewBox: `0 0 ${5 * cellW} ${4 * cellH}`, role: 'img',
    'aria-label': `${t('overview.map')}. ${summary}` }, s('title', { text: t('overview.map') }), groups);
  const legend = api.h('ul', { class: 'legend', 'aria-label': t('overview.legend') },
    Object.keys(COLOURS).map(k => api.h('li', {}, api.h('span', { class: `swatch swatch-${k}`, 'aria-hidden': 'true' }),
      `${t('overview.status.' + k)} (${counts[k]})`)));
  return [svg, legend];
}

export async function render(container, api) {
  const { h, t } = api;
  container.append(h('h1', {}, t('overview.title')));
  const start = await startSection(api);
  if (start) container.append(...[start].flat());
  const municipalities = await api.all('/municipalities');
  const { status, known } = await statusByMunicipality(api);
  const figures = h('div', { class: 'figures' });
  container.append(figures);
  if (api.modules.some(m => m.id === 'agreements')) {
    const stats = await api.get('/agreements/statistics');
    figures.append(
      h('div', { class: 'figure' }, h('span', { class: 'figure-value' }, String(stats.municipalitiesAdvised)), h('span', {}, t('overview.advised', { count: stats.municipalitiesAdvised }))),
      h('div', { class: 'figure' }, h('span', { class: 'figure-value' }, String(stats.municipalitiesWithSignedAgreement)), h('span', {}, t('overview.signed', { count: stats.municipalitiesWithSignedAgreement }))));
    var districtChart = api.charts.bar(t('overview.byDistrict'),
      stats.byDistrict.filter(d => d.signed > 0 || d.advised > 0).map(d => ({ label: d.district, value: d.signed })));
  }
  container.append(h('section', { 'aria-labelledby': 'map-head' },
    h('h2', { id: 'map-head' }, t('overview.map')),
    known ? null : h('p', { class: 'notice' }, t('overview.noAgreements')),
    map(api, municipalities, status),
    h('p', { class: 'hint' }, t('overview.mapNote'))));
  if (districtChart) {
    container.append(h('section', { 'aria-labelledby': 'district-head' }, h('h2', { id: 'district-head' }, t('overview.byDistrict')), districtChart));
  }
}
