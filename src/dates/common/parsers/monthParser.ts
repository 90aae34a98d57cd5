// Month names without a day: "July 2019", "februar 2020", "in June",
// "last June", "June last year", "i juni i fjor". A month alone needs a cue
// word before it, so "Theresa May" or a sentence-initial "May" is no date.
import { candidate, pushCandidate } from '../../candidates.js';
import { inferYear, lastMonthYear } from '../../reference.js';
import { NEXT_NOT_LETTER, alternation, nextBounded, capitalised, wordsBefore } from '../../text.js';
import type { Candidate, DateParser, ParseContext } from '../../types.js';

export interface MonthTable {
  /** Full lower-case names: usable alone after a cue. */
  months: Record<string, number>;
  /** Abbreviations: usable only with a year after them ("feb. 2020"). */
  abbreviations: Record<string, number>;
  /** Prepositions that stay outside the mention ("in", "i"). */
  leads: string[];
  /** Qualifiers that belong in the mention ("early", "since", "tidlig"). */
  modifiers: string[];
  /** "last June": the most recent one before the article month. */
  last: string[];
  /** "this June": in the article's year. */
  this: string[];
  /** Words joining listed months ("March and April"). */
  connectors: string[];
  /** Phrases after the month giving its year relative to the article ("last year" = -1). */
  yearSuffixes: Record<string, number>;
  requireCapital: boolean;
}

export function monthParser(name: string, table: MonthTable): DateParser {
  const months = new Map(Object.entries(table.months));
  const abbreviations = new Map(Object.entries(table.abbreviations));
  const suffixes = new Map(Object.entries(table.yearSuffixes));
  const leads = new Set(table.leads);
  const modifiers = new Set(table.modifiers);
  const last = new Set(table.last);
  const thisWords = new Set(table.this);
  const connectors = new Set(table.connectors);
  // English month names are matched capitalised only ("may" is a verb).
  const names = (words: Iterable<string>) => alternation(table.requireCapital ? capitalised(words) : words);
  const re = new RegExp(
    `(?:(${names(months.keys())})|(${names(abbreviations.keys())})${NEXT_NOT_LETTER}\\.?)${NEXT_NOT_LETTER}` +
      `(?:(?:,?\\s+|\\s+of\\s+)((?:19|20)\\d\\d)${NEXT_NOT_LETTER}|\\s+(${alternation(suffixes.keys())})${NEXT_NOT_LETTER})?`,
    table.requireCapital ? 'g' : 'gi',
  );
  const dayAfter = /^\s*\d/;

  return {
    name,
    find(ctx: ParseContext): Candidate[] {
      const out: Candidate[] = [];
      const { text, ref } = ctx;
      re.lastIndex = 0;
      for (let m = nextBounded(text, re); m; m = nextBounded(text, re)) {
        const month = (m[1] ? months.get(m[1].toLowerCase()) : abbreviations.get(m[2].toLowerCase())) ?? 0;
        const s = m.index;
        const e = s + m[0].length;
        const [w1, w2] = wordsBefore(text, s, 2);
        const k1 = w1?.word.toLowerCase();
        const k2 = w2?.word.toLowerCase();
        const modifierStart = k1 && modifiers.has(k1) ? w1.start : k1 && leads.has(k1) && k2 && modifiers.has(k2) ? w2.start : s;
        if (m[3]) {
          pushCandidate(out, candidate(name, modifierStart, e, Number(m[3]), month, null));
          continue;
        }
        if (!m[1] || !ref || dayAfter.test(text.slice(e, e + 3))) continue;
        if (m[4]) {
          const offset = suffixes.get(m[4].toLowerCase().replace(/\s+/g, ' ')) ?? 0;
          pushCandidate(out, candidate(name, modifierStart, e, ref.year + offset, month, null, { relative: true }));
          continue;
        }
        if (k1 && last.has(k1)) {
          pushCandidate(out, candidate(name, w1.start, e, lastMonthYear(ref, month), month, null, { relative: true }));
          continue;
        }
        if (k1 && thisWords.has(k1)) {
          pushCandidate(out, candidate(name, w1.start, e, ref.year, month, null, { relative: true }));
          continue;
        }
        const hw = text.charAt(s - 1) === '-' ? wordsBefore(text, s - 1, 1)[0] : undefined;
        const hyphenated = hw && hw.end === s - 1 && modifiers.has(hw.word.toLowerCase()); // mid-June
        const listed = k1 && connectors.has(k1) && k2 && months.has(k2);
        const start = hyphenated ? hw.start : modifierStart;
        const cued = start !== s || (k1 && leads.has(k1)) || listed;
        const year = cued ? inferYear(ref, month) : null;
        if (year !== null) pushCandidate(out, candidate(name, start, e, year, month, null, { yearInferred: true }));
      }
      return out;
    },
  };
}
