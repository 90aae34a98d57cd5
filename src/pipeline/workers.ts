// Starts the extract worker pool. Workers run compiled JavaScript: from
// dist/ they sit beside this file; from the TypeScript sources (tests) there
// is no worker.js, so a multi-job run asks for the build instead of silently
// running stale code.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker, type ResourceLimits } from 'node:worker_threads';
import { WorkerPool } from './pool.js';
import { findFiles } from '../read/discover.js';
import type { InputFile } from '../read/index.js';
import type { Diagnostic } from '../types.js';
import { FileList, type PackedFileData } from './file-list.js';
import { filesInShard, type Shard } from './shard.js';
import type { WorkerInit, WorkerReady } from './worker.js';
import type { DiscoverMessage } from './discover-worker.js';
import type { ArticleOutput } from './process-file.js';

/** A batch of files in; their results out, events already formatted. */
export type ExtractPool = WorkerPool<InputFile[], ArticleOutput[], WorkerReady>;

const WORKER = new URL('./worker.js', import.meta.url);

/** Whether this is the compiled package, whose worker threads can be started. */
export const workersBuilt = (): boolean => existsSync(fileURLToPath(WORKER));

export function workerFile(): URL {
  if (!workersBuilt()) throw new Error('more than one job needs the compiled package: run `npm run build` (or use jobs: 1)');
  return WORKER;
}

/** The files found and what went wrong finding them; the list packed (file-list.ts). */
export interface PackedDiscovery {
  list: FileList;
  diagnostics: Diagnostic[];
}

/** The shard's share of the files found, one at a time (discover-worker.ts packs them as they come). */
export async function findShardFiles(inputs: string[], shard: Shard | undefined): Promise<{ files: Iterable<InputFile>; diagnostics: Diagnostic[] }> {
  const found = await findFiles(inputs);
  return { files: filesInShard(found.files, shard), diagnostics: found.diagnostics };
}

/** The shard's files found in a worker whose garbage dies with it, and packed; see discover-worker.ts. */
export async function discoverInWorker(inputs: string[], shard: Shard | undefined): Promise<PackedDiscovery> {
  if (!workersBuilt()) {
    // running from the sources: no worker to start
    const found = await findShardFiles(inputs, shard);
    return { list: FileList.pack(found.files), diagnostics: found.diagnostics };
  }
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./discover-worker.js', import.meta.url), { workerData: { inputs, shard } });
    const parts: PackedFileData[] = [];
    let result: PackedDiscovery | undefined;
    worker.on('message', (m: DiscoverMessage) => {
      if (m.type === 'part') parts.push(m.files);
      else result = { list: new FileList(parts.splice(0)), diagnostics: m.diagnostics };
    });
    worker.once('error', reject);
    worker.once('exit', (code) => (result ? resolve(result) : reject(new Error(`finding the input files failed (worker exit code ${code})`))));
  });
}

/**
 * Heap limits per worker. Without them V8 lets garbage pile up to several
 * times the live heap before a full collection (measured: old space growing
 * to 160 MB a worker over a 10 MB corpus with ~47 MB live), which is what
 * made two workers cost 580 MB. The live heap is the gazetteer plus one
 * batch of articles, so the limit grows with the largest input file
 * (its words, mentions and sentence views are ~30× its size).
 *
 * The young generation: a smaller one is collected in the middle of more
 * articles, so more of an article's short-lived objects outlive two
 * collections and move to the old space, which costs more to collect. Every
 * worker gets 32 MB. A lone worker (`--jobs 1`, a one-core machine's
 * default): on the 50 MB corpus 19–22 s and ~245 MB, against 23–24 s and
 * ~225 MB with 16 MB. Two workers (2026-12-06, seven interleaved pairs on
 * 50 MB): 32 MB took 8–10 % less CPU and wall time than 16 MB (e.g. 30.2
 * against 33.5 CPU s) for ~40 MB more (316–328 against 277–291 MB); 64 MB
 * was faster again but reached 401–414 MB, past the 400 MB target.
 */
export function workerLimits(largestFileBytes: number): ResourceLimits {
  const largestMb = largestFileBytes / 2 ** 20;
  return { maxOldGenerationSizeMb: Math.ceil(OLD_BASE_MB + OLD_PER_INPUT_MB * largestMb), maxYoungGenerationSizeMb: YOUNG_MB };
}
const OLD_BASE_MB = 176;
const OLD_PER_INPUT_MB = 40;
const YOUNG_MB = 32;

export function startWorkers(jobs: number, init: WorkerInit, largestFileBytes: number): Promise<{ pool: ExtractPool; info: WorkerReady }> {
  return WorkerPool.start<InputFile[], ArticleOutput[], WorkerReady>(workerFile(), jobs, init, workerLimits(largestFileBytes));
}
