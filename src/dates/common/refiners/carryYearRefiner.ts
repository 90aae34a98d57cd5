// "between March and May 2019", "22. mai og 3. juni 2020": a month or day
// whose year is missing takes the year of the dated expression it is joined
// to, instead of the article's year.
import { alternation } from '../../text.js';
import type { Candidate, DateRefiner, ParseContext } from '../../types.js';

export function carryYearRefiner(connectors: string[]): DateRefiner {
  const joint = new RegExp(`^\\s*(?:[-–—]|(?:${alternation(connectors)})(?![\\p{L}]))\\s*$`, 'iu');
  return {
    name: 'carryYear',
    refine(ctx: ParseContext, candidates: Candidate[]): Candidate[] {
      const sorted = [...candidates].sort((a, b) => a.start - b.start);
      for (let i = sorted.length - 2; i >= 0; i--) {
        const c = sorted[i];
        const next = sorted[i + 1];
        if (!c.yearInferred || c.month === null || next.month === null || next.yearInferred || next.relative) continue;
        if (next.start < c.end || !joint.test(ctx.text.slice(c.end, next.start))) continue;
        const year = c.month > next.month ? next.year - 1 : next.year;
        sorted[i] = { ...c, year, yearInferred: false, relative: false };
      }
      return sorted;
    },
  };
}
