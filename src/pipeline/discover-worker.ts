// Finds the input files in a short-lived worker thread. Walking a large
// archive makes short-lived objects per file (directory entries, stat
// results, paths: the walk's heap reached ~110 MB for 157,000 files, most of
// it garbage not yet collected), which the main thread would keep as
// resident memory for the rest of the run; here it disappears with the
// worker, and only this shard's list comes back, packed (file-list.ts): a
// few arrays, not an object per file.
//
// The list is sent in parts of PART_FILES files. As one message, a
// 157,000-file list is a ~25 MB buffer that the C allocator maps and unmaps,
// which makes glibc raise its mmap threshold to that size for the rest of
// the process: every buffer below it (read files, batch messages, output
// chunks) then comes from heaps that are never given back, and memory crept
// from ~300 to ~370 MB over the first half-minute of a 1 GB run (measured:
// with the threshold pinned by MALLOC_MMAP_THRESHOLD_ it stayed at ~320).
// Parts of ~1 MB keep the threshold where a small run leaves it.
import { parentPort, workerData } from 'node:worker_threads';
import type { Shard } from './shard.js';
import { findShardFiles } from './workers.js';
import { FileList, type PackedFileData } from './file-list.js';
import type { Diagnostic } from '../types.js';

const PART_FILES = 8192;

export type DiscoverMessage =
  | { type: 'part'; files: PackedFileData }
  | { type: 'done'; diagnostics: Diagnostic[] };

const { inputs, shard } = workerData as { inputs: string[]; shard?: Shard };
const { files: found, diagnostics } = await findShardFiles(inputs, shard);
for (const files of FileList.packInParts(found, PART_FILES)) parentPort!.postMessage({ type: 'part', files } satisfies DiscoverMessage, FileList.buffers(files));
parentPort!.postMessage({ type: 'done', diagnostics } satisfies DiscoverMessage);
