// Starts the extract worker pool. Workers run compiled JavaScript: from
// dist/ they sit beside this file; from the TypeScript sources (tests) there
// is no worker.js, so a multi-job run asks for the build instead of silently
// running stale code.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { WorkerPool } from './pool.js';
import type { InputFile } from '../read/index.js';
import type { ArticleResult } from './process-file.js';
import type { WorkerInit, WorkerReady } from './worker.js';

export type ExtractPool = WorkerPool<InputFile[], ArticleResult[], WorkerReady>;

export function workerFile(): URL {
  const url = new URL('./worker.js', import.meta.url);
  if (!existsSync(fileURLToPath(url))) throw new Error('more than one job needs the compiled package: run `npm run build` (or use jobs: 1)');
  return url;
}

export function startWorkers(jobs: number, init: WorkerInit): Promise<{ pool: ExtractPool; info: WorkerReady }> {
  return WorkerPool.start<InputFile[], ArticleResult[], WorkerReady>(workerFile(), jobs, init);
}
