// Character classes the sentence rules share. Single UTF-16 units are tested,
// which is enough: every character named here is in the BMP.
import { isWhiteSpaceCode } from '../language/white-space.js';

export const TERMINAL = new Set(['.', '!', '?', '…']);
/** Marks that close a quotation or bracket and belong to the sentence before them. */
export const CLOSING = new Set(['”', '"', '»', '’', "'", ')', ']']);
/** Marks that open a quotation or bracket before a sentence's first word. */
export const OPENING = new Set(['“', '"', '«', '‘', "'", '(', '[', '„']);
/** Bullets that start a list item (or, for the dashes, a quoted reply) at the start of a line. */
const BULLET_ALONE = new Set(['•', '◦', '▪', '‣', '·', '●', '○', '■', '□', '►', '▶']);
const BULLET_WITH_SPACE = new Set(['-', '*', '–', '—']);

const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

// ASCII is decided without a regular expression: these run once per character.
export function isUpper(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return code < 0x80 ? code >= 0x41 && code <= 0x5a : UPPER.test(c);
}
export function isLower(c: string | undefined): boolean {
  if (c === undefined) return false;
  const code = c.charCodeAt(0);
  return code < 0x80 ? code >= 0x61 && code <= 0x7a : LOWER.test(c);
}
export const isDigit = (c: string | undefined): boolean => c !== undefined && c >= '0' && c <= '9';
export function isSpace(c: string | undefined): boolean {
  return c !== undefined && isWhiteSpaceCode(c.charCodeAt(0));
}
export const isLineBreak = (c: string): boolean =>
  c === '\n' || c === '\r' || c === '\u2028' || c === '\u2029' || c === '\v' || c === '\f' || c === '\u0085';

/** Whether text[i] starts a bullet ("• x", "- x", "* x", "– x"). */
export function isBulletAt(text: string, i: number): boolean {
  const c = text[i];
  if (BULLET_ALONE.has(c)) return true;
  return BULLET_WITH_SPACE.has(c) && (text[i + 1] === ' ' || text[i + 1] === '\t' || text[i + 1] === '\u00a0');
}

/** Index of the first letter or digit at or after `from`, skipping opening marks (not past `end`). */
export function firstWordCharacter(text: string, from: number, end: number): number {
  let i = from;
  while (i < end && (OPENING.has(text[i]) || isSpace(text[i]))) i++;
  return i;
}

/**
 * Whether [start, end) ends a sentence: terminal punctuation, optionally
 * followed by closing quotes or brackets ("He left.”", "(Reuters.)").
 */
export function endsWithTerminal(text: string, start: number, end: number): boolean {
  let i = end - 1;
  while (i >= start && CLOSING.has(text[i])) i--;
  return i >= start && TERMINAL.has(text[i]);
}

export function hasLetterOrDigit(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) {
      if ((code >= 0x30 && code <= 0x39) || ((code | 0x20) >= 0x61 && (code | 0x20) <= 0x7a)) return true;
    } else if (LETTER_OR_DIGIT.test(text[i])) {
      return true;
    }
  }
  return false;
}
