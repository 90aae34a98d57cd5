// countries.tsv: names and demonyms of every country and territory, English
// (world-countries, i18n-iso-countries), Bokmål and Nynorsk (i18n-iso-countries)
// plus the hand-kept gazetteers/sources/ files. One form names one country:
// where packages give a form to two countries, the override file, then UN
// membership, then independence, then area decides (see resolveConflicts).
import { matchKey, letterCount, coord, cmp } from './fold.mjs';
import { splitDemonyms, pluralDemonym } from './english-demonyms.mjs';

export const COUNTRY_COLUMNS = ['form', 'country', 'kind', 'lang', 'lat', 'lon'];

const LANG_ORDER = ['en', 'nb', 'nn', 'no'];

// Package spellings worth keeping: Latin script, not an ISO-style inverted
// form ("Congo, the Democratic Republic of the"), no transliteration marks
// (ʻ ʾ, IPA) that no news text uses, at least 3 letters (drops "UK"-style codes;
// the ones we want come from the override file).
function usable(form) {
  if (/[,;]/.test(form)) return false;
  if (/[\u0250-\u02ff\u2018]/.test(form)) return false;
  if (!/^[\p{Script=Latin}\p{M}\s'’.\-&]+$/u.test(form)) return false;
  return letterCount(matchKey(form)) >= 3;
}

// Alternative spellings also hold long transliterated official names
// ("Jamhuuriyadda Federaalka Soomaaliya") and lower-case fragments ("weSwatini",
// "al-Jumhūriyyah ..."): keep short, capitalised variants only.
function usableVariant(form) {
  return usable(form) && /^\p{Lu}/u.test(form) && form.split(/\s+/).length <= 4;
}

/** "Myanmar (Burma)" → "Myanmar": the part in brackets is a note, not a name. */
function stripBrackets(form) {
  return form.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
}

/** Bokmål/Nynorsk genitive: "Kina" → "Kinas"; forms ending in s, x, z take none. */
export function norwegianGenitive(name) {
  return /[sxz]$/i.test(name) ? null : `${name}s`;
}

/**
 * @param {object} p
 * @param {any[]} p.worldCountries  world-countries array
 * @param {(code: string, lang: string) => string[]} p.names  i18n-iso-countries names (all variants)
 * @param {any[]} p.overrides  rows of sources/country-forms.tsv
 * @param {any[]} p.demonymsNo  rows of sources/demonyms.no.tsv
 */
export function buildCountries({ worldCountries, names, overrides, demonymsNo }) {
  const byCode = new Map(worldCountries.map((c) => [c.cca2, c]));
  const candidates = []; // { form, country, kind, lang, source }
  const add = (form, country, kind, lang, source) => {
    form = stripBrackets(form);
    if (!byCode.has(country)) throw new Error(`${source}: unknown country ${country}`);
    if (!['en', 'nb', 'nn'].includes(lang)) throw new Error(`${source}: lang must be en, nb, nn or no, not "${lang}"`);
    candidates.push({ form, country, kind, lang, source, key: matchKey(form) });
  };

  for (const c of worldCountries) {
    const code = c.cca2;
    add(c.name.common, code, 'name', 'en', 'world-countries name.common');
    if (usable(c.name.official)) add(c.name.official, code, 'name', 'en', 'world-countries name.official');
    for (const a of c.altSpellings) if (usableVariant(stripBrackets(a))) add(a, code, 'name', 'en', 'world-countries altSpellings');
    for (const n of names(code, 'en')) if (usableVariant(stripBrackets(n))) add(n, code, 'name', 'en', 'i18n-iso-countries en');
    const eng = c.demonyms?.eng;
    for (const d of new Set([...splitDemonyms(eng?.m), ...splitDemonyms(eng?.f)])) {
      add(d, code, 'demonym', 'en', 'world-countries demonyms');
      const pl = pluralDemonym(d);
      if (pl) add(pl, code, 'demonym', 'en', 'plural of world-countries demonym');
    }
    for (const lang of ['nb', 'nn']) {
      for (const n of names(code, lang)) {
        if (!usable(stripBrackets(n))) continue;
        add(n, code, 'name', lang, `i18n-iso-countries ${lang}`);
      }
    }
  }

  // Drops apply to package forms only, before anything is derived from them.
  const drops = overrides.filter((o) => o.action === 'drop');
  const used = new Set();
  const isDropped = (c) => {
    const d = drops.find((x) => matchKey(x.form) === c.key && (!x.country || x.country === c.country) && (!x.lang || x.lang === c.lang || (x.lang === 'no' && c.lang !== 'en')));
    if (d) used.add(d);
    return Boolean(d);
  };
  const kept = candidates.filter((c) => !isDropped(c));
  for (const d of drops) if (!used.has(d)) throw new Error(`sources/country-forms.tsv:${d.line}: drop "${d.form}" matches no package form`);
  candidates.length = 0;
  candidates.push(...kept);

  const forced = new Map(); // key → country, from the hand-kept files
  for (const o of overrides) {
    if (o.action === 'drop') continue;
    if (o.action !== 'add') throw new Error(`sources/country-forms.tsv:${o.line}: action must be add or drop`);
    if (o.kind !== 'name' && o.kind !== 'demonym') throw new Error(`sources/country-forms.tsv:${o.line}: kind must be name or demonym`);
    for (const lang of o.lang === 'no' ? ['nb', 'nn'] : [o.lang]) add(o.form, o.country, o.kind, lang, `sources/country-forms.tsv:${o.line}`);
    forced.set(matchKey(o.form), o.country);
  }
  for (const d of demonymsNo) {
    for (const lang of d.lang === 'no' ? ['nb', 'nn'] : [d.lang]) add(d.form, d.country, 'demonym', lang, `sources/demonyms.no.tsv:${d.line}`);
    forced.set(matchKey(d.form), d.country);
  }
  // Norwegian names take the genitive -s as a separate form (README: "Kinas").
  for (const c of [...candidates]) {
    if (c.kind !== 'name' || c.lang === 'en') continue;
    const g = norwegianGenitive(c.form);
    if (g) add(g, c.country, 'name', c.lang, `genitive of ${c.source}`);
  }

  const conflicts = resolveConflicts(candidates, byCode, forced);
  const winners = candidates.filter((c) => conflicts.winner.get(c.key) === c.country);
  return { rows: toRows(winners, byCode), conflicts: conflicts.list };
}

function rank(c) {
  return [c.unMember ? 0 : 1, c.independent ? 0 : 1, -(c.area ?? 0)];
}

/** key → the one country it names; list of keys that had several. */
function resolveConflicts(cands, byCode, forced) {
  const countriesOf = new Map();
  for (const c of cands) {
    if (!countriesOf.has(c.key)) countriesOf.set(c.key, new Set());
    countriesOf.get(c.key).add(c.country);
  }
  const winner = new Map();
  const list = [];
  for (const [key, set] of countriesOf) {
    const codes = [...set].sort(cmp);
    let win = forced.get(key);
    if (!win || !set.has(win)) {
      win = codes.slice().sort((a, b) => {
        const ra = rank(byCode.get(a)), rb = rank(byCode.get(b));
        for (let i = 0; i < ra.length; i++) if (ra[i] !== rb[i]) return ra[i] - rb[i];
        return cmp(a, b);
      })[0];
    }
    winner.set(key, win);
    if (codes.length > 1) list.push({ key, countries: codes, chosen: win });
  }
  list.sort((a, b) => cmp(a.key, b.key));
  return { winner, list };
}

/** One row per key, country, kind and language group; sorted for diffs. */
function toRows(cands, byCode) {
  const groups = new Map();
  for (const c of cands) {
    const g = `${c.country}\u0000${c.key}`;
    if (!groups.has(g)) groups.set(g, []);
    groups.get(g).push(c);
  }
  const rows = [];
  for (const list of groups.values()) {
    // A form that is both a name and a demonym of one country is a name
    // ("Gibraltar"); the override file turns "Saudi" into a demonym instead.
    const kind = list.some((c) => c.kind === 'name') ? 'name' : 'demonym';
    const mine = list.filter((c) => c.kind === kind);
    const langs = new Set(mine.map((c) => c.lang));
    const out = [];
    if (langs.has('en')) out.push('en');
    if (langs.has('nb') && langs.has('nn')) out.push('no');
    else for (const l of ['nb', 'nn']) if (langs.has(l)) out.push(l);
    const cc = byCode.get(mine[0].country);
    for (const lang of out) {
      // Spelling: the first source in build order for that language ("Åland"
      // in Norwegian even though the English variants also have "Aland").
      const form = mine.find((c) => c.lang === lang || (lang === 'no' && c.lang === 'nb')).form;
      const canonical = kind === 'name' && cc.name.common === form;
      rows.push({ form, country: cc.cca2, kind, lang, lat: coord(cc.latlng[0]), lon: coord(cc.latlng[1]), key: mine[0].key, canonical });
    }
  }
  rows.sort(
    (a, b) =>
      cmp(a.country, b.country) ||
      cmp(a.kind, b.kind) * -1 || // name before demonym
      Number(b.canonical) - Number(a.canonical) ||
      LANG_ORDER.indexOf(a.lang) - LANG_ORDER.indexOf(b.lang) ||
      cmp(a.key, b.key) ||
      cmp(a.form, b.form),
  );
  return rows;
}
