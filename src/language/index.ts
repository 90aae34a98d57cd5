// Language stage: splits the text into paragraphs and decides, per paragraph,
// whether it is processed as English, Bokmål or Nynorsk, or skipped. A
// document mixing languages (a Norwegian article quoting an English letter) is
// processed paragraph by paragraph, each in its own language.
import type { Article, Lang, Paragraph } from '../types.js';
import { classifyText } from './classify.js';
import { mixedDiagnostic, skippedDiagnostic } from './diagnostics.js';
import { documentSample } from './document-sample.js';
import { rankLanguages, type Family } from './franc-detect.js';
import { clearStandard, documentStandard, nynorskMarkers, type Standard } from './norwegian-standard.js';
import { splitParagraphs } from './paragraphs.js';
import { fillShortParagraphs, type Route } from './short-paragraphs.js';
import { textStats, type TextStats } from './text-stats.js';

/** Below these sizes a paragraph's own detection is unreliable (STACK-NOTES). */
const MIN_LETTERS = 40;
const MIN_WORDS = 6;
/** The code reported for a paragraph processed in a language without franc's own answer. */
const CODES: Record<Lang, string> = { en: 'eng', nb: 'nob', nn: 'nno' };

interface Piece {
  start: number;
  end: number;
  text: string;
  stats: TextStats;
  long: boolean;
}

export function detectLanguages(article: Article): Article {
  const markers = nynorskMarkers(); // a bad data file stops the run, not just this article
  try {
    const result = detect(article.text, markers);
    const diagnostics = [...article.diagnostics];
    if (result.paragraphs.every((p) => p.lang === null)) {
      diagnostics.push(skippedDiagnostic(article.file, result.detectedLanguage));
    } else {
      const mixed = mixedDiagnostic(article.file, result.paragraphs);
      if (mixed) diagnostics.push(mixed);
    }
    return { ...article, ...result, diagnostics };
  } catch (error) {
    return {
      ...article,
      paragraphs: [],
      language: null,
      detectedLanguage: 'und',
      diagnostics: [
        ...article.diagnostics,
        { level: 'error', code: 'language-failed', message: `language detection failed: ${String(error)}`, file: article.file },
      ],
    };
  }
}

function detect(text: string, markers: Map<string, Standard>) {
  const pieces: Piece[] = splitParagraphs(text).map((span) => {
    const slice = text.slice(span.start, span.end);
    const stats = textStats(slice, markers);
    // fields named, not spread: `{ ...span }` here took 2.5 % of a one-thread run's CPU
    return { start: span.start, end: span.end, text: slice, stats, long: stats.letters >= MIN_LETTERS && stats.words >= MIN_WORDS };
  });
  const sample = documentSample(pieces, markers);
  const documentDecision = classifyText(sample.text, sample.stats, null);

  const routes: Array<Route | undefined> = [];
  const detected: Array<string | undefined> = [];
  for (const piece of pieces) {
    if (piece.long) {
      const decision = classifyText(piece.text, piece.stats, documentDecision.family);
      routes.push(routeOf(decision.family));
      detected.push(decision.detected);
    } else {
      routes.push(undefined);
      detected.push(undefined); // see shortParagraphCode
    }
  }
  const documentRoute = majorityRoute(pieces, routes) ?? routeOf(documentDecision.family);
  const texts = pieces.map((p) => p.text);
  const filled = fillShortParagraphs(routes, texts, documentRoute).map((route, i) =>
    // A short line in another script (a name in Cyrillic) is never English or Norwegian.
    !pieces[i].long && isMostlyNonLatin(pieces[i].stats) ? 'skip' : route,
  );

  const norwegianMarkers = { nb: 0, nn: 0 };
  filled.forEach((route, i) => {
    if (route !== 'no') return;
    norwegianMarkers.nb += pieces[i].stats.markers.nb;
    norwegianMarkers.nn += pieces[i].stats.markers.nn;
  });
  const standard = documentStandard(norwegianMarkers, documentDecision.detected);
  const langOf = (route: Route, stats: TextStats | null): Lang | null => {
    if (route === 'en') return 'en';
    if (route === 'no') return (stats && clearStandard(stats.markers)) || standard;
    return null;
  };

  const paragraphs: Paragraph[] = pieces.map((piece, i) => {
    const lang = langOf(filled[i], piece.stats);
    return { start: piece.start, end: piece.end, lang, detected: detected[i] ?? shortParagraphCode(piece.text, lang) };
  });
  return { paragraphs, language: langOf(documentRoute, null), detectedLanguage: documentDecision.detected };
}

/**
 * A short paragraph's code: franc's answer when it is skipped (the mixed-
 * language message names it), else the code of the language it takes from
 * its neighbours, which is all franc's answer was used for. franc on every
 * headline and byline cost a third of the stage.
 */
function shortParagraphCode(text: string, lang: Lang | null): string {
  return lang === null ? rankLanguages(text)[0][0] : CODES[lang];
}

function routeOf(family: Family): Route {
  return family === 'en' || family === 'no' ? family : 'skip';
}

/** The route holding most letters of the long paragraphs, or null if there are none. */
function majorityRoute(pieces: Piece[], routes: Array<Route | undefined>): Route | null {
  const letters = new Map<Route, number>();
  routes.forEach((route, i) => {
    if (route !== undefined) letters.set(route, (letters.get(route) ?? 0) + pieces[i].stats.letters);
  });
  let best: Route | null = null;
  for (const [route, n] of letters) if (best === null || n > (letters.get(best) ?? 0)) best = route;
  return best;
}

function isMostlyNonLatin(stats: TextStats): boolean {
  return stats.letters > 0 && stats.latinLetters * 2 < stats.letters;
}
