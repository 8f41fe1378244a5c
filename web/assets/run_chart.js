// A run chart of one monthly figure as SVG built node by node (no markup parsed): the months in order,
// the median as the centre line, and the start month of each action marked and numbered, with a list
// of the actions under it. The judgement in words comes from the service (app/src/run_chart.cpp); the
// chart carries a title and a description, so a screen reader gets the same as the eye.
import {h} from './dom.js';

const SVG = 'http://www.w3.org/2000/svg';
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const W = 640, H = 260, LEFT = 56, RIGHT = 30, TOP = 28, BOTTOM = 44;

function s(tag, attrs = {}, text) {
  const el = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
  if (text !== undefined) el.textContent = text;
  return el;
}

const pct = (v) => `${Math.round(v * 1000) / 10}%`;
const monthShort = (m) => `${MONTHS[Number(m.slice(5, 7)) - 1]} ${m.slice(2, 4)}`;
const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September',
                     'October', 'November', 'December'];
const monthLong = (m) => `${MONTH_NAMES[Number(m.slice(5, 7)) - 1]} ${m.slice(0, 4)}`;
const monthIndex = (m) => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;

// chart: {key, label, points: [{month, value}] by month, median (or undefined), actions: [{month, title}]}
export function runChart(chart) {
  const {points} = chart;
  const first = monthIndex(points[0].month), last = monthIndex(points[points.length - 1].month);
  const span = Math.max(1, last - first);
  const x = (m) => LEFT + ((monthIndex(m) - first) / span) * (W - LEFT - RIGHT);
  // The axis's top: four even steps of a round size (in percent) above the highest point.
  const highest = Math.max(...points.map((p) => p.value), chart.median || 0);
  const axisStep = [0.5, 1, 2, 2.5, 5, 10, 20, 25].find((c) => c * 4 >= highest * 110) || 25;
  const top = (axisStep * 4) / 100;
  const y = (v) => TOP + (1 - v / top) * (H - TOP - BOTTOM);
  const id = `run-chart-${chart.key}`;
  const actions = chart.actions.filter((a) => monthIndex(a.month) >= first && monthIndex(a.month) <= last);

  const desc = `${chart.label} by month, ${points.length} month${points.length === 1 ? '' : 's'}: ` +
               points.map((p) => `${monthShort(p.month)} ${pct(p.value)}`).join(', ') + '.' +
               (typeof chart.median === 'number' ? ` Median ${pct(chart.median)}.` : '') +
               (actions.length ? ` Actions started: ${actions.map((a, i) => `${i + 1}, ${a.title}, ${monthShort(a.month)}`).join('; ')}.` : '');
  const svg = s('svg', {class: 'run-chart', viewBox: `0 0 ${W} ${H}`, role: 'img', 'aria-labelledby': `${id}-title ${id}-desc`,
                        id, focusable: 'false'});
  svg.append(s('title', {id: `${id}-title`}, `Run chart of ${chart.label.toLowerCase()}`),
             s('desc', {id: `${id}-desc`}, desc));
  // The axes and a few gridlines, in percent.
  for (let i = 0; i <= 4; i++) {
    const v = (top * i) / 4;
    svg.append(s('line', {x1: LEFT, x2: W - RIGHT, y1: y(v), y2: y(v), stroke: '#d8dde0', 'stroke-width': 1}),
               s('text', {x: LEFT - 8, y: y(v) + 4, 'text-anchor': 'end', 'font-size': 12, fill: '#4c6272'}, pct(v)));
  }
  const step = Math.ceil(points.length / 8);
  points.forEach((p, i) => {
    if (i % step === 0 || i === points.length - 1)
      svg.append(s('text', {x: x(p.month), y: H - BOTTOM + 18, 'text-anchor': 'middle', 'font-size': 12, fill: '#4c6272'},
                   monthShort(p.month)));
  });
  // The actions' start months, dashed and numbered.
  // Actions started in the same month share its line; their numbers sit side by side.
  const before = (i) => actions.slice(0, i).filter((b) => b.month === actions[i].month).length;
  actions.forEach((a, i) => {
    const ax = x(a.month);
    const cx = Math.min(ax + before(i) * 22, W - 10);
    svg.append(s('line', {x1: ax, x2: ax, y1: TOP - 8, y2: H - BOTTOM, stroke: '#005eb8', 'stroke-width': 2,
                          'stroke-dasharray': '4 4', class: 'action-mark'}),
               s('circle', {cx, cy: TOP - 14, r: 10, fill: '#005eb8'}),
               s('text', {x: cx, y: TOP - 10, 'text-anchor': 'middle', 'font-size': 12, 'font-weight': 'bold',
                          fill: '#ffffff'}, String(i + 1)));
  });
  // The median.
  if (typeof chart.median === 'number') {
    svg.append(s('line', {x1: LEFT, x2: W - RIGHT, y1: y(chart.median), y2: y(chart.median), stroke: '#212b32',
                          'stroke-width': 2, class: 'median-line'}),
               s('text', {x: W - RIGHT, y: y(chart.median) - 6, 'text-anchor': 'end', 'font-size': 12, fill: '#212b32'},
                 `median ${pct(chart.median)}`));
  }
  // The figures.
  svg.append(s('polyline', {points: points.map((p) => `${x(p.month)},${y(p.value)}`).join(' '), fill: 'none',
                            stroke: '#007f3b', 'stroke-width': 3}));
  for (const p of points)
    svg.append(s('circle', {cx: x(p.month), cy: y(p.value), r: 5, fill: '#007f3b', class: 'point'}));
  svg.append(s('line', {x1: LEFT, x2: W - RIGHT, y1: H - BOTTOM, y2: H - BOTTOM, stroke: '#212b32', 'stroke-width': 1}));

  return h('figure', {class: 'run-chart-figure'},
           svg,
           h('figcaption', {class: 'run-chart-key'},
             h('span', {class: 'key key-points'}, `${chart.label}, each month`),
             typeof chart.median === 'number' ? h('span', {class: 'key key-median'}, 'median') : null,
             actions.length ? h('span', {class: 'key key-action'}, 'an action started') : null),
           actions.length ? h('ol', {class: 'list action-key'},
                              actions.map((a) => h('li', {}, `${a.title}: started ${monthLong(a.month)}`)))
                          : null);
}
