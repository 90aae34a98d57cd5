// Browser code, kept as a string because it runs in the report page, not in
// Node. Plain ES2017, no build step; text from events only ever reaches the
// DOM through textContent. This part: the data, the shared filter state, and
// the filter controls (one filtered set feeds every view).
export const STATE_JS = String.raw`
const DATA = JSON.parse(document.getElementById('report-data').textContent);
const WORLD = JSON.parse(document.getElementById('world-data').textContent);
const ROWS = DATA.rows;
const COUNTRIES = DATA.countries;
const NONE = '__none';
const LANG_NAMES = { en: 'English', nb: 'Norwegian Bokmål', nn: 'Norwegian Nynorsk' };

function countryName(code) {
  if (!code) return '(unknown)';
  return COUNTRIES[code] ? COUNTRIES[code].name : code;
}
function langName(code) { return LANG_NAMES[code] || code; }

ROWS.forEach(function (r, i) {
  r.index = i;
  r.hay = [r.sentence, r.title, r.file, r.perp, r.target, r.place, r.label, r.tactic,
    countryName(r.perpCountry), countryName(r.host), r.dateText, r.date, r.id]
    .filter(Boolean).join('\n').toLowerCase();
});

const state = { perp: '', tactic: '', host: '', lang: '', from: '', to: '', q: '',
  grain: 'year', sortKey: '', sortDir: 1, page: 0 };

function matchesCode(filter, code) {
  if (!filter) return true;
  return filter === NONE ? !code : code === filter;
}

function matches(r) {
  if (!matchesCode(state.perp, r.perpCountry)) return false;
  if (!matchesCode(state.host, r.host)) return false;
  if (state.tactic && r.tactic !== state.tactic) return false;
  if (state.lang && r.lang !== state.lang) return false;
  if (state.from || state.to) {
    if (r.year === null) return false;
    if (state.from && r.year < Number(state.from)) return false;
    if (state.to && r.year > Number(state.to)) return false;
  }
  if (state.q && r.hay.indexOf(state.q) < 0) return false;
  return true;
}

function countBy(rows, keyOf) {
  const m = new Map();
  rows.forEach(function (r) { const k = keyOf(r); m.set(k, (m.get(k) || 0) + 1); });
  return m;
}

function fillSelect(id, entries) {
  const sel = document.getElementById(id);
  entries.forEach(function (e) {
    const o = document.createElement('option');
    o.value = e.value;
    o.textContent = e.text;
    sel.appendChild(o);
  });
}

function codeOptions(keyOf) {
  const counts = countBy(ROWS, keyOf);
  return Array.from(counts.keys())
    .sort(function (a, b) { return a === null ? 1 : b === null ? -1 : countryName(a).localeCompare(countryName(b)); })
    .map(function (c) {
      return { value: c === null ? NONE : c, text: (c === null ? '(unknown)' : countryName(c) + ' (' + c + ')') + ' — ' + counts.get(c) };
    });
}

function initFilters(onChange) {
  fillSelect('f-perp', codeOptions(function (r) { return r.perpCountry; }));
  fillSelect('f-host', codeOptions(function (r) { return r.host; }));
  fillSelect('f-tactic', DATA.tactics.map(function (t) {
    return { value: t.code, text: t.label + ' — ' + t.count };
  }));
  const langs = countBy(ROWS, function (r) { return r.lang; });
  fillSelect('f-lang', Array.from(langs.keys()).sort().map(function (l) {
    return { value: l, text: langName(l) + ' — ' + langs.get(l) };
  }));
  const years = Array.from(new Set(ROWS.map(function (r) { return r.year; })
    .filter(function (y) { return y !== null; }))).sort(function (a, b) { return a - b; });
  const yearEntries = years.map(function (y) { return { value: String(y), text: String(y) }; });
  fillSelect('f-from', yearEntries);
  fillSelect('f-to', yearEntries);

  const bind = { 'f-perp': 'perp', 'f-host': 'host', 'f-tactic': 'tactic', 'f-lang': 'lang', 'f-from': 'from', 'f-to': 'to' };
  Object.keys(bind).forEach(function (id) {
    document.getElementById(id).addEventListener('change', function (ev) {
      state[bind[id]] = ev.target.value;
      onChange();
    });
  });
  let timer = null;
  document.getElementById('f-q').addEventListener('input', function (ev) {
    clearTimeout(timer);
    timer = setTimeout(function () { state.q = ev.target.value.trim().toLowerCase(); onChange(); }, 150);
  });
  document.getElementById('filter-form').addEventListener('reset', function () {
    Object.keys(bind).forEach(function (id) { state[bind[id]] = ''; });
    state.q = '';
    setTimeout(onChange, 0);
  });
  document.getElementById('filter-form').addEventListener('submit', function (ev) { ev.preventDefault(); });
}
`;
