// One pass over a paragraph's words collects everything the language decision
// needs: sizes (short paragraphs are not detected on their own), function-word
// hits, Bokmål/Nynorsk markers and how much of the text is in Latin script.
import { ENGLISH, NORWEGIAN, SCANDINAVIAN, SWEDISH, type WordCounts } from './function-words.js';
import type { Standard, StandardCounts } from './norwegian-standard.js';

export interface TextStats extends WordCounts {
  letters: number;
  latinLetters: number;
  markers: StandardCounts;
}

// Tested one UTF-16 unit at a time, and only outside ASCII: astral letters
// (rare) are not counted, and a regular expression per word was the stage's
// hot spot.
const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;
const MARK_OR_NUMBER = /[\p{M}\p{N}]/u;
const NOT_WORD = 0, LATIN_LETTER = 1, OTHER_LETTER = 2, MARK_OR_DIGIT = 3;

// One map lookup per word instead of six set lookups (this loop is the
// stage's hot spot once franc is called sparingly).
const EN = 1, SCAN = 2, NO = 4, SV = 8, NB = 16, NN = 32;
interface Lexicon {
  lexicon: Map<string, number>;
  /** Longer words are never looked up (no folding of long tokens). */
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
  const built = { lexicon, maxKeyLength: Math.max(...[...lexicon.keys()].map((k) => k.length)) };
  lexicons.set(markers, built);
  return built;
}

export function textStats(text: string, markers: Map<string, Standard>): TextStats {
  const { lexicon, maxKeyLength } = lexiconFor(markers);
  const stats: TextStats = {
    words: 0, english: 0, scandinavian: 0, norwegian: 0, swedish: 0,
    letters: 0, latinLetters: 0, markers: { nb: 0, nn: 0 },
  };
  // Words are runs of letters, marks and digits.
  let wordStart = -1;
  for (let i = 0; i <= text.length; i++) {
    const kind = i < text.length ? charKind(text, i) : NOT_WORD;
    if (kind === LATIN_LETTER) stats.latinLetters++;
    if (kind === LATIN_LETTER || kind === OTHER_LETTER) stats.letters++;
    if (kind !== NOT_WORD) {
      if (wordStart < 0) wordStart = i;
      continue;
    }
    if (wordStart < 0) continue;
    stats.words++;
    if (i - wordStart <= maxKeyLength) countWord(text.slice(wordStart, i), lexicon, stats);
    wordStart = -1;
  }
  return stats;
}

function countWord(word: string, lexicon: Map<string, number>, stats: TextStats): void {
  let flags = lexicon.get(word.toLowerCase()); // a match key; the text is never changed
  if (!flags) return;
  if (word === 'I') flags &= ~SCAN; // the English pronoun, not Scandinavian "i"
  if (flags & EN) stats.english++;
  if (flags & SCAN) stats.scandinavian++;
  if (flags & NO) stats.norwegian++;
  if (flags & SV) stats.swedish++;
  if (flags & NB) stats.markers.nb++;
  if (flags & NN) stats.markers.nn++;
}

function charKind(text: string, i: number): number {
  const code = text.charCodeAt(i);
  if (code < 0x80) {
    if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) return LATIN_LETTER;
    return code >= 0x30 && code <= 0x39 ? MARK_OR_DIGIT : NOT_WORD;
  }
  const c = text[i];
  if (LETTER.test(c)) return LATIN.test(c) ? LATIN_LETTER : OTHER_LETTER;
  return MARK_OR_NUMBER.test(c) ? MARK_OR_DIGIT : NOT_WORD;
}
