// Browser code (see state.ts): counts the filtered rows into each chart's
// values, embeds the charts once, then swaps their data on every filter change.
export const CHARTS_JS = String.raw`
// Vega-Lite's layout warnings (e.g. dropped fit-y) are noise for a reader.
const EMBED_OPTS = { renderer: 'svg', logLevel: vega.Error,
  actions: { export: true, source: false, compiled: false, editor: false } };
const views = {};
const TACTIC_RANK = {};
DATA.tactics.forEach(function (t, i) { TACTIC_RANK[t.code] = i; });
const ATLAS_IDS = new Set(WORLD.objects.countries.geometries.map(function (g) { return g.id; }));

function range(a, b) { const out = []; for (let i = a; i <= b; i++) out.push(i); return out; }

// Bins span the whole data set (not the filtered part) so the axis stays put.
function timeBins(grain) {
  if (grain === 'year') {
    const ys = ROWS.map(function (r) { return r.year; }).filter(function (y) { return y !== null; });
    return ys.length ? range(Math.min.apply(null, ys), Math.max.apply(null, ys)).map(String) : [];
  }
  const ms = Array.from(new Set(ROWS.map(function (r) { return r.month; }).filter(Boolean))).sort();
  if (ms.length < 2) return ms;
  const first = ms[0].split('-').map(Number), last = ms[ms.length - 1].split('-').map(Number);
  const n = (last[0] - first[0]) * 12 + last[1] - first[1];
  if (n > 600) return ms; // over 50 years of months: only the months that occur
  return range(0, n).map(function (i) {
    const m = first[1] - 1 + i, y = first[0] + Math.floor(m / 12), mm = (m % 12) + 1;
    return y + '-' + (mm < 10 ? '0' : '') + mm;
  });
}

function timeValues(rows, grain) {
  const counts = countBy(rows.filter(function (r) { return grain === 'year' ? r.year !== null : r.month; }),
    function (r) { return (grain === 'year' ? String(r.year) : r.month) + '|' + r.tactic; });
  return Array.from(counts.entries()).sort().map(function (e) {
    const parts = e[0].split('|');
    const t = DATA.tactics[TACTIC_RANK[parts[1]]];
    return { bin: parts[0], tactic: t.label, rank: TACTIC_RANK[parts[1]], count: e[1] };
  });
}

function mapValues(rows) {
  const hosts = [], small = [];
  countBy(rows.filter(function (r) { return r.host; }), function (r) { return r.host; }).forEach(function (count, code) {
    const c = COUNTRIES[code] || {};
    const v = { code: code, id: c.numeric, name: countryName(code), count: count, lat: c.lat, lon: c.lon };
    if (ATLAS_IDS.has(c.numeric)) hosts.push(v); else if (c.lat !== null && c.lat !== undefined) small.push(v);
  });
  const placed = rows.filter(function (r) { return r.lat !== null && r.lon !== null && r.placePrecision !== 'country'; });
  const byPlace = new Map();
  placed.forEach(function (r) {
    const key = r.lat.toFixed(3) + ',' + r.lon.toFixed(3) + ',' + (r.place || '');
    const p = byPlace.get(key);
    if (p) p.events++;
    else byPlace.set(key, { lat: r.lat, lon: r.lon, place: r.place || '', country: countryName(r.host), events: 1 });
  });
  const points = Array.from(byPlace.values());
  return { hosts: hosts, small: small, points: points };
}

function flowValues(rows) {
  const counts = countBy(rows, function (r) { return countryName(r.perpCountry) + '|' + countryName(r.host); });
  const max = Math.max.apply(null, [1].concat(Array.from(counts.values())));
  const perpTotal = countBy(rows, function (r) { return countryName(r.perpCountry); });
  const hostTotal = countBy(rows, function (r) { return countryName(r.host); });
  return Array.from(counts.entries()).map(function (e) {
    const p = e[0].split('|');
    return { perp: p[0], host: p[1], count: e[1], dark: e[1] > max / 2,
      perpTotal: perpTotal.get(p[0]), hostTotal: hostTotal.get(p[1]) };
  });
}

function labelCounts(rows, labelOf) {
  return Array.from(countBy(rows, labelOf).entries()).map(function (e) { return { label: e[0], count: e[1] }; });
}

const COUNT_CHARTS = [
  { id: 'chart-tactic', what: 'tactic', label: function (r) { return r.label; }, tactic: true },
  { id: 'chart-perp', what: 'perpetrator country', label: function (r) { return countryName(r.perpCountry); } },
  { id: 'chart-target', what: 'target group', label: function (r) { return r.targetType || (r.target ? '(no group)' : '(no target)'); } },
  { id: 'chart-lang', what: 'language', label: function (r) { return langName(r.lang); } }
];

function embed(id, spec) {
  return vegaEmbed('#' + id, spec, EMBED_OPTS).then(function (res) {
    views[id] = res.view;
    return res.view;
  }, function (err) {
    const el = document.getElementById(id);
    el.textContent = 'This chart could not be drawn: ' + err.message;
    el.dataset.error = 'true';
    throw err;
  });
}

function embedTime(rows) {
  if (views['chart-time']) views['chart-time'].finalize();
  return embed('chart-time', timeSpec(state.grain, timeBins(state.grain), timeValues(rows, state.grain)));
}

function initCharts(rows) {
  const jobs = [embedTime(rows), embed('chart-map', mapSpec(mapValues(rows))), embed('chart-flows', flowSpec(flowValues(rows)))];
  COUNT_CHARTS.forEach(function (c) { jobs.push(embed(c.id, countSpec(c.what, labelCounts(rows, c.label), c.tactic))); });
  updateNotes(rows);
  return Promise.all(jobs);
}

function setData(id, data) {
  const view = views[id];
  if (!view) return Promise.resolve();
  Object.keys(data).forEach(function (name) { view.data(name, data[name]); });
  return view.runAsync();
}

function updateCharts(rows) {
  const jobs = [setData('chart-time', { time: timeValues(rows, state.grain) }),
    setData('chart-map', mapValues(rows)), setData('chart-flows', { flows: flowValues(rows) })];
  COUNT_CHARTS.forEach(function (c) { jobs.push(setData(c.id, { counts: labelCounts(rows, c.label) })); });
  updateNotes(rows);
  return Promise.all(jobs);
}
`;
