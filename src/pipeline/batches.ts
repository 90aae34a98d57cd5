// Files are handed to workers in batches: one message per file costs more
// than the work on a short article (a first try with one article per task got
// 1.28× on 2 cores). Batches stay small enough for the pool to balance load
// near the end of the run and for the in-flight window to stay light.
import type { InputFile } from '../read/index.js';

const MAX_FILES = 32;
const MAX_BYTES = 512 * 1024;
/** Batches per worker at least, when there are enough files. */
const PER_WORKER = 8;

export function batchFiles(files: InputFile[], jobs: number): InputFile[][] {
  const maxFiles = Math.max(1, Math.min(MAX_FILES, Math.ceil(files.length / (jobs * PER_WORKER))));
  const out: InputFile[][] = [];
  let cur: InputFile[] = [];
  let bytes = 0;
  for (const f of files) {
    if (cur.length && (cur.length >= maxFiles || bytes + f.size > MAX_BYTES)) {
      out.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(f);
    bytes += f.size;
  }
  if (cur.length) out.push(cur);
  return out;
}
