// Generates the benchmark corpus: varied copies of the embedded articles in
// both languages until the wanted size is reached. Each copy keeps its head
// lines, shuffles and trims its body paragraphs, gives every name-like word a
// fresh invented name, shifts years and redraws other numbers, and about one
// in five is wrapped as an HTML page. Deterministic for a given seed.
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fold } from './gazetteer-names.mjs';

const GENERATOR = 'bench-corpus v1';
const PER_FOLDER = 500;
const SYLLABLES = ['ka', 'mi', 'ro', 'tur', 'sun', 'el', 'ya', 'bek', 'lin', 'dor', 'va', 'nes', 'gul', 'ha', 'ri', 'to', 'an', 'se', 'mu', 'ra', 'jo', 'sig', 'rid', 'ok', 'ze', 'li', 'ma', 'dil', 'far', 'ni'];

export function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAME_WORD = /(?<![\p{L}\p{M}\p{N}])\p{Lu}\p{Ll}{2,}(?![\p{L}\p{M}\p{N}])/gu;
const NORWEGIAN = /\b(og|ikke|ikkje|som|til|har|med|av)\b/g;
const ENGLISH = /\b(the|and|of|to|was|with)\b/g;

/**
 * Capitalised words that are no gazetteer word, never appear in lower case
 * and appear at least once inside a sentence: names, mostly.
 */
function nameWords(texts, vocabulary, prefixes) {
  const lower = new Set();
  for (const t of texts) for (const w of t.match(/[\p{L}]+/gu) ?? []) if (w === w.toLowerCase()) lower.add(w);
  const known = (w) => vocabulary.has(fold(w)) || prefixes.some((p) => fold(w).startsWith(p)) || lower.has(w.toLowerCase());
  const names = new Set();
  for (const t of texts)
    for (const m of t.matchAll(NAME_WORD)) {
      const before = t.slice(Math.max(0, m.index - 3), m.index);
      if (/[\p{L},] $/u.test(before) && !known(m[0])) names.add(m[0]);
    }
  return names;
}

function loadSeeds(corpusDir, vocabulary, prefixes) {
  const files = readdirSync(corpusDir).filter((f) => /\.(txt|md)$/.test(f)).sort();
  const texts = files.map((f) => readFileSync(join(corpusDir, f), 'utf8').replace(/^\uFEFF/, ''));
  const names = nameWords(texts, vocabulary, prefixes);
  return texts.map((text, i) => {
    const no = (text.match(NORWEGIAN) ?? []).length > (text.match(ENGLISH) ?? []).length;
    const paras = text.split(/\n[ \t]*\n/);
    return { id: files[i].replace(/\.[^.]+$/, ''), lang: no ? 'no' : 'en', head: paras.slice(0, 2), body: paras.slice(2), names };
  });
}

function inventName(rand) {
  const n = 2 + Math.floor(rand() * 2);
  let s = '';
  for (let i = 0; i < n; i++) s += SYLLABLES[Math.floor(rand() * SYLLABLES.length)];
  return s[0].toUpperCase() + s.slice(1);
}

function vary(seed, rand) {
  const body = seed.body.slice();
  for (let i = body.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [body[i], body[j]] = [body[j], body[i]];
  }
  const keep = Math.max(1, Math.round(body.length * (0.6 + 0.4 * rand())));
  const yearShift = Math.floor(rand() * 7) - 3;
  const rename = new Map();
  const text = [...seed.head, ...body.slice(0, keep)].join('\n\n')
    .replace(NAME_WORD, (w) => {
      if (!seed.names.has(w)) return w;
      if (!rename.has(w)) rename.set(w, inventName(rand));
      return rename.get(w);
    })
    .replace(/\d+/g, (d) => {
      if (d.length === 4 && /^(19|20)/.test(d)) return String(Number(d) + yearShift);
      if (d.length > 4) return d;
      let s = String(1 + Math.floor(rand() * 9));
      while (s.length < d.length) s += Math.floor(rand() * 10);
      return s;
    });
  return text;
}

const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function asHtml(text) {
  const paras = text.split(/\n[ \t]*\n/).map((p) => p.trim()).filter(Boolean);
  const title = escapeHtml(paras[0] ?? '');
  return `<!doctype html>\n<html><head><meta charset="utf-8"><title>${title}</title></head>\n<body><nav><a href="/">Home</a></nav><article>\n<h1>${title}</h1>\n${paras.slice(1).map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}\n</article><footer>© News</footer></body></html>\n`;
}

/**
 * Writes about `megabytes` MB of articles under `dir` (reused when a complete
 * corpus of the same size and seed is already there). Returns its size.
 */
export function generateCorpus({ corpusDir, dir, megabytes, seed = 1, vocabulary, prefixes }) {
  const marker = join(dir, '.complete');
  const params = JSON.stringify({ GENERATOR, megabytes, seed });
  if (existsSync(marker) && readFileSync(marker, 'utf8') === params) return JSON.parse(readFileSync(join(dir, '.stats'), 'utf8'));
  rmSync(dir, { recursive: true, force: true });
  const seeds = loadSeeds(corpusDir, vocabulary, prefixes);
  // Norwegian seeds weighted up so both languages are well represented.
  const pool = seeds.flatMap((s) => (s.lang === 'no' ? [s, s] : [s]));
  const rand = prng(seed);
  const target = megabytes * 1e6;
  let bytes = 0, files = 0, html = 0;
  const langs = { en: 0, no: 0 };
  while (bytes < target) {
    const s = pool[Math.floor(rand() * pool.length)];
    const folder = join(dir, String(Math.floor(files / PER_FOLDER)).padStart(4, '0'));
    if (files % PER_FOLDER === 0) mkdirSync(folder, { recursive: true });
    const text = vary(s, rand);
    const isHtml = rand() < 0.2;
    const content = isHtml ? asHtml(text) : text;
    const name = `${String(files).padStart(7, '0')}_${s.lang}_${s.id.slice(0, 3)}.${isHtml ? 'html' : 'txt'}`;
    writeFileSync(join(folder, name), content);
    bytes += Buffer.byteLength(content);
    files++;
    langs[s.lang]++;
    if (isHtml) html++;
  }
  const stats = { files, bytes, html, langs };
  writeFileSync(join(dir, '.stats'), JSON.stringify(stats));
  writeFileSync(marker, params);
  return stats;
}
