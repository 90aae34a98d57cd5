// Intl.Segmenter's cost grows faster than the input on Node 20 (STACK-NOTES):
// each segment costs ~0.75 µs plus ~0.3 µs per 1,000 characters of the string
// being segmented (measured), so 2,000 characters run ~1.5× faster than
// 5,000 on ordinary text and 2× on dense punctuation. A long paragraph is
// therefore cut into chunks of at most 2,000 characters first:
// at a line break if there is one, else after a full stop, else at a space,
// else anywhere (a 1 MB token). Each search looks back at most half a chunk,
// which keeps the whole cut linear in the paragraph's length. Most chunks now
// go to scanner.ts, which is linear, but the cuts stay: a cut ends a piece,
// so moving them would change sentences, and the chunks scanner.ts cannot
// read still go to Intl.Segmenter.
import type { Span } from '../types.js';
import { TERMINAL, isLineBreak, isSpace } from './characters.js';

export const MAX_CHUNK = 2000;

export function chunkSpan(text: string, start: number, end: number, max = MAX_CHUNK): Span[] {
  const chunks: Span[] = [];
  let from = start;
  while (end - from > max) {
    const cut = findCut(text, from, from + max);
    chunks.push({ start: from, end: cut });
    from = cut;
  }
  chunks.push({ start: from, end });
  return chunks;
}

/** The best cut in (from + max/2, limit]; the text at the cut starts the next chunk. */
function findCut(text: string, from: number, limit: number): number {
  const floor = from + Math.floor((limit - from) / 2);
  let afterStop = -1;
  let atSpace = -1;
  for (let i = limit - 1; i > floor; i--) {
    const c = text[i];
    if (isLineBreak(c)) return i + 1;
    if (afterStop < 0 && isSpace(c) && TERMINAL.has(text[i - 1])) afterStop = i + 1;
    if (atSpace < 0 && isSpace(c)) atSpace = i + 1;
  }
  if (afterStop > 0) return afterStop;
  if (atSpace > 0) return atSpace;
  // Never split a surrogate pair.
  const code = text.charCodeAt(limit);
  return code >= 0xdc00 && code <= 0xdfff ? limit - 1 : limit;
}
