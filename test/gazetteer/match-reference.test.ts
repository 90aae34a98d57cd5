// matchSentence against a brute-force reference on arbitrary sentences:
// every pattern tried at every word, all candidates sorted by start, longest
// first, ties in the trie's walk order (exact word before prefixes, shorter
// prefixes first, then row order), and each kind's non-overlapping ones
// taken greedily. The gazetteer is made for collisions: one word matched
// exactly and by prefix, prefixes within prefixes, multi-word patterns
// sharing words, places needing capitals, rows per language, possessives.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadGazetteer, patternWords } from '../../src/gazetteer/load.js';
import { matchSentence } from '../../src/gazetteer/match.js';
import { tokenize } from '../../src/gazetteer/tokenize.js';
import type { Lang } from '../../src/types.js';
import { writeGazetteer } from '../helpers/tiny-gazetteer.js';

const FILES: Record<string, string> = {
  'countries.tsv':
    'form\tcountry\tkind\tlang\tlat\tlon\nNorway\tNO\tname\ten\t62\t10\nChina\tCN\tname\ten\t35\t105\nChinese\tCN\tdemonym\ten\t\t\n' +
    'kinesiske\tCN\tdemonym\tnb\t\t\nTürkiye\tTR\tname\ten\t39\t35\nTurkey\tTR\tname\ten\t39\t35\nSouth Africa\tZA\tname\ten\t\t\nSør-Afrika\tZA\tname\tno\t\t\n',
  'places.tsv':
    'form\tcountry\tprecision\tlat\tlon\nSplit\tTR\tcity\t43.5\t16.4\nMoss\tNO\tcity\t59.4\t10.7\nNew York\tZA\tcity\t40.7\t-74\nYork\tCN\tcity\t53.9\t-1.1\nOslo\tNO\tcity\t59.9\t10.7\nChina\tCN\tregion\t35\t105\n',
  'actors.tsv':
    'form\ttype\tcountry\tlang\tnote\npolice\tpolice\t\ten\t\nsecret police\tsecurity\t\ten\t\nstate security\tsecurity\t\ten\t\npolice officer*\tpolice\t\ten\t\n' +
    'myndighet*\tgovernment\t\tno\t\nChinese police\tpolice\tCN\ten\t\nChina\tstate\tCN\t*\t\npoliti*\tpolice\t\tnb\t\npolitiet\tpolice\t\tnn\t\n',
  'groups.tsv': 'form\tgroup\tlang\tnote\nuigur*\tUyghurs\tno\t\nUyghurs\tUyghurs\ten\t\nuyghur*\tUyghur people\ten\t\nuyghurs\tUyghur group\ten\t\nUyghur students\tstudents\ten\t\n',
  'triggers.tsv':
    'pattern\ttactic\tlang\tnote\narrest*\tDETENTION\ten\t\narrested\tTHREAT\ten\t\narrested and detained\tDETENTION\ten\t\nsent to prison\tDETENTION\ten\t\n' +
    'sent*\tTHREAT\ten\t\nthreat*\tTHREAT\ten\t\nthreaten*\tSURVEILLANCE\ten\t\nheld\tDETENTION\t*\t\nheld in custody\tDETENTION\ten\t\narrestert*\tDETENTION\tno\t\n' +
    'police arrest*\tSURVEILLANCE\ten\t\narrest* and detain*\tTHREAT\ten\t\nsecret police spied\tSURVEILLANCE\ten\t\n',
  'cues.tsv': 'pattern\tcue\tlang\tnote\nnot\tnegation\ten\t\nnot arrested\tnegation\ten\t\nikke\tnegation\tno\t\nmay\tmodal\ten\t\nmay not\tnegation\ten\t\n',
};
const SPECS = ['countries.tsv', 'places.tsv', 'actors.tsv', 'groups.tsv', 'triggers.tsv', 'cues.tsv'];

const gaz = loadGazetteer(writeGazetteer(FILES));

// ---- the reference ----

interface Pattern {
  words: string[];
  kind: string;
  value: string;
  lang: string;
  origin: string;
}

function patternsOf(): Pattern[] {
  const out: Pattern[] = [];
  for (const name of SPECS) {
    const [header, ...rows] = FILES[name].trim().split('\n');
    const cols = header.split('\t');
    rows.forEach((row, k) => {
      const v = Object.fromEntries(row.split('\t').map((c, i) => [cols[i], c]));
      const origin = `${name}:${k + 2}`;
      const words = patternWords(v.form ?? v.pattern);
      if (name === 'countries.tsv') out.push({ words, kind: v.kind === 'name' ? 'place' : 'demonym', value: v.country, lang: v.lang || '*', origin });
      else if (name === 'places.tsv') out.push({ words, kind: 'place', value: v.country, lang: '*', origin });
      else if (name === 'actors.tsv') out.push({ words, kind: 'actor', value: v.type, lang: v.lang || '*', origin });
      else if (name === 'groups.tsv') out.push({ words, kind: 'group', value: v.group, lang: v.lang || '*', origin });
      else if (name === 'triggers.tsv') out.push({ words, kind: 'trigger', value: v.tactic, lang: v.lang || '*', origin });
      else out.push({ words, kind: 'cue', value: v.cue, lang: v.lang || '*', origin });
    });
  }
  return out;
}
const PATTERNS = patternsOf();

/**
 * The walk order of a pattern's node, word by word: an exact word before
 * prefixes, prefixes by length, then by when their node was made (row order).
 */
const made = new Map<string, number>();
for (const p of PATTERNS) {
  p.words.forEach((w, k) => {
    const id = JSON.stringify(p.words.slice(0, k + 1));
    if (w.endsWith('*') && !made.has(id)) made.set(id, made.size);
  });
}
const rankOf = (p: Pattern): number[] =>
  p.words.flatMap((w, k) => (w.endsWith('*') ? [1, w.length, made.get(JSON.stringify(p.words.slice(0, k + 1)))!] : [0, 0, 0]));

function compareRanks(a: number[], b: number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i] - b[i];
  return a.length - b.length;
}

const langOk = (entry: string, lang: Lang) => entry === '*' || entry === lang || (lang !== 'en' && ['no', 'nb', 'nn'].includes(entry));
const capitalised = (c: string) => c !== c.toLowerCase();

function reference(text: string, lang: Lang) {
  const tokens = tokenize(text);
  const cands: { p: Pattern; order: number; start: number; end: number }[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i].clitic) continue;
    PATTERNS.forEach((p, order) => {
      if (!langOk(p.lang, lang)) return;
      if (p.kind === 'place' && !capitalised(text.charAt(tokens[i].start))) return;
      let j = i;
      for (let k = 0; k < p.words.length; k++) {
        if (k > 0) {
          j++;
          while (j < tokens.length && tokens[j].clitic) j++;
        }
        if (j >= tokens.length) return;
        const w = p.words[k], key = tokens[j].key;
        if (w.endsWith('*') ? !key.startsWith(w.slice(0, -1)) : key !== w) return;
      }
      cands.push({ p, order, start: tokens[i].start, end: tokens[j].end });
    });
  }
  cands.sort((a, b) => a.start - b.start || b.end - a.end || compareRanks(rankOf(a.p), rankOf(b.p)) || a.order - b.order);
  const reach = new Map<string, number>();
  const out = [];
  for (const c of cands) {
    if (c.start < (reach.get(c.p.kind) ?? -1)) continue;
    reach.set(c.p.kind, c.end);
    out.push({ kind: c.p.kind, start: c.start, end: c.end, text: text.slice(c.start, c.end), value: c.p.value, origin: c.p.origin });
  }
  return out.sort((a, b) => a.start - b.start || b.end - a.end || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
}

// ---- sentences made of the patterns' words and their neighbours ----

const WORDS = [
  'Norway', 'China', 'CHINA', 'china', 'Chinese', 'chinese', 'kinesiske', 'Türkiye', 'Turkiye', 'Turkey', 'South', 'Africa', 'Sør-Afrika', 'Sor', 'Afrika',
  'Split', 'split', 'Moss', 'moss', 'New', 'new', 'York', 'york', 'Oslo', 'police', 'Police', 'POLICE', 'secret', 'Secret', 'state', 'security',
  'officer', 'officers', 'officers’', 'myndighetene', 'Myndighet', 'politiet', 'Politiet', 'politi', 'uigurer', 'Uigur', 'Uyghurs', 'uyghurs', 'Uyghur',
  'uyghurstudents', 'students', 'arrest', 'arrested', 'Arrested', 'arresting', 'arrestert', 'arresterte', 'and', 'detained', 'detain', 'sent', 'sentenced',
  'to', 'prison', 'threat', 'threats', 'threatened', 'threatening', 'thr', 'held', 'in', 'custody', 'spied', 'not', 'Not', 'ikke', 'may', 'May', 'the',
  'a', 'of', 'i', 'arr', 'po',
  // whole phrases, so that long patterns and their collisions come up often
  'arrested and detained', 'arresting and detaining', 'arrest and detain', 'sent to prison', 'held in custody', 'secret police spied',
  'Chinese police', 'New York', 'South Africa', 'police officers', 'state security', 'not arrested', 'may not', 'Uyghur students',
];
const SEPARATORS = [' ', ' ', ' ', ', ', '. ', "'s ", '’s ', "' s ", '-', ' (', ') ', '\u00a0'];
const sentence = fc
  .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { minLength: 1, maxLength: 14 })
  .map((parts) => parts.map(([w, s]) => w + s).join(''));

describe('matchSentence', () => {
  it('finds what the brute-force reference finds, in any language', () => {
    fc.assert(
      fc.property(sentence, fc.constantFrom<Lang>('en', 'nb', 'nn'), (text, lang) => {
        const got = matchSentence(text, 0, text.length, lang, gaz, 0).map(({ kind, start, end, text: t, value, origin }) => ({ kind, start, end, text: t, value, origin }));
        expect(got).toEqual(reference(text, lang));
      }),
      { numRuns: 3000 },
    );
  });

  it('the reference itself sees the collisions it is meant to (exact before prefix, longest first)', () => {
    const ms = reference('They arrested and detained Uyghurs in New York.', 'en');
    expect(ms.filter((m) => m.kind === 'trigger').map((m) => [m.text, m.value])).toEqual([['arrested and detained', 'DETENTION']]); // not `arrest* and detain*`
    expect(ms.filter((m) => m.kind === 'place').map((m) => m.text)).toEqual(['New York']);
    expect(reference('They arrested him.', 'en').find((m) => m.kind === 'trigger')?.value).toBe('THREAT'); // `arrested` before `arrest*`
    expect(reference('split the moss', 'en').filter((m) => m.kind === 'place')).toEqual([]);
    expect(reference('Police arrested him', 'en').filter((m) => m.kind === 'trigger').map((m) => m.text)).toEqual(['Police arrested']);
  });
});
