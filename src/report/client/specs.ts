// Browser code (see state.ts): the Vega-Lite specs. Vega-Lite because the
// specs are short declarative JSON, the library is maintained, and one
// library draws the stacked bars, the choropleth with points, and the heatmap.
// Each spec reads a named dataset, so a filter change swaps the values in the
// live view (view.data) instead of rebuilding the chart.
export const SPECS_JS = String.raw`
const TACTIC_LABELS = DATA.tactics.map(function (t) { return t.label; });
function tacticColor(field, legend) {
  const c = { field: field, type: 'nominal', title: 'Tactic', scale: { domain: TACTIC_LABELS.slice(), scheme: 'tableau20' } };
  if (!legend) c.legend = null;
  return c;
}
const TOPO = { values: WORLD, format: { type: 'topojson', feature: 'countries' } };

function timeSpec(grain, bins, values) {
  const monthly = grain === 'month';
  return {
    description: 'Stacked bar chart of events per ' + grain + ', coloured by tactic',
    width: 'container', height: 260, autosize: { type: 'fit-x', contains: 'padding' },
    datasets: { time: values }, data: { name: 'time' },
    mark: { type: 'bar' },
    encoding: {
      x: { field: 'bin', type: 'ordinal', title: monthly ? 'Month' : 'Year', scale: { domain: bins },
        axis: { labelAngle: monthly ? -60 : 0, labelOverlap: 'greedy' } },
      y: { field: 'count', type: 'quantitative', title: 'Events', axis: { tickMinStep: 1 } },
      color: tacticColor('tactic', true),
      order: { field: 'rank', type: 'quantitative' },
      tooltip: [{ field: 'bin', title: monthly ? 'Month' : 'Year' }, { field: 'tactic', title: 'Tactic' },
        { field: 'count', title: 'Events' }]
    }
  };
}

// Counts are whole numbers; ',~f' drops the six decimals Vega-Lite shows when a
// legend has a single value, and still writes a 2.5 tick as 2.5.
const COUNT_LEGEND = { format: ',~f' };

// Vega-Lite may normalise encodings in place, so each layer gets fresh objects.
function ll() { return { longitude: { field: 'lon', type: 'quantitative' }, latitude: { field: 'lat', type: 'quantitative' } }; }
function hostColor() { return { field: 'count', type: 'quantitative', title: 'Events in country', scale: { scheme: 'oranges' }, legend: COUNT_LEGEND }; }
function hostTip() { return [{ field: 'name', title: 'Host country' }, { field: 'count', title: 'Events' }]; }

// The map frames the places in the whole data set (not the filtered part,
// so it holds still), padded, at least a region's size, else the world.
function mapExtent() {
  const pts = [];
  ROWS.forEach(function (r) {
    const c = r.host && COUNTRIES[r.host];
    if (c && c.lat !== null) pts.push([c.lon, c.lat]);
    if (r.lat !== null && r.lon !== null) pts.push([r.lon, r.lat]);
  });
  let x0 = -170, x1 = 170, y0 = -55, y1 = 75;
  if (pts.length) {
    const xs = pts.map(function (p) { return p[0]; }), ys = pts.map(function (p) { return p[1]; });
    const cx = (Math.min.apply(null, xs) + Math.max.apply(null, xs)) / 2, cy = (Math.min.apply(null, ys) + Math.max.apply(null, ys)) / 2;
    const hw = Math.max(30, (Math.max.apply(null, xs) - Math.min.apply(null, xs)) / 2 + 15);
    const hh = Math.max(18, (Math.max.apply(null, ys) - Math.min.apply(null, ys)) / 2 + 10);
    x0 = Math.max(-180, cx - hw); x1 = Math.min(180, cx + hw); y0 = Math.max(-58, cy - hh); y1 = Math.min(82, cy + hh);
  }
  // Points along the box's edges: projected, its sides are curves.
  const coords = [];
  for (let i = 0; i <= 10; i++) {
    const x = x0 + (x1 - x0) * i / 10, y = y0 + (y1 - y0) * i / 10;
    coords.push([x, y0], [x, y1], [x0, y], [x1, y]);
  }
  return { type: 'Feature', properties: {}, geometry: { type: 'MultiPoint', coordinates: coords } };
}

function mapSpec(v) {
  return {
    description: 'World map: countries shaded by number of events they host; circles at event places',
    width: 'container', height: 480, autosize: { type: 'fit-x', contains: 'padding' },
    projection: { type: 'equalEarth', fit: mapExtent() },
    datasets: { hosts: v.hosts, small: v.small, points: v.points },
    layer: [
      { data: TOPO, transform: [{ filter: "datum.id !== '010'" }],
        mark: { type: 'geoshape', fill: '#e5e7eb', stroke: '#ffffff', strokeWidth: 0.5, clip: true } },
      { data: { name: 'hosts' },
        transform: [{ lookup: 'id', from: { data: TOPO, key: 'id' }, as: 'geo' }],
        mark: { type: 'geoshape', stroke: '#ffffff', strokeWidth: 0.5, clip: true },
        encoding: { shape: { field: 'geo', type: 'geojson' }, color: hostColor(), tooltip: hostTip() } },
      { data: { name: 'small' }, mark: { type: 'square', size: 70, stroke: '#374151', strokeWidth: 0.7, opacity: 1, clip: true },
        encoding: Object.assign({ color: hostColor(), tooltip: hostTip() }, ll()) },
      { data: { name: 'points' },
        mark: { type: 'circle', color: '#1d4ed8', opacity: 0.65, stroke: '#ffffff', strokeWidth: 0.7, clip: true },
        encoding: Object.assign({
          size: { field: 'events', type: 'quantitative', title: 'Events at place', scale: { range: [40, 700], zero: false }, legend: COUNT_LEGEND },
          tooltip: [{ field: 'place', title: 'Place' }, { field: 'country', title: 'Country' }, { field: 'events', title: 'Events' }]
        }, ll()) }
    ],
    resolve: { legend: { color: 'shared' } }
  };
}

function flowSpec(values) {
  return {
    description: 'Heatmap of events by perpetrator country (rows) and host country (columns)',
    datasets: { flows: values }, data: { name: 'flows' },
    width: { step: 34 }, height: { step: 26 },
    encoding: {
      x: { field: 'host', type: 'nominal', title: 'Host country (where it happened)',
        sort: { op: 'max', field: 'hostTotal', order: 'descending' }, axis: { labelAngle: -40, orient: 'top' } },
      y: { field: 'perp', type: 'nominal', title: 'Perpetrator country',
        sort: { op: 'max', field: 'perpTotal', order: 'descending' } }
    },
    layer: [
      { mark: { type: 'rect', stroke: '#ffffff' },
        encoding: { color: { field: 'count', type: 'quantitative', title: 'Events', scale: { scheme: 'blues' }, legend: COUNT_LEGEND },
          tooltip: [{ field: 'perp', title: 'Perpetrator' }, { field: 'host', title: 'Host' }, { field: 'count', title: 'Events' }] } },
      { mark: { type: 'text', fontSize: 11 },
        encoding: { text: { field: 'count', type: 'quantitative' },
          color: { condition: { test: 'datum.dark', value: '#ffffff' }, value: '#111827' } } }
    ]
  };
}

function countSpec(what, values, colourByTactic) {
  const bar = { mark: { type: 'bar' }, encoding: {} };
  if (colourByTactic) bar.encoding.color = tacticColor('label', false);
  else bar.mark.color = '#4b5563';
  return {
    description: 'Bar chart of events by ' + what,
    padding: { left: 5, top: 5, bottom: 5, right: 22 },
    datasets: { counts: values }, data: { name: 'counts' },
    width: 'container', height: { step: 20 },
    encoding: {
      y: { field: 'label', type: 'nominal', title: null, sort: { field: 'count', op: 'max', order: 'descending' },
        axis: { labelLimit: 190 } },
      x: { field: 'count', type: 'quantitative', title: 'Events', axis: { tickMinStep: 1 } },
      tooltip: [{ field: 'label', title: what }, { field: 'count', title: 'Events' }]
    },
    layer: [bar, { mark: { type: 'text', align: 'left', dx: 3, fontSize: 11 }, encoding: { text: { field: 'count' } } }]
  };
}
`;
