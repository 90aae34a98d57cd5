// "on Monday (22 June)", "mandag 25. februar": the weekday only names the
// day the date beside it gives, so the weekday candidate is dropped and the
// explicit date (which carries the year when the text gives one) is kept.
import type { Candidate, DateRefiner, ParseContext } from '../../types.js';

const GAP = /^[\s,(\u2013\u2014-]{0,4}$/;

export function weekdayBeforeDateRefiner(weekdayRules: string[]): DateRefiner {
  const weekday = new Set(weekdayRules);
  return {
    name: 'weekdayBeforeDate',
    refine(ctx: ParseContext, candidates: Candidate[]): Candidate[] {
      const sorted = [...candidates].sort((a, b) => a.start - b.start);
      return sorted.filter((c, i) => {
        if (!weekday.has(c.rule)) return true;
        const next = sorted[i + 1];
        return !(next && next.day !== null && !weekday.has(next.rule) && next.start >= c.end && GAP.test(ctx.text.slice(c.end, next.start)));
      });
    },
  };
}
