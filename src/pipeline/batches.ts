// Files are handed to workers in batches: one message per file costs more
// than the work on a short article (a first try with one article per task got
// 1.28× on 2 cores). Batches stay small enough for the pool to balance load
// near the end of the run and for the in-flight window to stay light.
import type { InputFile } from '../read/index.js';

const MAX_FILES = 32;
const MAX_BYTES = 512 * 1024;
/** Batches per worker at least, when there are enough files. */
const PER_WORKER = 8;

/** Each batch as [first, end) indexes into the list of file sizes, in order. */
export function* batchBounds(sizes: ArrayLike<number>, jobs: number): Generator<[number, number]> {
  const n = sizes.length;
  const maxFiles = Math.max(1, Math.min(MAX_FILES, Math.ceil(n / (jobs * PER_WORKER))));
  let start = 0;
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    if (i > start && (i - start >= maxFiles || bytes + sizes[i] > MAX_BYTES)) {
      yield [start, i];
      start = i;
      bytes = 0;
    }
    bytes += sizes[i];
  }
  if (n > start) yield [start, n];
}

export function batchFiles(files: InputFile[], jobs: number): InputFile[][] {
  return Array.from(batchBounds(files.map((f) => f.size), jobs), ([s, e]) => files.slice(s, e));
}
