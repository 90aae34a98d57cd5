// Sentence ends that Intl.Segmenter misses:
// - no space after the stop: "he stated.Belgian police" (common in scraped
//   text), but not "U.S.", "News.com.au" or "nrk.no";
// - a Norwegian quotation dash after a stop: "sier han. – Det er ille."
// Scans each character once and looks back a bounded distance, so a
// megabyte-long token costs linear time.
import type { Span } from '../types.js';
import { CLOSING, isLower, isSpace, isUpper } from './characters.js';

/** Left words longer than this are not words (URLs, hashes, hostile input). */
const MAX_WORD = 40;

/** Jumps from stop to stop natively; a character loop here cost as much as ICU itself. */
const STOP = /[.!?…]/g;

export function splitMissedEnds(text: string, span: Span): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  STOP.lastIndex = span.start;
  for (let m = STOP.exec(text); m && m.index < span.end; m = STOP.exec(text)) {
    const i = m.index;
    const cut = gluedCut(text, span, i) ?? dashCut(text, span, i);
    if (cut === null || cut <= start) continue;
    pieces.push(trimEnd(text, start, cut));
    start = cut;
  }
  pieces.push({ start, end: span.end });
  return pieces;
}

/** After "stated." directly followed by "Belgian": the cut is before the capital. */
function gluedCut(text: string, span: Span, stop: number): number | null {
  let j = stop + 1;
  while (j < span.end && CLOSING.has(text[j])) j++;
  if (!(isUpper(text[j]) && isLower(text[j + 1]))) return null;
  let k = stop - 1;
  while (k >= span.start && isLower(text[k]) && stop - k <= MAX_WORD) k--;
  const letters = stop - 1 - k;
  if (letters < 3 || stop - k > MAX_WORD) return null;
  // The word must stand alone: "www.site.Com" or "a/b.Cd" are not sentence ends.
  const before = text[k];
  if (k >= span.start && !(isSpace(before) || before === '(' || before === '"' || before === '“' || before === '«')) return null;
  return j;
}

/** After ". " directly followed by "– Capital": the cut is before the dash. */
function dashCut(text: string, span: Span, stop: number): number | null {
  let j = stop + 1;
  while (j < span.end && CLOSING.has(text[j])) j++;
  if (!isSpace(text[j])) return null;
  while (j < span.end && isSpace(text[j])) j++;
  if (text[j] !== '–' && text[j] !== '—') return null;
  let k = j + 1;
  while (k < span.end && isSpace(text[k])) k++;
  return isUpper(text[k]) ? j : null;
}

function trimEnd(text: string, start: number, end: number): Span {
  while (end > start && isSpace(text[end - 1])) end--;
  return { start, end };
}
