// Repairs Intl.Segmenter's pieces of one paragraph: gives a stray closing
// quote back to the sentence it closes, then rejoins false splits
// (abbreviations, initials, ordinals, broken lines; see join-rules.ts).
import type { Lang, Span } from '../types.js';
import { CLOSING, endsWithTerminal, isSpace } from './characters.js';
import { shouldJoin } from './join-rules.js';

/** No repair makes a sentence longer than this many UTF-16 units. */
export const MAX_SENTENCE = 2000;

export function repairSplits(text: string, pieces: Span[], lang: Lang): Span[] {
  const joined: Span[] = [];
  let current: Span | null = null;
  for (const raw of pieces) {
    let next: Span | null = { start: raw.start, end: raw.end }; // a copy: takeClosingQuote changes it
    if (current) {
      next = takeClosingQuote(text, current, next);
      if (!next) continue;
      // The cap keeps a run of abbreviations or broken lines in hostile text
      // from growing one sentence without bound for the stages after this one.
      if (next.end - current.start <= MAX_SENTENCE && shouldJoin(text, current, next, lang)) {
        current = { start: current.start, end: next.end };
        continue;
      }
      joined.push(current);
    }
    current = next;
  }
  if (current) joined.push(current);
  return joined;
}

/**
 * "He said: “Stop. ” Then..." comes out as "…Stop." + "” Then…": a closing
 * quote that follows the stop (after a space) and is followed by a space or
 * nothing belongs to the sentence before. Mutates `previous`; returns what is
 * left of `next`, or null when nothing is.
 */
function takeClosingQuote(text: string, previous: Span, next: Span): Span | null {
  if (!endsWithTerminal(text, previous.start, previous.end)) return next;
  let i = next.start;
  while (i < next.end && CLOSING.has(text[i]) && text[i] !== ')' && text[i] !== ']') i++;
  if (i === next.start || (i < next.end && !isSpace(text[i]))) return next;
  previous.end = i;
  while (i < next.end && isSpace(text[i])) i++;
  return i < next.end ? { start: i, end: next.end } : null;
}
