// Shared assertions for the date tables: every case is run inside a longer
// text so that offsets must point into the text, not into the sentence.
import { expect } from 'vitest';
import { findDates } from '../../src/dates/index.js';
import type { DateMention, Lang } from '../../src/types.js';

export type Expected = [text: string, value: string, precision: DateMention['precision'], relative?: boolean];

export interface Case {
  sentence: string;
  published: string | null;
  dates: Expected[];
}

const BEFORE = 'Første avsnitt står her. Årstall 1999 og «å» før setningen.\n';
const AFTER = '\nEtterpå kommer 2001 og mer tekst.';

/** The mentions found in `sentence` placed inside a larger text, with the span invariants checked. */
export function datesIn(sentence: string, lang: Lang, published: string | null): DateMention[] {
  const text = BEFORE + sentence + AFTER;
  const span = { start: BEFORE.length, end: BEFORE.length + sentence.length };
  const found = findDates(text, span, lang, published);
  let last = span.start;
  for (const m of found) {
    expect(text.slice(m.start, m.end), 'mention text must equal its slice').toBe(m.text);
    expect(m.start, 'sorted, non-overlapping, inside the span').toBeGreaterThanOrEqual(last);
    expect(m.end).toBeLessThanOrEqual(span.end);
    last = m.end;
  }
  return found;
}

export function checkCase(c: Case, lang: Lang): void {
  const found = datesIn(c.sentence, lang, c.published);
  const got = found.map((m) => [m.text, m.value, m.precision, m.relative]);
  const want = c.dates.map(([text, value, precision, relative]) => [text, value, precision, relative ?? false]);
  expect(got).toEqual(want);
}
