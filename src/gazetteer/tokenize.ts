// Words of a span of text with their offsets. A word is a run of letters,
// marks and digits; apostrophes and hyphens split words. A possessive `'s`
// after a word is flagged so that matching can step over it ("China's").
import { foldKey } from './fold.js';
import { asciiWord, keyWord, wordKey, wordsBetweenTexts } from './words.js';

export interface Token {
  start: number;
  end: number;
  /** Folded match key. */
  key: string;
  /** The `s` of a possessive `'s` / `’s`. */
  clitic: boolean;
  /**
   * The key's word number (words.ts), for the matcher. Valid until words of
   * another text are asked for: use tokens of the text last tokenized.
   */
  word: number;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;
/** Per BMP code unit: 1 word character, 2 not, 0 not yet known (filled on first sight). */
const kind = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) kind[c] = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 1 : 2;

/** Length of the word character at `i` (2 for an astral letter), or 0. */
function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  let k = kind[c];
  if (k === 0) kind[c] = k = WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1 ? 1 : 0;
}

const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;

/** Per ASCII code unit: 1 for a word character (letter or digit). */
const ASCII_WORD = kind.subarray(0, 0x80).map((k) => (k === 1 ? 1 : 0));

/**
 * A hand-written scanner: the same words as /[\p{L}\p{M}\p{N}]+/gu without a
 * match object per word. An all-ASCII word (most words) is found in the
 * word table from the text itself, with no substring; other words are cut
 * out and folded.
 */
function scan(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    let c = text.charCodeAt(i);
    let n = c < 0x80 ? ASCII_WORD[c] : wordCharAt(text, i);
    if (n === 0) {
      i++;
      continue;
    }
    const s = i;
    let ascii = c < 0x80;
    i += n;
    while (i < end) {
      c = text.charCodeAt(i);
      if (c < 0x80) {
        if (ASCII_WORD[c] === 0) break;
        i++;
      } else {
        n = wordCharAt(text, i);
        if (n === 0) break;
        ascii = false;
        i += n;
      }
    }
    if (i > end) i = end; // an astral letter cut by the span end
    const word = ascii ? asciiWord(text, s, i) : keyWord(foldKey(text.slice(s, i)));
    const first = text.charCodeAt(s);
    const clitic = i - s === 1 && (first === 0x73 || first === 0x53) && isApostrophe(text.charCodeAt(s - 1));
    out.push({ start: s, end: i, key: wordKey(word), clitic, word });
  }
  return out;
}

// The gazetteer and event stages both need every sentence's words: the
// tokens of the last text seen are kept, so each sentence is scanned once.
// Callers must treat the returned array as read-only.
let memoText: string | null = null;
const memo = new Map<number, Token[]>();
const SPAN = 2 ** 26; // offsets beyond this (64 MB) are not memoised

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  if (end > SPAN || start < 0) {
    // Not memoised. The word table may start afresh here (as between texts),
    // which would leave memoised tokens with stale numbers: drop them.
    memoText = null;
    memo.clear();
    wordsBetweenTexts();
    return scan(text, start, end);
  }
  if (text !== memoText) {
    memoText = text;
    memo.clear();
    wordsBetweenTexts();
  }
  const key = start * SPAN + end;
  let tokens = memo.get(key);
  if (!tokens) memo.set(key, (tokens = scan(text, start, end)));
  return tokens;
}
