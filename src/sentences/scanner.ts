// Sentence boundaries by Unicode's rules (UAX #29, as Intl.Segmenter applies
// them), in one pass that only stops at terminal punctuation and line
// breaks. Intl.Segmenter gives the same pieces but costs ~1 µs a piece plus
// time that grows with the string's length (see chunks.ts); this scanner is
// linear and several times faster. It handles the characters break-classes.ts supports and returns
// null for a chunk with any other, which then goes to Intl.Segmenter.
//
// The rules, for a terminal T ("." is ATerm; "!", "?" and others are STerm):
// T Close* Sp* ParaSep? ends a sentence (SB11), unless what follows is
// - SContinue or another terminal ("?!", "?, he asked", "Oslo. – Hei") (SB8a);
// - for ".": lower case, possibly after non-letters ("e.g. (see) the") (SB8);
// - for "." directly: a digit ("3.5") (SB6), or a capital after a letter ("U.S.A") (SB7).
// Line breaks (CR LF, LF, CR, NEL, LS, PS) always end a piece (SB4).
import type { Span } from '../types.js';
import {
  ATERM, CLASSES, CLOSE, CR, LF, LOWER, NUMERIC, OLETTER, SCONTINUE, SEP, SP, STERM, UNSUPPORTED, UPPER,
} from './break-classes.js';

/** A regular expression character class of the UTF-16 units whose class is in `kinds`. */
function unitsOf(kinds: number[]): string {
  let source = '';
  for (let code = 0; code < 0x10000; code++) {
    if (!kinds.includes(CLASSES[code])) continue;
    let last = code;
    while (last + 1 < 0x10000 && kinds.includes(CLASSES[last + 1])) last++;
    const hex = (n: number) => `\\u${n.toString(16).padStart(4, '0')}`;
    source += last > code ? `${hex(code)}-${hex(last)}` : hex(code);
    code = last;
  }
  return `[${source}]`;
}

// Native searches skip the characters no rule starts at (most of them). Two
// searches are faster than one for both: the long class of unsupported
// characters slows the search for the few that matter.
const UNSUPPORTED_UNIT = new RegExp(unitsOf([UNSUPPORTED]));
const STOP = new RegExp(unitsOf([CR, LF, SEP, ATERM, STERM]), 'g');

/**
 * The pieces Intl.Segmenter would cut text.slice(start, end) into (as spans
 * of `text`, untrimmed), or null if the chunk holds a character the scanner
 * does not support.
 */
export function scanSentences(text: string, start: number, end: number): Span[] | null {
  const chunk = text.slice(start, end);
  if (UNSUPPORTED_UNIT.test(chunk)) return null;
  const pieces: Span[] = [];
  let from = 0;
  STOP.lastIndex = 0;
  // test() moves lastIndex past the match without building a match array.
  while (STOP.test(chunk)) {
    const i = STOP.lastIndex - 1;
    const kind = CLASSES[chunk.charCodeAt(i)];
    let cut: number;
    if (kind === CR) {
      cut = chunk.charCodeAt(i + 1) === 0x0a ? i + 2 : i + 1;
    } else if (kind === LF || kind === SEP) {
      cut = i + 1;
    } else {
      const after = afterTerminal(chunk, i);
      if (after < 0) {
        STOP.lastIndex = -after; // no break: go on from what follows
        continue;
      }
      cut = after;
    }
    pieces.push({ start: start + from, end: start + cut });
    from = cut;
    STOP.lastIndex = cut;
  }
  if (from < chunk.length) pieces.push({ start: start + from, end });
  return pieces;
}

/**
 * For the terminal at `t`: where the piece ends (after its closing marks and
 * spaces, and a line break if one follows), or minus where scanning goes on
 * when the sentence does not end there.
 */
function afterTerminal(chunk: string, t: number): number {
  const end = chunk.length;
  let j = t + 1;
  while (j < end && CLASSES[chunk.charCodeAt(j)] === CLOSE) j++;
  while (j < end && CLASSES[chunk.charCodeAt(j)] === SP) j++;
  if (j === end) return end;
  const next = CLASSES[chunk.charCodeAt(j)];
  if (next === CR || next === LF || next === SEP) return -j; // the line break ends the piece
  if (next === SCONTINUE || next === ATERM || next === STERM) return -j; // SB8a
  if (CLASSES[chunk.charCodeAt(t)] === ATERM) {
    if (j === t + 1) {
      if (next === NUMERIC) return -j; // SB6
      if (next === UPPER && t > 0) {
        const before = CLASSES[chunk.charCodeAt(t - 1)];
        if (before === UPPER || before === LOWER) return -j; // SB7
      }
    }
    if (lowerFollows(chunk, j)) return -j; // SB8
  }
  return j; // SB11
}

/** Whether a lower-case letter comes before any other letter, line break or terminal from `j` on (SB8). */
function lowerFollows(chunk: string, j: number): boolean {
  for (let k = j; k < chunk.length; k++) {
    const kind = CLASSES[chunk.charCodeAt(k)];
    if (kind === LOWER) return true;
    if (kind === UPPER || kind === OLETTER || kind === CR || kind === LF || kind === SEP || kind === ATERM || kind === STERM) {
      return false;
    }
  }
  return false;
}
