// Files, or stretches of them, read in small pieces, never as one large
// buffer: data files (gazetteers, the language and sentence stages' tables),
// the code hashed for the cache's version, the cache's own entries.
//
// Why: glibc's malloc serves a request of 128 KB or more with a mapping of
// its own, and when such a mapping is freed it raises that limit to the
// freed size (up to 32 MB) and the limit for giving memory back to twice
// that, for the whole process and for good. `readFileSync(path, 'utf8')` of
// the 1 MB places.tsv frees a 2 MB buffer, and hashing its text as a string
// frees a 3 MB one: from then on every thread's malloc arena kept up to 6 MB
// it no longer used, and a long run crept upwards (docs/PERFORMANCE.md,
// "Memory"). Pieces of 64 KB stay below the limit; the one piece buffer of a
// thread is reused (each piece is handed over before the next is read).
import { closeSync, openSync, readSync } from 'node:fs';

const PIECE = 64 * 1024;
let piece: Uint8Array | null = null;

/**
 * Reads up to `length` bytes (Infinity: to the end) from `position` of an
 * open file, handing each piece to `onBytes` (valid only during the call);
 * returns how many bytes there were.
 */
export function readPieces(fd: number, position: number, length: number, onBytes: (bytes: Uint8Array) => void): number {
  const buf = (piece ??= new Uint8Array(PIECE));
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buf, 0, Math.min(PIECE, length - done), position + done);
    if (n === 0) break;
    done += n;
    onBytes(buf.subarray(0, n));
  }
  return done;
}

/** Feeds the file's bytes to `onBytes` in pieces (for a hash), without keeping them. */
export function readFileInPieces(path: string, onBytes: (bytes: Uint8Array) => void): void {
  const fd = openSync(path, 'r');
  try {
    readPieces(fd, 0, Infinity, onBytes);
  } finally {
    closeSync(fd);
  }
}

/**
 * `length` bytes (Infinity: to the end) from `position` of an open file as
 * UTF-8 text, decoded exactly as `readFileSync(path, 'utf8')` decodes (a
 * byte order mark is kept; bad bytes become U+FFFD); null when the file ends
 * before `length` bytes. Each raw piece is handed to `onBytes` first.
 */
export function readText(fd: number, position: number, length: number, onBytes?: (bytes: Uint8Array) => void): string | null {
  const decoder = new TextDecoder('utf-8', { ignoreBOM: true });
  const parts: string[] = [];
  const got = readPieces(fd, position, length, (bytes) => {
    onBytes?.(bytes);
    parts.push(decoder.decode(bytes, { stream: true }));
  });
  if (length !== Infinity && got !== length) return null;
  parts.push(decoder.decode());
  return parts.join('');
}

/**
 * The file's text, as `readFileSync(path, 'utf8')` gives it (see readText).
 * Each raw piece is handed to `onBytes` first (to hash the bytes without
 * making them into a string again). Errors are those of `openSync` / `readSync`.
 */
export function readTextFile(path: string, onBytes?: (bytes: Uint8Array) => void): string {
  const fd = openSync(path, 'r');
  try {
    return readText(fd, 0, Infinity, onBytes)!;
  } finally {
    closeSync(fd);
  }
}
