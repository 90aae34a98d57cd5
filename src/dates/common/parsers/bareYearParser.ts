// Bare years: "in 2018", "since 2014", "early 2018", "tidlig i 2018",
// "from 2014 to 2016". A four-digit number is a year only when the words
// around it say so; "2000 people" or "3,000" never are.
import { candidate, pushCandidate } from '../../candidates.js';
import { WORD_END, alternation, nextBounded, isDigit, isLetter, wordsBefore } from '../../text.js';
import type { Candidate, DateParser, ParseContext } from '../../types.js';

export interface YearTable {
  /** Prepositions that make the number a year and stay outside the mention ("in"). */
  leads: string[];
  /** Leads that count only after a modifier ("end of 2019"; "of 2000 people" is a count). */
  weakLeads: string[];
  /** Qualifiers that make it a year and belong in the mention ("since", "early"). */
  modifiers: string[];
  /** Words joining listed years ("2014 and 2016"). */
  connectors: string[];
  /** Before a year that is followed by a lower-case noun ("the 2019 election"). */
  determiners: string[];
  /** Range openers and their closers ("from" ... "to"): one mention, the start's value. */
  ranges: Record<string, string[]>;
  /** Words after the number that make it a quantity ("%", "prosent"). */
  quantityAfter: string[];
  /** Hyphenated suffixes naming a decade, not a year ("1990-tallet"). */
  decadeSuffixes: string[];
  /** Norwegian compounds name a year: "2019-valget". */
  compounds: boolean;
}

const YEAR = /(?:19|20)\d\d/g;
const GLUE = '.,:/-–';
const DASH_RANGE = /^\s*[-–—]\s*((?:19|20)?\d\d)(?![\p{L}\p{N}])/u;
const FULL_DASH_RANGE = /^\s*[-–—]\s*(?:19|20)\d\d(?![\p{L}\p{N}])/u;
const DECIMAL_AFTER = /^[.,]\d/;
const YEAR_BEFORE_CONNECTOR = /(?:19|20)\d\d\s*,?\s*$/;
const YEAR_BEFORE_COMMA = /(?:19|20)\d\d\s*,\s*$/;

export function bareYearParser(name: string, table: YearTable): DateParser {
  const leads = new Set(table.leads);
  const weakLeads = new Set(table.weakLeads);
  const modifiers = new Set(table.modifiers);
  const connectors = new Set(table.connectors);
  const determiners = new Set(table.determiners);
  const quantity = new RegExp(`^\\s*(?:${alternation(table.quantityAfter)})(?![\\p{L}])`, 'iu');
  const decade = table.decadeSuffixes.length ? new RegExp(`^-(?:${alternation(table.decadeSuffixes)})`, 'iu') : null;
  const closers = new Map(
    Object.entries(table.ranges).map(([opener, words]) => [
      opener,
      new RegExp(`^\\s+(?:${alternation(words)})\\s+((?:19|20)\\d\\d)${WORD_END}`, 'iu'),
    ]),
  );

  /** Start of the mention when the context makes the number a year, else -1. */
  function acceptStart(text: string, s: number, after: string, year: number): number {
    if (text.charAt(s - 1) === '-' || text.charAt(s - 1) === '\u2011') {
      const w = wordsBefore(text, s - 1, 1)[0];
      if (w && w.end === s - 1 && modifiers.has(w.word.toLowerCase())) return w.start; // mid-2019
      return -1;
    }
    const [w1, w2] = wordsBefore(text, s, 2);
    const k1 = w1?.word.toLowerCase();
    const k2 = w2?.word.toLowerCase();
    if (k1 && modifiers.has(k1)) return k2 && modifiers.has(k2) ? w2.start : w1.start;
    if (k1 && leads.has(k1)) return k2 && modifiers.has(k2) ? w2.start : s;
    if (k1 && weakLeads.has(k1)) return k2 && modifiers.has(k2) ? w2.start : -1;
    if (k1 && connectors.has(k1) && YEAR_BEFORE_CONNECTOR.test(text.slice(Math.max(0, w1.start - 12), w1.start))) return s;
    if (!w1 && YEAR_BEFORE_COMMA.test(text.slice(Math.max(0, s - 12), s))) return s; // 2014, 2016
    if (k1 && determiners.has(k1) && year % 100 !== 0 && /^\s+\p{Ll}/u.test(after)) return s;
    if (table.compounds && /^-\p{L}/u.test(after)) return s;
    return -1;
  }

  /** End of a range that starts with this year ("2014–2016", "from 2014 to 2016"). */
  function rangeEnd(text: string, s: number, e: number, after: string, year: number): number {
    const dash = DASH_RANGE.exec(after);
    if (dash) {
      const raw = dash[1];
      const endYear = raw.length === 2 ? Math.floor(year / 100) * 100 + Number(raw) : Number(raw);
      return endYear > year && endYear - year < 100 ? e + dash[0].length : e;
    }
    const opener = wordsBefore(text, s, 1)[0]?.word.toLowerCase();
    const closer = opener ? closers.get(opener) : undefined;
    const m = closer?.exec(after);
    return m && Number(m[1]) > year ? e + m[0].length : e;
  }

  return {
    name,
    find(ctx: ParseContext): Candidate[] {
      const out: Candidate[] = [];
      const text = ctx.text;
      YEAR.lastIndex = 0;
      for (let m = nextBounded(text, YEAR); m; m = nextBounded(text, YEAR)) {
        const s = m.index;
        const e = s + m[0].length;
        if (GLUE.includes(text.charAt(s - 1)) && s > 1 && isDigit(text.charAt(s - 2))) continue; // 23.09.2021
        const year = Number(m[0]);
        const after = text.slice(e, e + 40);
        if (DECIMAL_AFTER.test(after) || quantity.test(after) || decade?.test(after)) continue;
        let start = acceptStart(text, s, after, year);
        if (start < 0 && FULL_DASH_RANGE.test(after)) start = s; // 2014–2016 needs no cue
        if (start < 0 || isLetter(text.charAt(start - 1))) continue;
        const end = rangeEnd(text, s, e, after, year);
        pushCandidate(out, candidate(name, start, end, year, null, null));
      }
      return out;
    },
  };
}
