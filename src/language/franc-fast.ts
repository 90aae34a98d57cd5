// franc's `francAll(text, { only })`, the same answer (the same scores, bit
// for bit), computed without a string per trigram. franc cuts the text into
// trigram strings, counts them in an object, sorts them and looks each up in
// every language model; on this pipeline's texts that was ~190 µs a call
// and more than half the language stage. Here the trigrams are counted as
// numbers in a reused open-addressing table and looked up in one table that
// holds every in-play language's rank of each model trigram. franc's own
// data (its trigram models and script expressions) is read from the
// installed package, and franc stays the reference: test/language/franc-fast.test.ts
// compares the two on real and random text. Text holding astral characters
// (rare, and handled by franc's expressions as surrogate pairs) goes to franc.
import { francAll } from 'franc';
import { data } from 'franc/data.js';
import { expressions } from 'franc/expressions.js';

export type Ranking = Array<[string, number]>;

/** franc's constants. */
const MAX_LENGTH = 2048;
const MIN_LENGTH = 10;
const MAX_DIFFERENCE = 300;

const SCRIPTS = Object.keys(expressions);
const SCRIPT_TESTS = SCRIPTS.map((s) => new RegExp(expressions[s as keyof typeof expressions].source));
/**
 * Per BMP code unit: index + 1 of the one script expression that matches it,
 * 0 for none, 255 for more than one (such text goes to franc); filled on first sight.
 */
const scriptOf = new Uint8Array(0x10000);
const seen = new Uint8Array(0x10000);

function scriptIndex(c: number): number {
  if (seen[c]) return scriptOf[c];
  const ch = String.fromCharCode(c);
  let found = 0;
  for (let i = 0; i < SCRIPT_TESTS.length; i++) if (SCRIPT_TESTS[i].test(ch)) found = found === 0 ? i + 1 : 255;
  seen[c] = 1;
  return (scriptOf[c] = found);
}

// ---- trigram keys: three UTF-16 code units as (c1, c2 << 16 | c3) ----

/** An open-addressing table from trigram keys to small integers, reused between calls. */
class TrigramTable {
  readonly hi: Int32Array;
  readonly lo: Int32Array;
  private stamp: Int32Array;
  value: Int32Array;
  private mask: number;
  private generation = 1;
  /** Slots used since the last clear, in order of first use. */
  used: Int32Array;
  size = 0;

  constructor(capacity: number) {
    let n = 1;
    while (n < capacity * 2) n <<= 1;
    this.mask = n - 1;
    this.hi = new Int32Array(n);
    this.lo = new Int32Array(n);
    this.stamp = new Int32Array(n);
    this.value = new Int32Array(n);
    this.used = new Int32Array(n);
  }

  clear(): void {
    this.generation++;
    this.size = 0;
  }

  /** The slot of a key, claimed (value 0) when new. */
  slot(hi: number, lo: number): number {
    let i = (Math.imul(hi, 0x9e3779b1) ^ Math.imul(lo, 0x85ebca6b)) & this.mask;
    for (;;) {
      if (this.stamp[i] !== this.generation) {
        this.stamp[i] = this.generation;
        this.hi[i] = hi;
        this.lo[i] = lo;
        this.value[i] = 0;
        this.used[this.size++] = i;
        return i;
      }
      if (this.hi[i] === hi && this.lo[i] === lo) return i;
      i = (i + 1) & this.mask;
    }
  }

  /** The slot of a key, or -1. */
  find(hi: number, lo: number): number {
    let i = (Math.imul(hi, 0x9e3779b1) ^ Math.imul(lo, 0x85ebca6b)) & this.mask;
    for (;;) {
      if (this.stamp[i] !== this.generation) return -1;
      if (this.hi[i] === hi && this.lo[i] === lo) return i;
      i = (i + 1) & this.mask;
    }
  }
}

/** One script's models for one `only` list: each model trigram's rank per language (-1: not in that model). */
interface Models {
  languages: string[];
  table: TrigramTable;
  /** rank[row * languages.length + l] */
  rank: Int32Array;
}

const modelCache = new Map<string, Models | null>();

function modelsFor(script: string, only: readonly string[]): Models | null {
  const cacheKey = `${script}\0${only.join(',')}`;
  const cached = modelCache.get(cacheKey);
  if (cached !== undefined) return cached;
  const byLang = (data as Record<string, Record<string, string>>)[script];
  // franc keeps the languages of the script in its data's order, filtered by `only`
  const languages = Object.keys(byLang).filter((l) => only.length === 0 || only.includes(l));
  let models: Models | null = null;
  if (languages.length) {
    const lists = languages.map((l) => byLang[l].split('|'));
    const table = new TrigramTable(lists.reduce((n, m) => n + m.length, 0));
    const rows: number[][] = [];
    lists.forEach((model, l) => {
      // franc: trigrams[model[weight]] = weight, from the last weight down, so a repeated trigram keeps its first rank
      for (let w = model.length - 1; w >= 0; w--) {
        const t = model[w];
        if (t.length !== 3) throw new Error(`franc model trigram of length ${t.length}`);
        const s = table.slot(t.charCodeAt(0), (t.charCodeAt(1) << 16) | t.charCodeAt(2));
        let row = table.value[s] - 1;
        if (row < 0) {
          rows.push(new Array<number>(languages.length).fill(-1));
          row = rows.length - 1;
          table.value[s] = row + 1;
        }
        rows[row][l] = w;
      }
    });
    const rank = new Int32Array(rows.length * languages.length);
    rows.forEach((r, i) => rank.set(r, i * languages.length));
    models = { languages, table, rank };
  }
  modelCache.set(cacheKey, models);
  return models;
}

const counts = new TrigramTable(MAX_LENGTH * 2 + 8);
const PUNCTUATION_AND_DIGITS = /[\u0021-\u0040]+/g;
const WHITE_SPACE = /\s+/g;

/** trigram-utils' clean(), padded as its trigrams() pads it. */
const cleaned = (value: string) => ' ' + value.replace(PUNCTUATION_AND_DIGITS, ' ').replace(WHITE_SPACE, ' ').trim().toLowerCase() + ' ';

export function francRank(text: string, only: readonly string[]): Ranking {
  if (!text || text.length < MIN_LENGTH) return [['und', 1]];
  const value = text.slice(0, MAX_LENGTH);

  // the script most of the characters are written in (the first listed on a tie)
  const perScript = new Int32Array(SCRIPTS.length);
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    // a surrogate (astral character) or a character of two scripts: franc's own count decides
    const k = c >= 0xd800 && c <= 0xdfff ? 255 : scriptIndex(c);
    if (k === 255) return francAll(text, { only: [...only] }) as Ranking;
    if (k) perScript[k - 1]++;
  }
  let top = 0;
  for (let i = 1; i < SCRIPTS.length; i++) if (perScript[i] > perScript[top]) top = i;
  const script = SCRIPTS[top];
  if (!(script in data)) {
    // a script of one language
    if (perScript[top] === 0 || (only.length > 0 && !only.includes(script))) return [['und', 1]];
    return [[script, 1]];
  }
  const models = modelsFor(script, only);
  if (!models) return [['und', 1]];

  // count the trigrams
  const padded = cleaned(value);
  counts.clear();
  for (let i = 0; i + 3 <= padded.length; i++) {
    const s = counts.slot(padded.charCodeAt(i), (padded.charCodeAt(i + 1) << 16) | padded.charCodeAt(i + 2));
    counts.value[s]++;
  }

  // franc's distance: per distinct trigram |count - rank - 1|, or 300 when the model lacks it
  const n = models.languages.length;
  const distance = new Array<number>(n).fill(0);
  const { table, rank } = models;
  for (let u = 0; u < counts.size; u++) {
    const s = counts.used[u];
    const count = counts.value[s];
    const m = table.find(counts.hi[s], counts.lo[s]);
    if (m < 0) {
      for (let l = 0; l < n; l++) distance[l] += MAX_DIFFERENCE;
      continue;
    }
    const base = (table.value[m] - 1) * n;
    for (let l = 0; l < n; l++) {
      const r = rank[base + l];
      if (r < 0) distance[l] += MAX_DIFFERENCE;
      else {
        const d = count - r - 1;
        distance[l] += d < 0 ? -d : d;
      }
    }
  }
  const ranking: Ranking = models.languages.map((l, i) => [l, distance[i]]);
  ranking.sort((a, b) => a[1] - b[1]);
  // franc's normalize()
  const min = ranking[0][1];
  const max = value.length * MAX_DIFFERENCE - min;
  for (const r of ranking) r[1] = 1 - (r[1] - min) / max || 0;
  return ranking;
}
