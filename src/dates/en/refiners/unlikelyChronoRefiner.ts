// Drops chrono hits that are not dates in English text: a lower-case month
// word is a verb or noun ("these 4 may be", "they march 4 abreast"), and a
// "day" that continues as a number is part of a count ("June 3,000 people").
import { startsUpper } from '../../text.js';
import type { Candidate, DateRefiner, ParseContext } from '../../types.js';
import { MONTHS, MONTH_ABBREVIATIONS } from '../words.js';

const MONTH_NAMES = new Set([...Object.keys(MONTHS), ...Object.keys(MONTH_ABBREVIATIONS)]);
const WORD = /\p{L}+/gu;
const NUMBER_GOES_ON = /^[.,]\d/;

function monthWordIsCapitalised(text: string): boolean {
  for (const m of text.matchAll(WORD)) {
    if (MONTH_NAMES.has(m[0].toLowerCase())) return startsUpper(m[0]);
  }
  return false;
}

export function unlikelyChronoRefiner(rule: string): DateRefiner {
  return {
    name: 'en.unlikelyChrono',
    refine(ctx: ParseContext, candidates: Candidate[]): Candidate[] {
      return candidates.filter(
        (c) =>
          c.rule !== rule ||
          (monthWordIsCapitalised(ctx.text.slice(c.start, c.end)) &&
            !NUMBER_GOES_ON.test(ctx.text.slice(c.end, c.end + 2))),
      );
    },
  };
}
