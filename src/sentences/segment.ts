// Unicode sentence segmentation (UAX #29), one chunk at a time, with each
// piece trimmed of surrounding whitespace. scanner.ts gives Intl.Segmenter's
// pieces several times faster; a chunk with a character it does not support
// goes to Intl.Segmenter itself. Their known errors (after abbreviations,
// ordinals, at every line break) are repaired by merge.ts.
import { trimSpan } from '../language/paragraphs.js';
import type { Lang, Span } from '../types.js';
import { scanSentences } from './scanner.js';

const segmenters = new Map<Lang, Intl.Segmenter>();

function segmenterFor(lang: Lang): Intl.Segmenter {
  let segmenter = segmenters.get(lang);
  if (!segmenter) {
    segmenter = new Intl.Segmenter(lang, { granularity: 'sentence' });
    segmenters.set(lang, segmenter);
  }
  return segmenter;
}

export function segmentChunk(text: string, chunk: Span, lang: Lang): Span[] {
  const spans: Span[] = [];
  for (const piece of scanSentences(text, chunk.start, chunk.end) ?? segmenterPieces(text, chunk, lang)) {
    const span = trimSpan(text, piece.start, piece.end);
    if (span.end > span.start) spans.push(span);
  }
  return spans;
}

/** Intl.Segmenter's pieces of the chunk, untrimmed. */
export function segmenterPieces(text: string, chunk: Span, lang: Lang): Span[] {
  const pieces: Span[] = [];
  for (const piece of segmenterFor(lang).segment(text.slice(chunk.start, chunk.end))) {
    const start = chunk.start + piece.index;
    pieces.push({ start, end: start + piece.segment.length });
  }
  return pieces;
}
