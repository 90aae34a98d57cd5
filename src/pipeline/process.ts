// One article through every stage, in order. Pure: the same article and
// gazetteer always give the same result; a stage that fails adds a
// diagnostic and the article goes on with what it has.
import type { Article, DateMention } from '../types.js';
import type { Gazetteer } from '../gazetteer/load.js';
import { detectLanguages } from '../language/index.js';
import { splitSentences } from '../sentences/index.js';
import { matchGazetteer } from '../gazetteer/match.js';
import { findDates } from '../dates/index.js';
import { extractEvents, type EventOptions } from '../events/build.js';
import { sentencesWithSplitReturns } from '../events/acts.js';

export type ProcessOptions = EventOptions;

/**
 * Dates are parsed only in sentences that name an act: the event stage gives
 * an act a date from its own sentence and reads no other (events/build.ts,
 * `dateFor`), and date parsing is one of the costlier stages. Widen this if
 * the event rules ever look at dates elsewhere.
 */
function findArticleDates(article: Article): Article {
  const withAct = new Set<number>();
  for (const m of article.mentions ?? []) if (m.kind === 'trigger') withAct.add(m.sentence);
  // a return told around its object ("sent 100 Uyghurs back") is found by the event stage itself
  for (const i of sentencesWithSplitReturns(article.text, article.sentences ?? [])) withAct.add(i);
  const dates: DateMention[] = [];
  (article.sentences ?? []).forEach((s, i) => {
    if (withAct.has(i)) for (const d of findDates(article.text, s, s.lang, article.published)) dates.push(d);
  });
  return { ...article, dates };
}

const STAGES: [string, (a: Article, gaz: Gazetteer, opts: ProcessOptions) => Article][] = [
  ['language', (a) => detectLanguages(a)],
  ['sentences', (a) => splitSentences(a)],
  ['gazetteer', (a, gaz) => matchGazetteer(a, gaz)],
  ['dates', (a) => findArticleDates(a)],
  ['events', (a, gaz, opts) => extractEvents(a, gaz, opts)],
];

export function processArticle(article: Article, gaz: Gazetteer, opts: ProcessOptions = {}): Article {
  let a = article;
  if (!a.text.trim()) return { ...a, events: [] };
  for (const [name, stage] of STAGES) {
    try {
      a = stage(a, gaz, opts);
    } catch (err) {
      const message = `${name} stage failed: ${(err as Error).message}`.split('\n')[0];
      return { ...a, events: [], diagnostics: [...a.diagnostics, { level: 'error', code: 'stage-failed', message, file: a.file }] };
    }
  }
  return a;
}
