// Language stage: splits the text into paragraphs and decides, per paragraph,
// whether it is processed as English, Bokmål or Nynorsk, or skipped. A
// document mixing languages (a Norwegian article quoting an English letter) is
// processed paragraph by paragraph, each in its own language.
import type { Article, Lang, Paragraph } from '../types.js';
import { classifyText } from './classify.js';
import { mixedDiagnostic, skippedDiagnostic } from './diagnostics.js';
import { rankLanguages, type Family } from './franc-detect.js';
import { clearStandard, documentStandard, nynorskMarkers, type Standard } from './norwegian-standard.js';
import { splitParagraphs } from './paragraphs.js';
import { fillShortParagraphs, type Route } from './short-paragraphs.js';
import { textStats, type TextStats } from './text-stats.js';

/** Below these sizes a paragraph's own detection is unreliable (STACK-NOTES). */
const MIN_LETTERS = 40;
const MIN_WORDS = 6;
/** franc reads no further than this. */
const SAMPLE_LENGTH = 2048;

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
    return { ...span, text: slice, stats, long: stats.letters >= MIN_LETTERS && stats.words >= MIN_WORDS };
  });
  const sample = documentSample(pieces);
  const documentDecision = classifyText(sample, textStats(sample, markers), null);

  const routes: Array<Route | undefined> = [];
  const detected: string[] = [];
  for (const piece of pieces) {
    if (piece.long) {
      const decision = classifyText(piece.text, piece.stats, documentDecision.family);
      routes.push(routeOf(decision.family));
      detected.push(decision.detected);
    } else {
      routes.push(undefined);
      detected.push(rankLanguages(piece.text)[0][0]);
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

  const paragraphs: Paragraph[] = pieces.map((piece, i) => ({
    start: piece.start,
    end: piece.end,
    lang: langOf(filled[i], piece.stats),
    detected: detected[i],
  }));
  return { paragraphs, language: langOf(documentRoute, null), detectedLanguage: documentDecision.detected };
}

/** The first ~2,048 characters of the long paragraphs (titles and bylines say little). */
function documentSample(pieces: Piece[]): string {
  const chosen = pieces.some((p) => p.long) ? pieces.filter((p) => p.long) : pieces;
  let sample = '';
  for (const piece of chosen) {
    sample += (sample ? '\n' : '') + piece.text;
    if (sample.length >= SAMPLE_LENGTH) break;
  }
  return sample.slice(0, SAMPLE_LENGTH);
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
