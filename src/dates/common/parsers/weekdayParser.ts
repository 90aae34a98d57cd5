// Weekdays ("on Tuesday", "last Friday", "på mandag"): the most recent such
// day on or before the article date; with a month-precision publication date,
// that month.
import { candidate, pushCandidate } from '../../candidates.js';
import { previousWeekday } from '../../reference.js';
import { nextBounded, namesRegex, wordsBefore } from '../../text.js';
import type { Candidate, DateParser, ParseContext } from '../../types.js';

export interface WeekdayTable {
  /** Lower-case name to day number, 0 = Sunday. */
  weekdays: Record<string, number>;
  /** Words before the weekday that make it strictly earlier and join the mention ("last"). */
  last: string[];
  /** Words before the weekday that point elsewhere ("next", "every"). */
  blockers: string[];
  /** English capitalises weekdays; a lower-case one is some other word. */
  requireCapital: boolean;
}

export function weekdayParser(name: string, table: WeekdayTable): DateParser {
  const days = new Map(Object.entries(table.weekdays));
  const last = new Set(table.last);
  const blockers = new Set(table.blockers);
  const re = namesRegex(days.keys(), table.requireCapital);
  return {
    name,
    find(ctx: ParseContext): Candidate[] {
      const out: Candidate[] = [];
      const ref = ctx.ref;
      // with only a month of publication, "last Monday" is known to its month (the
      // precision the text and the article give together); with only a year, not at all
      if (!ref || ref.month === null) return out;
      re.lastIndex = 0;
      for (let m = nextBounded(ctx.text, re); m; m = nextBounded(ctx.text, re)) {
        const weekday = days.get(m[0].toLowerCase());
        if (weekday === undefined) continue;
        const before = wordsBefore(ctx.text, m.index, 1)[0];
        const prev = before?.word.toLowerCase();
        if (prev && blockers.has(prev)) continue;
        const strict = prev !== undefined && last.has(prev);
        const start = strict && before ? before.start : m.index;
        if (ref.day === null) {
          pushCandidate(out, candidate(name, start, m.index + m[0].length, ref.year, ref.month, null, { relative: true }));
          continue;
        }
        const ymd = previousWeekday(ref, weekday, strict);
        if (!ymd) continue;
        pushCandidate(out, candidate(name, start, m.index + m[0].length, ymd.year, ymd.month, ymd.day, { relative: true }));
      }
      return out;
    },
  };
}
