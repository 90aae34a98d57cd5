// English day-and-month dates through chrono-node ("22 June 2019",
// "Jan. 21st, 2022", "the 22nd of June", "1 June–3 July 2019"), where it is
// reliable. chrono runs only on short windows around a capitalised month
// name: that keeps it off most sentences (~8 MB/s on whole text) and bounds its
// cost on hostile input. Month-only results are left to the month parser.
import { Chrono, casual, type ParsedResult } from 'chrono-node';
import { candidate, pushCandidate } from '../../candidates.js';
import { inferYear } from '../../reference.js';
import { nextBounded, isSpace, namesRegex } from '../../text.js';
import type { Candidate, DateParser, ParseContext, Reference } from '../../types.js';
import { MONTHS, MONTH_ABBREVIATIONS } from '../words.js';

/** chrono parsers for month-name dates; the casual ones ("now", "in 3 years") stay out. */
const KEEP = new Set(['ENMonthNameLittleEndianParser', 'ENMonthNameMiddleEndianParser', 'ENMonthNameParser']);

function monthChrono(): Chrono {
  const c = casual.clone();
  c.parsers = c.parsers.filter((p) => KEEP.has(p.constructor.name));
  return c;
}

const MONTH_WORD = namesRegex([...Object.keys(MONTHS), ...Object.keys(MONTH_ABBREVIATIONS)], true);
const BEFORE = 24;
const AFTER = 24;
const SLACK = 16;
/** A run of month names merges into one window only up to this size, so chrono never sees a long text. */
const MAX_WINDOW = 400;
/**
 * No real sentence names this many days; past it (hostile or run-on text)
 * chrono is skipped and the day-first parser alone reads the rest.
 */
const MAX_WINDOWS = 64;
const LEADING_WORD = /^(?:on|in|of|the)\s+/i;
/** Only results with a day are kept: a month needs a day number or ordinal word right beside it. */
const DAY_BESIDE =
  /(?<!\d)\d{1,2}(?!\d)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|teenth|tieth/i;
const DAY_REACH = 16;

/** Merged [start, end) windows around each capitalised month name with a day beside it, widened to whitespace. */
export function monthWindows(text: string): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  MONTH_WORD.lastIndex = 0;
  for (let m = nextBounded(text, MONTH_WORD); m; m = nextBounded(text, MONTH_WORD)) {
    const near = text.slice(Math.max(0, m.index - DAY_REACH), m.index + m[0].length + DAY_REACH);
    if (!DAY_BESIDE.test(near)) continue;
    let s = Math.max(0, m.index - BEFORE);
    let e = Math.min(text.length, m.index + m[0].length + AFTER);
    for (let k = 0; k < SLACK && s > 0 && !isSpace(text.charAt(s - 1)); k++) s--;
    for (let k = 0; k < SLACK && e < text.length && !isSpace(text.charAt(e)); k++) e++;
    const prev = windows[windows.length - 1];
    if (prev && s <= prev[1] && e - prev[0] <= MAX_WINDOW) prev[1] = Math.max(prev[1], e);
    else if (windows.length < MAX_WINDOWS) windows.push([s, e]);
    else break;
  }
  return windows;
}

function referenceDate(ref: Reference | null): Date {
  return ref ? new Date(ref.year, (ref.month ?? 7) - 1, ref.day ?? 1, 12) : new Date(2000, 6, 1, 12);
}

function toCandidate(name: string, r: ParsedResult, offset: number, ref: Reference | null): Candidate | null {
  const s = r.start;
  if (!s.isCertain('day') || !s.isCertain('month')) return null;
  const month = s.get('month') ?? 0;
  const day = s.get('day') ?? 0;
  let year: number | null = null;
  let yearInferred = false;
  if (s.isCertain('year')) year = s.get('year');
  else if (r.end?.isCertain('year') && r.end.isCertain('month')) {
    const endYear = r.end.get('year') ?? 0;
    year = month > (r.end.get('month') ?? 12) ? endYear - 1 : endYear;
  } else {
    year = inferYear(ref, month);
    yearInferred = true;
  }
  if (year === null) return null;
  const lead = LEADING_WORD.exec(r.text);
  const start = offset + r.index + (lead ? lead[0].length : 0);
  return candidate(name, start, offset + r.index + r.text.length, year, month, day, { yearInferred });
}

export function chronoParser(name: string): DateParser {
  const chrono = monthChrono();
  return {
    name,
    find(ctx: ParseContext): Candidate[] {
      const out: Candidate[] = [];
      const windows = monthWindows(ctx.text);
      if (windows.length === 0) return out;
      const refDate = referenceDate(ctx.ref);
      for (const [s, e] of windows) {
        for (const r of chrono.parse(ctx.text.slice(s, e), refDate)) pushCandidate(out, toCandidate(name, r, s, ctx.ref));
      }
      return out;
    },
  };
}
