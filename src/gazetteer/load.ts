// Loads every gazetteer file into one compiled matcher, and points the
// language and sentence stages at the same folder's data files. Each row is
// checked; a bad row stops the run with `file:line:column: reason` (nothing
// written).
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { MentionKind } from '../types.js';
import { readTextFile } from '../read/text-file.js';
import { columnOf, GazetteerError, headerOf, parseTsv, type TsvRow } from './tsv.js';
import { foldKey } from './fold.js';
import { MIN_PREFIX, TokenTrie } from './trie.js';
import { VARIANTS, singleVariants } from './variants.js';
import { ACTOR_TYPES, CUES, notOneOf } from './values.js';
import { useDataDir } from '../language/data-file.js';
import { nynorskMarkers } from '../language/norwegian-standard.js';
import { abbreviations } from '../sentences/abbreviations.js';

export interface GazEntry {
  kind: MentionKind;
  value: string;
  attrs: Record<string, string>;
  /** `en`, `nb`, `nn`, `no` (both Norwegian standards) or `*`. */
  lang: string;
  origin: string;
}

export interface Tactic {
  code: string;
  label: string;
  cameo: string | null;
  plover: string | null;
}

export interface Gazetteer {
  trie: TokenTrie<GazEntry>;
  tactics: Map<string, Tactic>;
  /** Country code → English name, from countries.tsv. */
  countryNames: Map<string, string>;
  /** Country code → representative point, from countries.tsv. */
  countryPoints: Map<string, { lat: number; lon: number }>;
  /** Everyday words (folded) from sources/common-words.*.tsv: never a one-word name. */
  commonWords: Set<string>;
  /** Hash of every file's content: part of the cache key of incremental runs. */
  version: string;
  dir: string;
}

const LANGS = new Set(['en', 'nb', 'nn', 'no', '*']);
const PATTERN_WORD = /[\p{L}\p{M}\p{N}]+\*?/gu;

interface FileSpec {
  name: string;
  required: string[];
  optional?: boolean;
  toEntries: (row: TsvRow, ctx: LoadContext) => { pattern: string; entry: Omit<GazEntry, 'origin'> } | null;
}

interface LoadContext {
  tactics: Map<string, Tactic>;
  countries: Set<string>;
  ambiguous: Set<string>;
  fail: (row: TsvRow, column: string, reason: string) => never;
}

function checkLang(row: TsvRow, ctx: LoadContext): string {
  const lang = row.values.lang || '*';
  if (!LANGS.has(lang)) ctx.fail(row, 'lang', `unknown lang "${lang}" (en, nb, nn, no or *)`);
  return lang;
}

/** A column whose values form a closed set (values.ts). */
function checkOneOf(row: TsvRow, ctx: LoadContext, column: string, what: string, allowed: readonly string[]): string {
  const v = row.values[column] ?? '';
  const reason = notOneOf(what, v, allowed);
  if (reason) ctx.fail(row, column, reason);
  return v;
}

function checkCountry(row: TsvRow, ctx: LoadContext, column = 'country'): string {
  const c = row.values[column] ?? '';
  if (c && !ctx.countries.has(c)) ctx.fail(row, column, `unknown country code "${c}"`);
  return c;
}

const DECIMAL = /^[-+]?\d+(?:\.\d+)?$/;
const RANGE: Record<string, number> = { lat: 90, lon: 180 };

/** A coordinate: a plain decimal (not `0x1A`, `1e3` or `59,9`) within its range, or empty. */
function checkNumber(row: TsvRow, ctx: LoadContext, column: string): void {
  const v = row.values[column];
  if (!v) return;
  if (!DECIMAL.test(v)) ctx.fail(row, column, `"${v}" is not a decimal number`);
  const max = RANGE[column];
  if (max !== undefined && Math.abs(Number(v)) > max) ctx.fail(row, column, `${column} ${v} is outside -${max}..${max}`);
}

const SPECS: FileSpec[] = [
  {
    name: 'countries.tsv',
    required: ['form', 'country', 'kind', 'lang'],
    toEntries: (row, ctx) => {
      const v = row.values;
      checkNumber(row, ctx, 'lat');
      checkNumber(row, ctx, 'lon');
      const lang = checkLang(row, ctx);
      if (v.kind !== 'name' && v.kind !== 'demonym') ctx.fail(row, 'kind', `kind must be name or demonym, not "${v.kind}"`);
      const ambiguous = ctx.ambiguous.has(foldKey(v.form)) ? 'yes' : '';
      const attrs = { country: v.country, precision: 'country', lat: v.lat ?? '', lon: v.lon ?? '', ambiguous };
      return { pattern: v.form, entry: { kind: v.kind === 'name' ? 'place' : 'demonym', value: v.country, attrs, lang } };
    },
  },
  {
    name: 'places.tsv',
    required: ['form', 'country', 'precision', 'lat', 'lon'],
    optional: true,
    toEntries: (row, ctx) => {
      const v = row.values;
      checkCountry(row, ctx);
      checkNumber(row, ctx, 'lat');
      checkNumber(row, ctx, 'lon');
      if (v.precision !== 'city' && v.precision !== 'region') ctx.fail(row, 'precision', 'precision must be city or region');
      const ambiguous = v.ambiguous === 'yes' || ctx.ambiguous.has(foldKey(v.form)) ? 'yes' : '';
      const attrs = { country: v.country, precision: v.precision, lat: v.lat, lon: v.lon, population: v.population ?? '', ambiguous };
      return { pattern: v.form, entry: { kind: 'place', value: v.country, attrs, lang: '*' } };
    },
  },
  {
    name: 'actors.tsv',
    required: ['form', 'type', 'country', 'lang'],
    toEntries: (row, ctx) => {
      const v = row.values;
      const type = checkOneOf(row, ctx, 'type', 'actor type', ACTOR_TYPES);
      const country = checkCountry(row, ctx);
      return { pattern: v.form, entry: { kind: 'actor', value: type, attrs: { type, country }, lang: checkLang(row, ctx) } };
    },
  },
  {
    name: 'groups.tsv',
    required: ['form', 'group', 'lang'],
    toEntries: (row, ctx) => ({ pattern: row.values.form, entry: { kind: 'group', value: row.values.group, attrs: { weak: /^weak/.test(row.values.note ?? '') ? 'yes' : '' }, lang: checkLang(row, ctx) } }),
  },
  {
    name: 'triggers.tsv',
    required: ['pattern', 'tactic', 'lang'],
    toEntries: (row, ctx) => {
      const t = row.values.tactic;
      if (!ctx.tactics.has(t)) ctx.fail(row, 'tactic', `unknown tactic "${t}"`);
      return { pattern: row.values.pattern, entry: { kind: 'trigger', value: t, attrs: { note: row.values.note ?? '' }, lang: checkLang(row, ctx) } };
    },
  },
  {
    name: 'cues.tsv',
    required: ['pattern', 'cue', 'lang'],
    toEntries: (row, ctx) => {
      const cue = checkOneOf(row, ctx, 'cue', 'cue', CUES);
      return { pattern: row.values.pattern, entry: { kind: 'cue', value: cue, attrs: { note: row.values.note ?? '' }, lang: checkLang(row, ctx) } };
    },
  },
];

export function patternWords(pattern: string): string[] {
  return (pattern.match(PATTERN_WORD) ?? []).map((w) => (w.endsWith('*') ? foldKey(w.slice(0, -1)) + '*' : foldKey(w)));
}

function read(dir: string, name: string, hash: ReturnType<typeof createHash>): string | null {
  const path = join(dir, name);
  if (!existsSync(path)) return null;
  hash.update(name).update('\0');
  // the bytes as read, not the text again: hashing a 1 MB string made a 3 MB buffer (text-file.ts)
  const content = readTextFile(path, (bytes) => hash.update(bytes));
  hash.update('\0');
  return content;
}

/** Data files of the language and sentence stages, which read them themselves (language/data-file.ts). */
const STAGE_DATA = ['abbreviations.tsv', 'nynorsk-markers.tsv'];

/**
 * Points the language and sentence stages at this folder's data files and
 * builds their tables now, so that a missing file or a bad row stops the run
 * before anything is written, like any gazetteer error. Their content is
 * part of the version, so an edit to them invalidates the result cache.
 */
function loadStageData(dir: string, hash: ReturnType<typeof createHash>): void {
  for (const name of STAGE_DATA) if (read(dir, name, hash) === null) throw new GazetteerError(join(dir, name), 0, 0, 'file not found');
  useDataDir(dir);
  abbreviations();
  nynorskMarkers();
}

export function loadGazetteer(dir: string): Gazetteer {
  const hash = createHash('sha256');
  const tactics = new Map<string, Tactic>();
  const tacticsText = read(dir, 'tactics.tsv', hash);
  if (tacticsText === null) throw new GazetteerError(join(dir, 'tactics.tsv'), 0, 0, 'file not found');
  for (const row of parseTsv(join(dir, 'tactics.tsv'), tacticsText, ['code', 'label', 'cameo', 'plover'])) {
    const v = row.values;
    const dash = (s: string) => (s === '-' || s === '' ? null : s);
    tactics.set(v.code, { code: v.code, label: v.label, cameo: dash(v.cameo), plover: dash(v.plover) });
  }
  const countries = new Set<string>(['XK']);
  const countryNames = new Map<string, string>();
  const countryPoints = new Map<string, { lat: number; lon: number }>();
  const countriesText = read(dir, 'countries.tsv', hash);
  if (countriesText === null) throw new GazetteerError(join(dir, 'countries.tsv'), 0, 0, 'file not found');
  const countriesHeader = headerOf(countriesText);
  for (const row of parseTsv(join(dir, 'countries.tsv'), countriesText, ['form', 'country', 'kind', 'lang'])) {
    const c = row.values.country;
    if (!/^[A-Z]{2}$/.test(c)) {
      const col = columnOf(countriesText, row.line, countriesHeader, 'country');
      throw new GazetteerError(join(dir, 'countries.tsv'), row.line, col, `bad country code "${c}" (two capital letters, ISO 3166-1)`);
    }
    countries.add(c);
    if (row.values.kind === 'name' && row.values.lang === 'en' && !countryNames.has(c)) countryNames.set(c, row.values.form);
    const lat = Number(row.values.lat), lon = Number(row.values.lon);
    if (row.values.lat && row.values.lon && Number.isFinite(lat) && Number.isFinite(lon) && !countryPoints.has(c)) countryPoints.set(c, { lat, lon });
  }
  const ambiguous = new Set<string>();
  const ambText = read(join(dir, 'sources'), 'ambiguous.tsv', hash);
  if (ambText !== null) for (const row of parseTsv(join(dir, 'sources', 'ambiguous.tsv'), ambText, ['form'])) ambiguous.add(foldKey(row.values.form));

  const commonWords = new Set<string>();
  for (const name of ['common-words.en.tsv', 'common-words.no.tsv']) {
    const content = read(join(dir, 'sources'), name, hash);
    if (content === null) continue;
    for (const row of parseTsv(join(dir, 'sources', name), content, ['word'])) commonWords.add(foldKey(row.values.word));
  }
  const trie = new TokenTrie<GazEntry>(VARIANTS, singleVariants);
  for (const spec of SPECS) {
    const path = join(dir, spec.name);
    const content = spec.name === 'countries.tsv' ? countriesText : read(dir, spec.name, hash);
    if (content === null) {
      if (spec.optional) continue;
      throw new GazetteerError(path, 0, 0, 'file not found');
    }
    const rows = parseTsv(path, content, spec.required);
    const header = headerOf(content);
    const ctx: LoadContext = {
      tactics, countries, ambiguous,
      fail: (row, column, reason) => {
        throw new GazetteerError(path, row.line, columnOf(content, row.line, header, column), reason);
      },
    };
    const origin = `${spec.name}:`; // one string for the file's rows, not a copy in each origin
    for (const row of rows) {
      const made = spec.toEntries(row, ctx);
      if (!made) continue;
      const words = patternWords(made.pattern);
      if (words.length === 0) ctx.fail(row, spec.required[0], 'empty pattern');
      for (const w of words) if (w.endsWith('*') && w.length - 1 < MIN_PREFIX) ctx.fail(row, spec.required[0], `prefix "${w}" needs at least ${MIN_PREFIX} letters before *`);
      // A literal, not a spread: V8 gave each of the 30,000 spread copies a hidden class of its own, which made every read of an entry in the matcher a megamorphic lookup.
      const e = made.entry;
      trie.add(words, { kind: e.kind, value: e.value, attrs: e.attrs, lang: e.lang, origin: origin + row.line });
    }
  }
  loadStageData(dir, hash);
  return { trie, tactics, countryNames, countryPoints, commonWords, version: hash.digest('hex').slice(0, 16), dir };
}
