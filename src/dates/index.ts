// The date stage: every date expression in a sentence, with offsets into the
// article text, resolved against the publication date where it is relative.
// Layout (chrono-node style): common/parsers and common/refiners hold the
// rules, en/ and no/ the words of each language and English's chrono-node
// parser, configuration.ts which of them run for a language and in what order.
import type { DateMention, Lang, Span } from '../types.js';
import { precisionOf, toMention } from './candidates.js';
import { configurationFor } from './configuration.js';
import { isoValue, parseReference } from './reference.js';
import type { Candidate, ParseContext, Reference } from './types.js';

let lastPublished: string | null = null;
let lastReference: Reference | null = null;

/** The parsed publication date; the pipeline asks once per sentence with the same string. */
function referenceFor(published: string | null): Reference | null {
  if (published !== lastPublished) {
    lastPublished = published;
    lastReference = parseReference(published);
  }
  return lastReference;
}

function candidatesIn(sentence: string, lang: Lang, ref: Reference | null): Candidate[] {
  const config = configurationFor(lang);
  const ctx: ParseContext = { text: sentence, lang, ref };
  let found: Candidate[] = [];
  for (const parser of config.parsers) {
    const more = parser.find(ctx);
    if (more.length) found = found.length ? found.concat(more) : more;
  }
  if (found.length === 0) return found;
  for (const refiner of config.refiners) found = refiner.refine(ctx, found);
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Every date expression in `text.slice(span.start, span.end)`, sorted by
 * start and non-overlapping, with offsets into `text`. `published` is the
 * article date as partial ISO (`2020-02-25`, `2022-01`, `2022`) or null;
 * without it relative and year-less expressions yield nothing.
 */
export function findDates(text: string, span: Span, lang: Lang, published: string | null): DateMention[] {
  const start = Math.max(0, span.start);
  const end = Math.min(text.length, span.end);
  if (end <= start) return [];
  const sentence = text.slice(start, end);
  return candidatesIn(sentence, lang, referenceFor(published)).map((c) => toMention(c, sentence, start));
}

const LONE_YEAR = /(?<![\p{L}\p{N}])((?:19|20)\d\d)(?![\p{L}\p{N}])/gu;

/**
 * The one date in a short string such as a header line (`date 2021-05-23`,
 * `Publisert: 25. Feb 2020, kl. 15:18`): the first absolute date found, or a
 * lone year when the string holds nothing else. Null when there is none.
 */
export function parseDateExpression(
  s: string,
  lang: Lang | 'any',
): { value: string; precision: DateMention['precision'] } | null {
  const langs: Lang[] = lang === 'any' ? ['nb', 'en'] : [lang];
  let best: Candidate | null = null;
  for (const l of langs) {
    const first = candidatesIn(s, l, null)[0];
    if (first && (!best || first.start < best.start || (first.start === best.start && first.end > best.end))) best = first;
  }
  if (best) return { value: isoValue(best.year, best.month, best.day), precision: precisionOf(best) };
  const years = [...s.matchAll(LONE_YEAR)];
  return years.length === 1 ? { value: years[0][1], precision: 'year' } : null;
}
