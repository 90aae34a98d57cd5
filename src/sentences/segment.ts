// ICU's sentence segmentation (Intl.Segmenter), one chunk at a time, with
// each piece trimmed of surrounding whitespace. Its known errors (after
// abbreviations, ordinals, at every line break) are repaired by merge.ts.
import { trimSpan } from '../language/paragraphs.js';
import type { Lang, Span } from '../types.js';

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
  const slice = text.slice(chunk.start, chunk.end);
  for (const piece of segmenterFor(lang).segment(slice)) {
    const start = chunk.start + piece.index;
    const span = trimSpan(text, start, start + piece.segment.length);
    if (span.end > span.start) spans.push(span);
  }
  return spans;
}
