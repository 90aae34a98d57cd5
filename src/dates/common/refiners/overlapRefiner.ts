// Keeps one candidate per stretch of text: the longest ("last June" over
// "June", "25. februar 2020" over "2020"); on a tie the one from the parser
// listed first in the configuration. Linear after the sort, so a hostile
// sentence with thousands of candidates stays cheap.
import type { Candidate, DateRefiner, ParseContext } from '../../types.js';

export function overlapRefiner(priority: string[]): DateRefiner {
  const rank = new Map(priority.map((name, i) => [name, i]));
  const order = (c: Candidate) => rank.get(c.rule) ?? priority.length;
  return {
    name: 'overlap',
    refine(_ctx: ParseContext, candidates: Candidate[]): Candidate[] {
      const sorted = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end || order(a) - order(b));
      const kept: Candidate[] = [];
      for (const c of sorted) {
        const prev = kept[kept.length - 1];
        if (!prev || c.start >= prev.end) {
          kept.push(c);
          continue;
        }
        const better = c.end - c.start > prev.end - prev.start || (c.end - c.start === prev.end - prev.start && order(c) < order(prev));
        if (better) kept[kept.length - 1] = c;
      }
      return kept;
    },
  };
}
