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

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function tokenize(text: string, start = 0, end = text.length): Token[] {
  const out: Token[] = [];
  const slice = text.slice(start, end);
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(slice)) !== null) {
    const s = start + m.index;
    const word = m[0];
    const prev = text.charCodeAt(s - 1);
    const clitic = (word === 's' || word === 'S') && (prev === 0x27 || prev === 0x2019);
    out.push({ start: s, end: s + word.length, key: foldKey(word), clitic });
  }
  return out;
}
