// Invariants that every caller relies on, checked on generated text, and
// bounded running time on hostile input (no catastrophic backtracking).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDates } from '../../src/dates/index.js';
import type { DateMention, Lang, Span } from '../../src/types.js';

const TOKENS = [
  'in', 'since', 'early', '2019', '1999', '2021-09-23', '23.09.2021', 'June', 'May', 'may', 'Jan.', '22', '3rd',
  'of', 'the', 'last', 'year', 'years', 'ago', 'Monday', 'yesterday', 'i', 'fjor', 'år', 'århundre', 'siden',
  'sidan', 'for', 'tre', 'to', 'måneder', 'mandag', 'går', 'dag', 'februar', 'feb', '25.', '1,000', 'mid', 'og',
  '–', '-', '/', '(', ')', ',', '.', 'å', 'İ', '😀', '\u00a0',
];
const SEPARATORS = [' ', '', '  ', '\n', ', ', '. '];
const PRECISION_FORM: Record<DateMention['precision'], RegExp> = {
  year: /^\d{4}$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  day: /^\d{4}-(0[1-9]|1[0-2])-\d{2}$/,
};

const textArb = fc
  .array(fc.tuple(fc.constantFrom(...TOKENS), fc.constantFrom(...SEPARATORS)), { maxLength: 40 })
  .map((parts) => parts.map(([t, s]) => t + s).join(''));
const langArb = fc.constantFrom<Lang>('en', 'nb', 'nn');
const publishedArb = fc.constantFrom('2022-01-21', '2020-02-29', '2022-01', '2022', null);

function checkInvariants(text: string, span: Span, found: DateMention[], published: string | null): void {
  let last = span.start;
  for (const m of found) {
    expect(m.start).toBeGreaterThanOrEqual(last);
    expect(m.end).toBeGreaterThan(m.start);
    expect(m.end).toBeLessThanOrEqual(span.end);
    expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(m.value).toMatch(PRECISION_FORM[m.precision]);
    if (m.precision === 'day') expect(new Date(`${m.value}T00:00:00Z`).toISOString().slice(0, 10)).toBe(m.value);
    if (published === null) expect(m.relative).toBe(false);
    last = m.end;
  }
}

describe('findDates invariants', () => {
  it('returns sorted, non-overlapping, well-formed mentions inside the span', () => {
    fc.assert(
      fc.property(textArb, textArb, textArb, langArb, publishedArb, (before, sentence, after, lang, published) => {
        const text = before + sentence + after;
        const span = { start: before.length, end: before.length + sentence.length };
        checkInvariants(text, span, findDates(text, span, lang, published), published);
      }),
      { numRuns: 400 },
    );
  });

  it('gives the same mentions, shifted, whatever surrounds the sentence', () => {
    fc.assert(
      fc.property(textArb, textArb, langArb, publishedArb, (before, sentence, lang, published) => {
        const alone = findDates(sentence, { start: 0, end: sentence.length }, lang, published);
        const text = before + ' ' + sentence;
        const offset = before.length + 1;
        const inside = findDates(text, { start: offset, end: text.length }, lang, published);
        expect(inside.map((m) => ({ ...m, start: m.start - offset, end: m.end - offset }))).toEqual(alone);
      }),
      { numRuns: 200 },
    );
  });

  it('returns nothing for an empty or inverted span', () => {
    expect(findDates('in 2019', { start: 3, end: 3 }, 'en', null)).toEqual([]);
    expect(findDates('in 2019', { start: 5, end: 2 }, 'en', null)).toEqual([]);
  });
});

describe('hostile input', () => {
  const MB = 1 << 20;
  const fill = (unit: string) => unit.repeat(Math.ceil(MB / unit.length)).slice(0, MB);
  const inputs: Record<string, string> = {
    'digits and spaces': fill('1 '),
    'years only': fill('2019 '),
    'cued years': fill('in 2019 and '),
    'English days': fill('June 1 '),
    'Norwegian days': fill('1. mai '),
    'one long word': 'a'.repeat(MB),
    'a digit then spaces': fill('1' + ' '.repeat(999)),
    'dotted digits': fill('1.'),
    'slashes': fill('12/12/2012/'),
    'dashes': fill('2019-'),
    'prepositions': fill('i ') + 'fjor',
    'mixed dates': fill('22.–23. juni og 2014–2016, i fjor, for tre år siden, Monday 3 June 2019 '),
  };
  for (const [name, text] of Object.entries(inputs)) {
    it(`scans 1 MB of ${name} in bounded time, in both languages`, () => {
      for (const lang of ['en', 'nb'] as const) {
        const t0 = performance.now();
        const found = findDates(text, { start: 0, end: text.length }, lang, '2022-01-21');
        // Generous for a loaded 2-core machine; catastrophic backtracking takes minutes.
        expect(performance.now() - t0).toBeLessThan(8000);
        if (found.length) checkInvariants(text, { start: 0, end: text.length }, found.slice(0, 1000), '2022-01-21');
      }
    }, 60_000);
  }
});
