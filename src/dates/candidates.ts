// Building candidates and turning the survivors into DateMentions.
import type { DateMention } from '../types.js';
import { isoValue, isPlausibleYear } from './reference.js';
import type { Candidate } from './types.js';

export interface CandidateOptions {
  relative?: boolean;
  yearInferred?: boolean;
}

/** A candidate, or null when the year falls outside the plausible range. */
export function candidate(
  rule: string,
  start: number,
  end: number,
  year: number,
  month: number | null,
  day: number | null,
  options: CandidateOptions = {},
): Candidate | null {
  if (!isPlausibleYear(year)) return null;
  const yearInferred = options.yearInferred ?? false;
  return { start, end, year, month, day, relative: (options.relative ?? false) || yearInferred, yearInferred, rule };
}

export function pushCandidate(out: Candidate[], c: Candidate | null): void {
  if (c) out.push(c);
}

export function precisionOf(c: Candidate): DateMention['precision'] {
  if (c.month === null) return 'year';
  return c.day === null ? 'month' : 'day';
}

/** The mention for a candidate found in a sentence that starts at `offset` in the text. */
export function toMention(c: Candidate, sentence: string, offset: number): DateMention {
  return {
    start: c.start + offset,
    end: c.end + offset,
    text: sentence.slice(c.start, c.end),
    value: isoValue(c.year, c.month, c.day),
    precision: precisionOf(c),
    relative: c.relative,
  };
}
