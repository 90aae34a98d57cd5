// A pool worker (compiled to dist/ and run by node directly): loads the
// gazetteer once, then processes batches of files in order and posts back
// each file's result. Protocol in pool.ts.
import '../cli/env.js'; // before any stage imports natural
import { parentPort, workerData } from 'node:worker_threads';
import { loadGazetteer, type Gazetteer } from '../gazetteer/load.js';
import type { InputFile, ManifestRow } from '../read/index.js';
import { cacheNamespace, ResultCache } from './cache.js';
import { outputOf, processFile, type ArticleOutput } from './process-file.js';
import type { ProcessOptions } from './process.js';
import { encodeFormatted, type Format } from '../output/format.js';

export interface WorkerInit {
  gazetteerDir: string;
  manifest?: Map<string, ManifestRow>;
  opts: ProcessOptions;
  /** The formats to make of each file's events (format.ts `formatsToMake`). */
  formats: Format[];
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

// The pool ends a worker with terminate(); Node closes the descriptors the
// thread opened (its cache's packs) when it does.
port.on('message', async (msg: { id: number; task: InputFile[] }) => {
  try {
    // Formatted and encoded here, so the main thread only appends each
    // file's bytes in order: no event objects are rebuilt there (they used to
    // pile up in its heap), and the formatting runs in parallel.
    const results: ArticleOutput[] = [];
    const transfer: ArrayBuffer[] = [];
    for (const f of msg.task) {
      const out = outputOf(await processFile(f, gaz, init.manifest, init.opts, cache), init.formats);
      const encoded = encodeFormatted(out.text);
      results.push({ ...out, text: encoded.bytes });
      transfer.push(...encoded.transfer);
    }
    port.postMessage({ type: 'done', id: msg.id, result: results }, transfer);
  } catch (err) {
    port.postMessage({ type: 'error', id: msg.id, message: (err as Error).message });
  }
});
