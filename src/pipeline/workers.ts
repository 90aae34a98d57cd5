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
import { inShard, type Shard } from './shard.js';
import type { WorkerInit, WorkerReady } from './worker.js';
import type { DiscoverMessage } from './discover-worker.js';
import type { ArticleOutput } from './process-file.js';

/** A batch of files in; their results out, events already formatted. */
export type ExtractPool = WorkerPool<InputFile[], ArticleOutput[], WorkerReady>;

export function workerFile(): URL {
  const url = new URL('./worker.js', import.meta.url);
  if (!existsSync(fileURLToPath(url))) throw new Error('more than one job needs the compiled package: run `npm run build` (or use jobs: 1)');
  return url;
}

/** The files found and what went wrong finding them; the list packed (file-list.ts). */
export interface PackedDiscovery {
  list: FileList;
  diagnostics: Diagnostic[];
}

/** discoverFiles, then the shard's share, packed (what discover-worker.ts does in its own thread). */
export async function discoverPacked(inputs: string[], shard: Shard | undefined): Promise<PackedDiscovery> {
  const found = await findFiles(inputs);
  return { list: FileList.pack(shard ? filterShard(found.files, shard) : found.files), diagnostics: found.diagnostics };
}

function* filterShard(files: Iterable<InputFile>, shard: Shard): Generator<InputFile> {
  for (const f of files) if (inShard(f.file, shard)) yield f;
}

/** discoverPacked in a worker whose garbage dies with it; see discover-worker.ts. */
export async function discoverInWorker(inputs: string[], shard: Shard | undefined): Promise<PackedDiscovery> {
  const file = new URL('./discover-worker.js', import.meta.url);
  if (!existsSync(fileURLToPath(file))) return discoverPacked(inputs, shard); // running from the sources: no worker to start
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: { inputs, shard } });
    const parts: PackedFileData[] = [];
    let result: PackedDiscovery | undefined;
    worker.on('message', (m: DiscoverMessage) => {
      if (m.type === 'part') parts.push(m.files);
      else result = { list: FileList.concat(parts.splice(0)), diagnostics: m.diagnostics };
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
 */
export function workerLimits(largestFileBytes: number): ResourceLimits {
  const largestMb = largestFileBytes / 2 ** 20;
  return { maxOldGenerationSizeMb: Math.ceil(OLD_BASE_MB + OLD_PER_INPUT_MB * largestMb), maxYoungGenerationSizeMb: YOUNG_MB };
}
const OLD_BASE_MB = 176;
const OLD_PER_INPUT_MB = 40;
const YOUNG_MB = 16;

export function startWorkers(jobs: number, init: WorkerInit, largestFileBytes: number): Promise<{ pool: ExtractPool; info: WorkerReady }> {
  return WorkerPool.start<InputFile[], ArticleOutput[], WorkerReady>(workerFile(), jobs, init, workerLimits(largestFileBytes));
}
