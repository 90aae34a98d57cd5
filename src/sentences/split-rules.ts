// Sentence ends that Intl.Segmenter misses:
// - no space after the stop: "he stated.Belgian police" (common in scraped
//   text), but not "U.S.", "News.com.au" or "nrk.no";
// - a Norwegian quotation dash after a stop: "sier han. – Det er ille.";
// - a sentence that starts with a number: "had a majority. 48 per cent were"
//   (ICU never splits before a digit), unless the stop ends an abbreviation.
// Scans each character once and looks back a bounded distance, so a
// megabyte-long token costs linear time.
import type { Lang, Span } from '../types.js';
import { abbreviationBefore } from './abbreviations.js';
import { CLOSING, isDigit, isLower, isSpace, isUpper } from './characters.js';

/** Left words longer than this are not words (URLs, hashes, hostile input). */
const MAX_WORD = 40;
const LETTER = /\p{L}/u;

/** Jumps from stop to stop natively; a character loop here cost as much as ICU itself. */
const STOP = /[.!?…]/g;

export function splitMissedEnds(text: string, span: Span, lang: Lang): Span[] {
  const pieces: Span[] = [];
  let start = span.start;
  // Searched within the span only: searching `text` from span.start would run
  // on to the end of the text for every stopless span (quadratic).
  const slice = text.slice(span.start, span.end);
  STOP.lastIndex = 0;
  // test() moves lastIndex past the stop without building a match array.
  while (STOP.test(slice)) {
    const i = span.start + STOP.lastIndex - 1;
    const cut = gluedCut(text, span, i) ?? dashCut(text, span, i) ?? numberCut(text, span, i, lang);
    if (cut === null || cut <= start) continue;
    pieces.push(trimEnd(text, start, cut));
    start = cut;
  }
  pieces.push(start === span.start ? span : { start, end: span.end }); // the span itself if nothing was cut
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

/**
 * After "word. " directly followed by a number and a space: the cut is before
 * the number. The word must be a real word of three letters or more that is
 * not a listed abbreviation ("kl. 14", "ca. 300", "No. 10" stay whole).
 */
function numberCut(text: string, span: Span, stop: number, lang: Lang): number | null {
  if (text[stop] !== '.' || text[stop + 1] !== ' ') return null;
  let j = stop + 2;
  const digitsFrom = j;
  while (j < span.end && isDigit(text[j])) j++;
  if (j === digitsFrom || !isSpace(text[j])) return null;
  let k = stop - 1;
  while (k >= span.start && LETTER.test(text[k]) && stop - k <= MAX_WORD) k--;
  if (stop - 1 - k < 3 || stop - k > MAX_WORD || (k >= span.start && !isSpace(text[k]))) return null;
  return abbreviationBefore(text, span.start, stop + 1, lang) ? null : digitsFrom;
}

function trimEnd(text: string, start: number, end: number): Span {
  while (end > start && isSpace(text[end - 1])) end--;
  return { start, end };
}
