// One pass over a paragraph's words collects everything the language decision
// needs: sizes (short paragraphs are not detected on their own), function-word
// hits, Bokmål/Nynorsk markers and how much of the text is in Latin script.
import { ENGLISH, NORWEGIAN, SCANDINAVIAN, SWEDISH, type WordCounts } from './function-words.js';
import type { Standard, StandardCounts } from './norwegian-standard.js';
import { DEAD, SYMBOL, SYMBOLS, buildTrie, type AsciiTrie } from './word-trie.js';

export interface TextStats extends WordCounts {
  letters: number;
  latinLetters: number;
  markers: StandardCounts;
}

// Tested one UTF-16 unit at a time, and only outside ASCII (remembered per
// unit): astral letters (rare) are not counted, and a regular expression per
// character or word was the stage's hot spot.
const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;
const MARK_OR_NUMBER = /[\p{M}\p{N}]/u;
const NOT_WORD = 0, LATIN_LETTER = 1, OTHER_LETTER = 2, MARK_OR_DIGIT = 3;
/** Kind + 1 of each UTF-16 unit seen so far (0: not yet tested). */
const kinds = new Uint8Array(0x10000);

// One lookup per word instead of six set lookups.
const EN = 1, SCAN = 2, NO = 4, SV = 8, NB = 16, NN = 32;
const CAPITAL_I = 0x49;
interface Lexicon {
  lexicon: Map<string, number>;
  trie: AsciiTrie;
  /** Longer words are never looked up in the map (no folding of long tokens). */
  maxKeyLength: number;
}
const lexicons = new WeakMap<Map<string, Standard>, Lexicon>();

function lexiconFor(markers: Map<string, Standard>): Lexicon {
  const cached = lexicons.get(markers);
  if (cached) return cached;
  const lexicon = new Map<string, number>();
  const add = (words: Iterable<string>, flag: number) => {
    for (const w of words) lexicon.set(w, (lexicon.get(w) ?? 0) | flag);
  };
  add(ENGLISH, EN);
  add(SCANDINAVIAN, SCAN);
  add(NORWEGIAN, NO);
  add(SWEDISH, SV);
  for (const [form, standard] of markers) add([form], standard === 'nb' ? NB : NN);
  const built = { lexicon, trie: buildTrie(lexicon), maxKeyLength: Math.max(...[...lexicon.keys()].map((k) => k.length)) };
  lexicons.set(markers, built);
  return built;
}

export function emptyStats(): TextStats {
  return {
    words: 0, english: 0, scandinavian: 0, norwegian: 0, swedish: 0,
    letters: 0, latinLetters: 0, markers: { nb: 0, nn: 0 },
  };
}

/** Adds `part`'s counts to `total` (counts of texts joined by a non-word character add up). */
export function addStats(total: TextStats, part: TextStats): void {
  total.words += part.words;
  total.english += part.english;
  total.scandinavian += part.scandinavian;
  total.norwegian += part.norwegian;
  total.swedish += part.swedish;
  total.letters += part.letters;
  total.latinLetters += part.latinLetters;
  total.markers.nb += part.markers.nb;
  total.markers.nn += part.markers.nn;
}

export function textStats(text: string, markers: Map<string, Standard>): TextStats {
  const { lexicon, trie, maxKeyLength } = lexiconFor(markers);
  const { next, flags } = trie;
  const stats = emptyStats();
  // Words are runs of letters, marks and digits. While a word is all ASCII,
  // `node` follows it in the trie; `ascii` turns false at its first other unit.
  let wordStart = -1;
  let node = 0;
  let ascii = true;
  let letters = 0;
  let latinLetters = 0;
  const length = text.length;
  for (let i = 0; i <= length; i++) {
    const code = i < length ? text.charCodeAt(i) : 0x20;
    let kind: number;
    if (code < 0x80) {
      const symbol = SYMBOL[code];
      if (symbol >= 0) {
        if (wordStart < 0) {
          wordStart = i;
          node = 0;
          ascii = true;
        }
        if (node !== DEAD) node = next[node * SYMBOLS + symbol];
        if (symbol < 26) {
          latinLetters++;
          letters++;
        }
        continue;
      }
      kind = NOT_WORD;
    } else {
      kind = kindOf(code);
      if (kind === LATIN_LETTER) latinLetters++;
      if (kind === LATIN_LETTER || kind === OTHER_LETTER) letters++;
      if (kind !== NOT_WORD) {
        if (wordStart < 0) wordStart = i;
        ascii = false;
        continue;
      }
    }
    if (wordStart < 0) continue;
    stats.words++;
    if (ascii) {
      if (node !== DEAD && flags[node]) count(flags[node], i - wordStart === 1 && text.charCodeAt(wordStart) === CAPITAL_I, stats);
    } else if (i - wordStart <= maxKeyLength) {
      const word = text.slice(wordStart, i);
      const found = lexicon.get(word.toLowerCase()); // a match key; the text is never changed
      if (found) count(found, word === 'I', stats);
    }
    wordStart = -1;
  }
  stats.letters = letters;
  stats.latinLetters = latinLetters;
  return stats;
}

function count(flags: number, capitalI: boolean, stats: TextStats): void {
  if (capitalI) flags &= ~SCAN; // the English pronoun, not Scandinavian "i"
  if (flags & EN) stats.english++;
  if (flags & SCAN) stats.scandinavian++;
  if (flags & NO) stats.norwegian++;
  if (flags & SV) stats.swedish++;
  if (flags & NB) stats.markers.nb++;
  if (flags & NN) stats.markers.nn++;
}

/** The kind of a non-ASCII UTF-16 unit. */
function kindOf(code: number): number {
  const known = kinds[code];
  if (known) return known - 1;
  const c = String.fromCharCode(code);
  const kind = LETTER.test(c) ? (LATIN.test(c) ? LATIN_LETTER : OTHER_LETTER) : MARK_OR_NUMBER.test(c) ? MARK_OR_DIGIT : NOT_WORD;
  kinds[code] = kind + 1;
  return kind;
}
