// Finds the input files in a short-lived worker thread. Walking a large
// archive makes ~1 KB of short-lived objects per file (stat results, paths,
// the de-duplication set: 210 MB of heap for 157,000 files), which the main
// thread would keep as resident memory for the rest of the run; here it
// disappears with the worker, and only this shard's list comes back, packed
// (file-list.ts): a few strings and arrays, not an object per file.
import { parentPort, workerData } from 'node:worker_threads';
import type { Shard } from './shard.js';
import { discoverPacked } from './workers.js';

const { inputs, shard } = workerData as { inputs: string[]; shard?: Shard };
const { list, diagnostics } = await discoverPacked(inputs, shard);
parentPort!.postMessage({ files: list.data, diagnostics });
