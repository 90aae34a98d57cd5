// All-number dates: "2021-09-23", "23.09.2021", "23/09/2021". Slashes with
// both parts ≤ 12 are read month-first in English (the US habit that produces
// most such dates in English text) and day-first in Norwegian.
import { candidate, pushCandidate } from '../../candidates.js';
import { isValidDate } from '../../reference.js';
import { isDigit, isWordChar } from '../../text.js';
import type { Candidate, DateParser, ParseContext } from '../../types.js';

const NUMERIC =
  /(?:((?:19|20)\d\d)([-/.])(\d{1,2})\2(\d{1,2})|(\d{1,2})([-/.])(\d{1,2})\6((?:19|20)\d\d))(?!\d|[.,/-]\d)/g;
const GLUE = '.,/-';
/** Cheap test that must hold before the full pattern is worth running. */
const SEPARATED_DIGITS = /\d[-/.]\d/;

/**
 * Not glued to another number before ("1.23.09.2021") and followed by no
 * letter except the `T` of an ISO timestamp ("2021-09-23T10:00").
 */
function standsAlone(text: string, s: number, e: number): boolean {
  const before = text.charAt(s - 1);
  if (isWordChar(before) || (before !== '' && GLUE.includes(before) && isDigit(text.charAt(s - 2)))) return false;
  const after = text.charAt(e);
  return !isWordChar(after) || (after === 'T' && isDigit(text.charAt(e + 1)));
}

export function numericDateParser(name: string, monthFirstSlashes: boolean): DateParser {
  return {
    name,
    find(ctx: ParseContext): Candidate[] {
      const out: Candidate[] = [];
      if (!SEPARATED_DIGITS.test(ctx.text)) return out;
      for (const m of ctx.text.matchAll(NUMERIC)) {
        if (!standsAlone(ctx.text, m.index, m.index + m[0].length)) continue;
        let year: number;
        let month: number;
        let day: number;
        if (m[1]) {
          [year, month, day] = [Number(m[1]), Number(m[3]), Number(m[4])];
        } else {
          const a = Number(m[5]);
          const b = Number(m[7]);
          year = Number(m[8]);
          const monthFirst = m[6] === '/' && (b > 12 || (a <= 12 && monthFirstSlashes));
          [month, day] = monthFirst ? [a, b] : [b, a];
        }
        if (!isValidDate(year, month, day)) continue;
        pushCandidate(out, candidate(name, m.index, m.index + m[0].length, year, month, day));
      }
      return out;
    },
  };
}
