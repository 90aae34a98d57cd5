// A pool worker (compiled to dist/ and run by node directly): loads the
// gazetteer once, then processes batches of files in order and posts back
// each file's result. Protocol in pool.ts.
import '../cli/env.js'; // before any stage imports natural
import { parentPort, workerData } from 'node:worker_threads';
import { loadGazetteer, type Gazetteer } from '../gazetteer/load.js';
import type { InputFile, ManifestRow } from '../read/index.js';
import { cacheNamespace, ResultCache } from './cache.js';
import { processFile, type ArticleResult } from './process-file.js';
import type { ProcessOptions } from './process.js';

export interface WorkerInit {
  gazetteerDir: string;
  manifest?: Map<string, ManifestRow>;
  opts: ProcessOptions;
  /** Cache folder and the code version computed once by the main thread. */
  cache?: { dir: string; code: string };
}

export interface WorkerReady {
  gazetteerVersion: string;
}

const init = workerData as WorkerInit;
const port = parentPort!;

let gaz: Gazetteer;
let cache: ResultCache | undefined;
try {
  gaz = loadGazetteer(init.gazetteerDir);
  if (init.cache) cache = new ResultCache(init.cache.dir, cacheNamespace(init.cache.code, gaz.version, init.opts));
  port.postMessage({ type: 'ready', info: { gazetteerVersion: gaz.version } satisfies WorkerReady });
} catch (err) {
  port.postMessage({ type: 'fail', message: (err as Error).message });
}

port.on('message', async (msg: { id: number; task: InputFile[] }) => {
  try {
    const results: ArticleResult[] = [];
    for (const f of msg.task) results.push(await processFile(f, gaz, init.manifest, init.opts, cache));
    // As JSON text, one string per file: the main thread parses a result
    // only when its turn to be written comes, so its objects die young there
    // instead of piling up in the main heap, and no string is large enough
    // to go to the large-object space (which only a full collection empties).
    port.postMessage({ type: 'done', id: msg.id, result: results.map((r) => JSON.stringify(r)) });
  } catch (err) {
    port.postMessage({ type: 'error', id: msg.id, message: (err as Error).message });
  }
});
