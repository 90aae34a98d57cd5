// Whole data files (gazetteers, the language and sentence stages' tables)
// read in small pieces, never as one large buffer.
//
// Why: glibc's malloc serves a request of 128 KB or more with a mapping of
// its own, and when such a mapping is freed it raises that limit to the
// freed size (up to 32 MB) and the limit for giving memory back to twice
// that, for the whole process and for good. `readFileSync(path, 'utf8')` of
// the 1 MB places.tsv frees a 2 MB buffer, and hashing its text as a string
// frees a 3 MB one: from then on every thread's malloc arena kept up to 6 MB
// it no longer used, and a long run crept upwards (docs/PERFORMANCE.md,
// "Memory"). Pieces of 64 KB stay below the limit and are reused.
import { closeSync, openSync, readSync } from 'node:fs';

const PIECE = 64 * 1024;

/**
 * The file's text, decoded as UTF-8 exactly as `readFileSync(path, 'utf8')`
 * decodes it (a byte order mark is kept; bad bytes become U+FFFD). Each raw
 * piece is handed to `onBytes` first (to hash the bytes without making them
 * into a string again). Errors are those of `openSync` / `readSync`.
 */
export function readTextFile(path: string, onBytes?: (bytes: Uint8Array) => void): string {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const piece = new Uint8Array(PIECE);
  const parts: string[] = [];
  const fd = openSync(path, 'r');
  try {
    for (;;) {
      const n = readSync(fd, piece, 0, PIECE, null);
      if (n === 0) break;
      const bytes = piece.subarray(0, n);
      onBytes?.(bytes);
      parts.push(decoder.decode(bytes, { stream: true }));
    }
  } finally {
    closeSync(fd);
  }
  parts.push(decoder.decode());
  return parts.join('');
}

/** Feeds the file's bytes to `onBytes` in pieces (for a hash), without keeping them. */
export function readFileInPieces(path: string, onBytes: (bytes: Uint8Array) => void): void {
  const piece = new Uint8Array(PIECE);
  const fd = openSync(path, 'r');
  try {
    for (;;) {
      const n = readSync(fd, piece, 0, PIECE, null);
      if (n === 0) break;
      onBytes(piece.subarray(0, n));
    }
  } finally {
    closeSync(fd);
  }
}
