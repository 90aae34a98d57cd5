// Shapes shared by the date parsers and refiners (chrono-node style: parsers
// propose candidates, refiners clean the list, configuration.ts orders both).
import type { Lang } from '../types.js';

/** The publication date the relative expressions are resolved against. */
export interface Reference {
  year: number;
  /** 1-12, or null when the article date gives only a year. */
  month: number | null;
  /** 1-31, or null when the article date gives no day. */
  day: number | null;
}

/** One sentence being scanned. Candidate offsets are relative to `text`. */
export interface ParseContext {
  text: string;
  lang: Lang;
  ref: Reference | null;
}

/** A proposed date expression; offsets are into `ParseContext.text`. */
export interface Candidate {
  start: number;
  end: number;
  year: number;
  /** 1-12 or null (year precision). */
  month: number | null;
  /** 1-31 or null (month or year precision). */
  day: number | null;
  /** True when any part of the value came from the publication date. */
  relative: boolean;
  /** True when only the year came from the publication date ("22 June"). */
  yearInferred: boolean;
  /** Which parser proposed it, so a wrong date can be traced to its rule. */
  rule: string;
}

export interface DateParser {
  name: string;
  find(ctx: ParseContext): Candidate[];
}

export interface DateRefiner {
  name: string;
  refine(ctx: ParseContext, candidates: Candidate[]): Candidate[];
}

export interface DateConfiguration {
  parsers: DateParser[];
  refiners: DateRefiner[];
}
