// Day and month name, day first: "25. februar 2020", "25. feb. 2020",
// "3 June 2019", "22.–23. juni" (a range: its first day). Without a year
// the year comes from the article date, and without one there is no date.
import { candidate, pushCandidate } from '../../candidates.js';
import { daysInMonth, inferYear, isValidDate } from '../../reference.js';
import { NEXT_NOT_LETTER, alternation, nextBounded, capitalised } from '../../text.js';
import type { Candidate, DateParser, ParseContext } from '../../types.js';

export interface DayMonthTable {
  /** Lower-case full names and abbreviations to month number. */
  months: Record<string, number>;
  /** Words joining two days of one month ("22. og 23. juni"). */
  rangeWords: string[];
  requireCapital: boolean;
}

export function dayMonthParser(name: string, table: DayMonthTable): DateParser {
  const months = new Map(Object.entries(table.months));
  // English month names are matched capitalised only ("4 may be" is no date).
  const names = alternation(table.requireCapital ? capitalised(months.keys()) : months.keys());
  const re = new RegExp(
    `(\\d{1,2})\\.?(?:\\s*(?:[-–]|${alternation(table.rangeWords)})\\s*\\d{1,2}\\.?)?\\s*` +
      `(${names})${NEXT_NOT_LETTER}\\.?(?:,?\\s+((?:19|20)\\d\\d)${NEXT_NOT_LETTER})?`,
    table.requireCapital ? 'g' : 'gi',
  );
  return {
    name,
    find(ctx: ParseContext): Candidate[] {
      const out: Candidate[] = [];
      re.lastIndex = 0;
      for (let m = nextBounded(ctx.text, re); m; m = nextBounded(ctx.text, re)) {
        const month = months.get(m[2].toLowerCase());
        const day = Number(m[1]);
        if (!month) continue;
        const s = m.index;
        const e = s + m[0].length;
        // A dot after the month with no year behind it may be the full stop: leave it out.
        const end = m[3] === undefined && m[0].endsWith('.') ? e - 1 : e;
        if (m[3]) {
          const year = Number(m[3]);
          if (isValidDate(year, month, day)) pushCandidate(out, candidate(name, s, end, year, month, day));
          continue;
        }
        const year = inferYear(ctx.ref, month);
        if (year === null || day < 1 || day > daysInMonth(year, month)) continue;
        pushCandidate(out, candidate(name, s, end, year, month, day, { yearInferred: true }));
      }
      return out;
    },
  };
}
