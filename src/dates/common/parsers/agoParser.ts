// Counted distances back from the article date: "four years ago",
// "for tre år siden", "for to månader sidan". Vague counts ("a few",
// "noen") are not in the number tables, so they never match.
import { candidate, pushCandidate } from '../../candidates.js';
import { shiftDays, shiftMonths } from '../../reference.js';
import { alternation, nextBounded, wordRegex } from '../../text.js';
import type { Candidate, DateParser, ParseContext, Reference } from '../../types.js';

export type AgoUnit = 'year' | 'month' | 'week' | 'day';

export interface AgoTable {
  /** Words before the count that are part of the phrase (Norwegian "for"). */
  prefix: string[];
  /** Hedges allowed between the prefix and the count ("for drøyt tre år siden"). */
  hedges: string[];
  numbers: Record<string, number>;
  units: Record<string, AgoUnit>;
  /** Words closing the phrase ("ago", "siden", "sidan"). */
  suffix: string[];
}

function resolve(ref: Reference, n: number, unit: AgoUnit) {
  if (unit === 'year') return { year: ref.year - n, month: null, day: null };
  if (unit === 'month') {
    const m = shiftMonths(ref, -n);
    return m && { ...m, day: null };
  }
  return shiftDays(ref, unit === 'week' ? -7 * n : -n);
}

export function agoParser(name: string, table: AgoTable): DateParser {
  const numbers = new Map(Object.entries(table.numbers));
  const units = new Map(Object.entries(table.units));
  const hedge = table.hedges.length ? `(?:(?:${alternation(table.hedges)})\\s+)?` : '';
  const prefix = table.prefix.length ? `(?:${alternation(table.prefix)})\\s+${hedge}` : '';
  // Scan for the rare closing word ("ago", "siden"), then read the count,
  // unit (and prefix) in the few characters before it.
  const re = wordRegex(`(?:${alternation(table.suffix)})`);
  const back = new RegExp(
    `(?<![\\p{L}\\p{N}_])${prefix}(${alternation(numbers.keys())}|\\d{1,3})\\s+(${alternation(units.keys())})\\s+$`,
    'iu',
  );
  return {
    name,
    find(ctx: ParseContext): Candidate[] {
      const out: Candidate[] = [];
      const ref = ctx.ref;
      if (!ref) return out;
      re.lastIndex = 0;
      for (let m = nextBounded(ctx.text, re); m; m = nextBounded(ctx.text, re)) {
        const from = Math.max(0, m.index - 64);
        const b = back.exec(ctx.text.slice(from, m.index));
        if (!b) continue;
        const count = b[1].toLowerCase();
        const n = numbers.get(count) ?? Number(count);
        const unit = units.get(b[2].toLowerCase());
        if (!unit || !Number.isFinite(n) || n <= 0) continue;
        const r = resolve(ref, n, unit);
        if (!r) continue;
        pushCandidate(out, candidate(name, from + b.index, m.index + m[0].length, r.year, r.month, r.day, { relative: true }));
      }
      return out;
    },
  };
}
