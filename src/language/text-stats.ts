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

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
// Tested one UTF-16 unit at a time: astral letters (rare) are not counted.
const LETTER = /\p{L}/u;
const LATIN = /\p{Script=Latin}/u;
/** Longer tokens are never function words or markers; skip folding them. */
const MAX_KEY_LENGTH = 12;

// One map lookup per word instead of six set lookups (this loop is the
// stage's hot spot once franc is called sparingly).
const EN = 1, SCAN = 2, NO = 4, SV = 8, NB = 16, NN = 32;
const lexicons = new WeakMap<Map<string, Standard>, Map<string, number>>();

function lexiconFor(markers: Map<string, Standard>): Map<string, number> {
  let lexicon = lexicons.get(markers);
  if (lexicon) return lexicon;
  lexicon = new Map();
  const add = (words: Iterable<string>, flag: number) => {
    for (const w of words) lexicon!.set(w, (lexicon!.get(w) ?? 0) | flag);
  };
  add(ENGLISH, EN);
  add(SCANDINAVIAN, SCAN);
  add(NORWEGIAN, NO);
  add(SWEDISH, SV);
  for (const [form, standard] of markers) add([form], standard === 'nb' ? NB : NN);
  lexicons.set(markers, lexicon);
  return lexicon;
}

export function textStats(text: string, markers: Map<string, Standard>): TextStats {
  const lexicon = lexiconFor(markers);
  const stats: TextStats = {
    words: 0, english: 0, scandinavian: 0, norwegian: 0, swedish: 0,
    letters: 0, latinLetters: 0, markers: { nb: 0, nn: 0 },
  };
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    const word = m[0];
    stats.words++;
    countLetters(word, stats);
    if (word.length > MAX_KEY_LENGTH) continue;
    const flags = lexicon.get(word) ?? lexicon.get(word.toLowerCase()); // a match key; the text is never changed
    if (!flags) continue;
    if (flags & EN) stats.english++;
    if (flags & SCAN) stats.scandinavian++;
    if (flags & NO) stats.norwegian++;
    if (flags & SV) stats.swedish++;
    if (flags & NB) stats.markers.nb++;
    if (flags & NN) stats.markers.nn++;
  }
  return stats;
}

/** Adds a word's letters; ASCII is decided without a regular expression (speed). */
function countLetters(word: string, stats: TextStats): void {
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code < 0x80) {
      if ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a) {
        stats.letters++;
        stats.latinLetters++;
      }
    } else if (LETTER.test(word[i])) {
      stats.letters++;
      if (LATIN.test(word[i])) stats.latinLetters++;
    }
  }
}
