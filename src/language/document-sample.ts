// The text the document's own language is decided on: the first ~2,048
// characters of its long paragraphs (titles and bylines say little), with
// its statistics summed from the paragraphs' instead of counted again.
import type { Standard } from './norwegian-standard.js';
import { addStats, emptyStats, textStats, type TextStats } from './text-stats.js';

/** franc reads no further than this. */
export const SAMPLE_LENGTH = 2048;

export interface SamplePiece {
  text: string;
  stats: TextStats;
  long: boolean;
}

/**
 * The long paragraphs (or all, if none is long) joined by line breaks and
 * cut at SAMPLE_LENGTH. A line break ends a word, so the sample's counts are
 * the sum of its paragraphs' counts; only a paragraph cut short is counted
 * again, up to the cut.
 */
export function documentSample(pieces: SamplePiece[], markers: Map<string, Standard>): { text: string; stats: TextStats } {
  const chosen = pieces.some((p) => p.long) ? pieces.filter((p) => p.long) : pieces;
  const parts: string[] = [];
  const stats = emptyStats();
  let length = 0;
  for (const piece of chosen) {
    if (parts.length > 0) length++; // the line break before it
    const room = SAMPLE_LENGTH - length;
    if (piece.text.length <= room) {
      parts.push(piece.text);
      addStats(stats, piece.stats);
      length += piece.text.length;
    } else {
      const head = piece.text.slice(0, room);
      parts.push(head);
      addStats(stats, textStats(head, markers));
      length = SAMPLE_LENGTH;
    }
    if (length >= SAMPLE_LENGTH) break;
  }
  return { text: parts.join('\n'), stats };
}
