// Fixed relative phrases: "last year", "yesterday", "i fjor", "i går".
// Each resolves against the publication date at the precision it names;
// without a precise enough publication date the phrase yields nothing.
import { candidate, pushCandidate } from '../../candidates.js';
import { lastMonthYear, shiftDays, shiftMonths } from '../../reference.js';
import { alternation, nextBounded, wordRegex, wordsBefore } from '../../text.js';
import type { Candidate, DateParser, ParseContext, Reference } from '../../types.js';

/**
 * A unit and a count from the article date, or a season ("last summer")
 * whose year is that of the most recent such season before the article.
 */
export type Shift = { unit: 'year' | 'month' | 'day'; offset: number } | { season: number };

export interface PhraseTable {
  phrases: Record<string, Shift>;
  /** Qualifiers kept in the mention ("earlier this year", "tidligere i år"). */
  modifiers: string[];
  /** Words before the phrase that make it a duration ("over the last year"). */
  blockers: string[];
}

type Resolved = { year: number; month: number | null; day: number | null };

export function resolveShift(ref: Reference, shift: Shift): Resolved | null {
  if ('season' in shift) return { year: lastMonthYear(ref, shift.season), month: null, day: null };
  if (shift.unit === 'year') return { year: ref.year + shift.offset, month: null, day: null };
  if (shift.unit === 'month') {
    const m = shiftMonths(ref, shift.offset);
    return m && { year: m.year, month: m.month, day: null };
  }
  return shiftDays(ref, shift.offset);
}

export function phraseParser(name: string, table: PhraseTable): DateParser {
  const phrases = new Map(Object.entries(table.phrases).map(([k, v]) => [k.toLowerCase(), v]));
  const modifiers = new Set(table.modifiers);
  const blockers = new Set(table.blockers);
  // One alternation of whole phrases, longest first: "i fjor sommer" before "i fjor".
  const re = wordRegex(`(?:${alternation(phrases.keys())})`);
  return {
    name,
    find(ctx: ParseContext): Candidate[] {
      const out: Candidate[] = [];
      const ref = ctx.ref;
      if (!ref) return out;
      re.lastIndex = 0;
      for (let m = nextBounded(ctx.text, re); m; m = nextBounded(ctx.text, re)) {
        const shift = phrases.get(m[0].toLowerCase().replace(/\s+/g, ' '));
        const r = shift && resolveShift(ref, shift);
        if (!r) continue;
        const before = wordsBefore(ctx.text, m.index, 1)[0];
        const key = before?.word.toLowerCase();
        if (key && blockers.has(key)) continue;
        const start = key && modifiers.has(key) ? before.start : m.index;
        pushCandidate(out, candidate(name, start, m.index + m[0].length, r.year, r.month, r.day, { relative: true }));
      }
      return out;
    },
  };
}
