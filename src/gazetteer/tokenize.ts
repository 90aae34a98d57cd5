// Words of a span of text with their offsets. A word is a run of letters,
// marks and digits; apostrophes and hyphens split words. A possessive `'s`
// after a word is flagged so that matching can step over it ("China's").
import { foldKey } from './fold.js';

export interface Token {
  start: number;
  end: number;
  /** Folded match key. */
  key: string;
  /** The `s` of a possessive `'s` / `’s`. */
  clitic: boolean;
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

/** A hand-written scanner: the same words as /[\p{L}\p{M}\p{N}]+/gu without a match object per word. */
function scan(text: string, start: number, end: number): Token[] {
  const out: Token[] = [];
  let i = start;
  while (i < end) {
    let n = wordCharAt(text, i);
    if (n === 0) {
      i++;
      continue;
    }
    const s = i;
    i += n;
    while (i < end && (n = wordCharAt(text, i)) !== 0) i += n;
    if (i > end) i = end; // an astral letter cut by the span end
    const word = text.slice(s, i);
    const prev = text.charCodeAt(s - 1);
    const clitic = i - s === 1 && (word === 's' || word === 'S') && (prev === 0x27 || prev === 0x2019);
    out.push({ start: s, end: i, key: foldKey(word), clitic });
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
  if (end > SPAN || start < 0) return scan(text, start, end);
  if (text !== memoText) {
    memoText = text;
    memo.clear();
  }
  const key = start * SPAN + end;
  let tokens = memo.get(key);
  if (!tokens) memo.set(key, (tokens = scan(text, start, end)));
  return tokens;
}
