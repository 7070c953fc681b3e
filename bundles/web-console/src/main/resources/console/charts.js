// Charts as inline SVG with a text alternative (role=img + aria-label, and a <title>).
import { s } from './dom.js';

const palette = ['#1f5f99', '#2e7d32', '#b35c00', '#7b3fa0', '#00838f', '#8d6e63'];

/** Horizontal bars: items [{label, value}], format(value) for the numbers shown. */
export function barChart(title, items, format = v => String(v)) {
  const rowH = 26, labelW = 230, barW = 320, valueW = 110;
  const max = Math.max(1, ...items.map(i => Number(i.value) || 0));
  const height = items.length * rowH + 10;
  const description = items.map(i => `${i.label}: ${format(i.value)}`).join('; ');
  return s('svg', { class: 'chart', viewBox: `0 0 ${labelW + barW + valueW} ${height}`, role: 'img', 'aria-label': `${title}. ${description}` },
    s('title', { text: title }),
    items.map((item, n) => {
      const y = 5 + n * rowH;
      const w = Math.max(1, (Number(item.value) || 0) / max * barW);
      return s('g', {},
        s('text', { x: labelW - 8, y: y + 17, 'text-anchor': 'end', class: 'chart-label', text: item.label }),
        s('rect', { x: labelW, y: y + 4, width: w, height: rowH - 8, fill: item.color || palette[0], rx: 2 }),
        s('text', { x: labelW + w + 6, y: y + 17, class: 'chart-value', text: format(item.value) }));
    }));
}

/** A half-circle gauge of used against total. */
export function gauge(title, used, total, format = v => String(v)) {
  const share = total > 0 ? Math.min(1, Math.max(0, used / total)) : 0;
  const r = 80, cx = 100, cy = 95;
  const angle = Math.PI * (1 - share);
  const x = cx + r * Math.cos(angle), y = cy - r * Math.sin(angle);
  const colour = share > 0.9 ? '#a3120f' : share > 0.7 ? '#8a4b00' : '#1f6b2a';
  const label = `${title}: ${format(used)} / ${format(total)} (${Math.round(share * 100)} %)`;
  return s('svg', { class: 'chart gauge', viewBox: '0 0 200 130', role: 'img', 'aria-label': label },
    s('title', { text: label }),
    s('path', { d: `M ${cx - r} ${cy} A ${r} ${r} 0 0 1 ${cx + r} ${cy}`, fill: 'none', stroke: '#d0d4d9', 'stroke-width': 18 }),
    share > 0 ? s('path', { d: `M ${cx - r} ${cy} A ${r} ${r} 0 0 1 ${x.toFixed(1)} ${y.toFixed(1)}`, fill: 'none', stroke: colour, 'stroke-width': 18 }) : null,
    s('text', { x: cx, y: cy - 5, 'text-anchor': 'middle', class: 'gauge-value', text: `${Math.round(share * 100)} %` }),
    s('text', { x: cx, y: cy + 25, 'text-anchor': 'middle', class: 'chart-label', text: `${format(used)} / ${format(total)}` }));
}

/** A line over time: points [{label, value}] with values 0..100 (percent). */
export function lineChart(title, points, unit = '%') {
  const w = 520, hgt = 200, pad = 36;
  const n = Math.max(1, points.length - 1);
  const xy = points.map((p, i) => [pad + i * (w - 2 * pad) / n, hgt - pad - (Math.min(100, Number(p.value)) / 100) * (hgt - 2 * pad)]);
  const description = points.map(p => `${p.label}: ${p.value} ${unit}`).join('; ');
  return s('svg', { class: 'chart', viewBox: `0 0 ${w} ${hgt}`, role: 'img', 'aria-label': `${title}. ${description}` },
    s('title', { text: title }),
    s('line', { x1: pad, y1: hgt - pad, x2: w - pad, y2: hgt - pad, stroke: '#555' }),
    s('line', { x1: pad, y1: pad, x2: pad, y2: hgt - pad, stroke: '#555' }),
    s('text', { x: pad - 4, y: pad + 4, 'text-anchor': 'end', class: 'chart-label', text: '100' }),
    s('text', { x: pad - 4, y: hgt - pad + 4, 'text-anchor': 'end', class: 'chart-label', text: '0' }),
    xy.length > 1 ? s('polyline', { points: xy.map(p => p.join(',')).join(' '), fill: 'none', stroke: palette[0], 'stroke-width': 2.5 }) : null,
    xy.map((p, i) => s('g', {},
      s('circle', { cx: p[0], cy: p[1], r: 4, fill: palette[0] }),
      s('text', { x: p[0], y: hgt - pad + 16, 'text-anchor': 'middle', class: 'chart-label', text: points[i].label }))));
}
