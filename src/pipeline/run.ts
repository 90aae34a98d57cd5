// `extract`: files found → read → processed → written, one article at a
// time in input order, so memory stays flat and output is deterministic.
// With `jobs` > 1 the reading and processing run in worker threads on
// batches of files, and results are re-ordered by input position, so the
// output is byte-identical whatever the number of workers.
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { EventRecord } from '../types.js';
import { loadGazetteer } from '../gazetteer/load.js';
import { discoverFiles, readManifest, type InputFile, type ManifestRow } from '../read/index.js';
import { commitAll, openWriters, type Format } from '../output/writers.js';
import { formatsToMake, parseFormatted } from '../output/format.js';
import type { ProcessOptions } from './process.js';
import type { ArticleOutput, ArticleResult } from './process-file.js';
import { RunReportBuilder, type RunReport } from './run-report.js';
import { orderedMap } from './ordered-map.js';
import { batchBounds } from './batches.js';
import { FileList } from './file-list.js';
import { cacheNamespace, codeVersion, ResultCache, type CacheStats } from './cache.js';
import { KeyList, pruneCache, type PruneStats } from './cache-prune.js';
import { filesInShard, parseShard, type Shard } from './shard.js';
import { discoverInWorker, startWorkers, workersBuilt } from './workers.js';
import { TOOL } from '../version.js';

export interface ExtractOptions extends ProcessOptions {
  inputs: string[];
  outDir: string;
  formats: Format[];
  gazetteerDir: string;
  manifest?: string;
  /**
   * Worker threads (more than one needs the compiled package). With 1, the
   * default, an input worth a worker is processed in one worker thread when
   * the package is compiled, so its memory has the same limits as with more;
   * otherwise in this thread. 0: always in this thread, with no heap limit
   * (for an input file too large for a worker's).
   */
  jobs?: number;
  /**
   * Input below this many bytes per worker gets fewer workers (down to none:
   * the calling thread), since starting one costs ~0.9 s of CPU, the time
   * to process ~1 MB. Default MIN_BYTES_PER_WORKER; 0 always uses `jobs`.
   */
  minBytesPerWorker?: number;
  /** Process only this shard of the input (`K/N` or parsed); its run report says which. */
  shard?: Shard | string;
  /** Folder of the incremental-run cache; no cache when absent. */
  cacheDir?: string;
  /**
   * After the run, keep in the cache only the entries this run used or made
   * (cache-prune.ts). Needs `cacheDir`; not with `shard`, whose run sees only
   * part of the input.
   */
  pruneCache?: boolean;
  /** Called after each article, for progress display. */
  onArticle?: (done: number, total: number, bytes: number) => void;
  /**
   * Extra output (the report uses it): called for every article in order with
   * its number of events and a function that gives them as objects (rebuilt
   * from their JSON text when called: keep the function, not the objects,
   * until they are known to be wanted).
   */
  onEvents?: (count: number, events: () => EventRecord[]) => void;
  /**
   * Further files of the run (report.html), made once every event was seen
   * and committed with the dataset, so they too are all new or all old.
   */
  extraOutputs?: (report: RunReport) => { path: string; content: string }[];
}

export interface ExtractResult {
  report: RunReport;
  events: number;
  hadBadInput: boolean;
  /** Worker threads used (0: processed in the calling thread). */
  workers: number;
  cache?: CacheStats;
  /** With `pruneCache`: what the cache kept and lost, or why it could not be pruned (the cache is then as the run left it). */
  pruned?: PruneStats;
  pruneFailed?: string;
}

/** Shard runs add this to run-report.json so `merge` can put input-level entries back first. */
export interface ShardInfo {
  index: number;
  count: number;
  /** How many leading `skipped` / `warnings` entries are about inputs (the same in every shard). */
  input_skipped: number;
  input_warnings: number;
}

export type { ArticleResult };

const RUN_KEYS = new Set(['inputs', 'outDir', 'formats', 'gazetteerDir', 'manifest', 'jobs', 'minBytesPerWorker', 'shard', 'cacheDir', 'pruneCache', 'onArticle', 'onEvents', 'extraOutputs']);

export const MIN_BYTES_PER_WORKER = 512 * 1024;

/** The options the per-article pipeline sees (and the cache key hashes): everything not about the run. */
function processOptions(opts: ExtractOptions): ProcessOptions {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(opts)) if (!RUN_KEYS.has(k) && v !== undefined && typeof v !== 'function') out[k] = v;
  return out as ProcessOptions;
}

interface Source {
  gazetteerVersion: string;
  workers: number;
  results: AsyncGenerator<ArticleOutput>;
  close: () => Promise<void>;
}

async function inThread(files: InputFile[], opts: ExtractOptions, popts: ProcessOptions, manifest: Map<string, ManifestRow> | undefined, formats: Format[]): Promise<Source> {
  const gaz = loadGazetteer(opts.gazetteerDir);
  const { processFile, outputOf } = await import('./process-file.js'); // the stages load only where they run
  const cache = opts.cacheDir ? new ResultCache(opts.cacheDir, cacheNamespace(codeVersion(), gaz.version, popts)) : undefined;
  const results = orderedMap(files, 4, async (f) => outputOf(await processFile(f, gaz, manifest, popts, cache), formats));
  return { gazetteerVersion: gaz.version, workers: 0, results, close: async () => cache?.close() };
}

/** The items in order, each let go once handed out. */
function* drain<T>(items: (T | null)[]): Generator<T> {
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    items[i] = null;
    yield item;
  }
}

/** The batches of the list, each made into file objects only when it is sent. */
function* batchesOf(list: FileList, batchJobs: number): Generator<InputFile[]> {
  for (const [start, end] of batchBounds(list.sizes, batchJobs)) yield list.slice(start, end);
}

async function inWorkers(list: FileList, jobs: number, batchJobs: number, opts: ExtractOptions, popts: ProcessOptions, manifest: Map<string, ManifestRow> | undefined, formats: Format[]): Promise<Source> {
  const cache = opts.cacheDir ? { dir: resolve(opts.cacheDir), code: codeVersion() } : undefined;
  let largest = 0;
  for (const size of list.sizes) largest = Math.max(largest, size);
  const { pool, info } = await startWorkers(jobs, { gazetteerDir: resolve(opts.gazetteerDir), manifest, opts: popts, formats, cache }, largest);
  async function* results(): AsyncGenerator<ArticleOutput> {
    for await (const batch of orderedMap(batchesOf(list, batchJobs), jobs * 2, (b) => pool.run(b))) yield* drain(batch);
  }
  return { gazetteerVersion: info.gazetteerVersion, workers: jobs, results: results(), close: () => pool.close() };
}

export async function runExtract(opts: ExtractOptions): Promise<ExtractResult> {
  const shard = typeof opts.shard === 'string' ? parseShard(opts.shard) : opts.shard;
  if (opts.pruneCache && !opts.cacheDir) throw new Error('pruning the cache needs a cache (--prune-cache without --no-cache)');
  if (opts.pruneCache && shard) throw new Error("pruning the cache in a shard run would drop the other shards' entries: prune in a run over the whole input");
  const popts = processOptions(opts);
  const manifest = opts.manifest ? await readManifest(opts.manifest) : undefined;
  const jobs = Math.max(1, Math.floor(opts.jobs ?? 1));
  // Worker threads run the compiled package; --jobs 0 asks for none.
  const workersAllowed = opts.jobs !== 0 && workersBuilt();
  // Where workers may follow, the walk runs in a worker of its own and the
  // list comes back packed: see discover-worker.ts.
  const found = jobs > 1 || workersAllowed ? await discoverInWorker(opts.inputs, shard) : await discoverFiles(opts.inputs);
  const files = 'list' in found ? found.list : Array.from(filesInShard(found.files, shard));
  const sizes = files instanceof FileList ? files.sizes : files.map((f) => f.size);
  let bytes = 0;
  for (const size of sizes) bytes += size;
  const perWorker = opts.minBytesPerWorker ?? MIN_BYTES_PER_WORKER;
  // How many workers the input is worth (0: not one: starting it would cost more than it saves).
  const worth = perWorker > 0 ? Math.floor(bytes / perWorker) : jobs;
  const batchJobs = Math.max(1, Math.min(jobs, worth));
  let batches = 0;
  if (files instanceof FileList && worth >= 1) for (const _ of batchBounds(sizes, batchJobs)) batches++;
  const workers = Math.min(batchJobs, batches);
  const formats = formatsToMake(opts.formats, opts.onEvents !== undefined);
  // Gazetteer errors surface here, before anything is written.
  const source =
    files instanceof FileList && (workers > 1 || (workers === 1 && workersAllowed))
      ? await inWorkers(files, workers, batchJobs, opts, popts, manifest, formats)
      : await inThread(files instanceof FileList ? files.slice(0, files.length) : files, opts, popts, manifest, formats);
  const total = files.length;

  let writers: ReturnType<typeof openWriters> = [];
  let result: ExtractResult;
  let keys: KeyList | null = null;
  try {
    mkdirSync(opts.outDir, { recursive: true });
    const report = new RunReportBuilder(TOOL, source.gazetteerVersion);
    for (const d of found.diagnostics) report.input(d);
    writers = openWriters(opts.outDir, opts.formats);
    let events = 0;
    let done = 0;
    const cache: CacheStats = { hits: 0, misses: 0, writeErrors: 0 };
    const used = opts.pruneCache ? new KeyList() : null;
    for await (const r of source.results) {
      report.article(r.article, r.tally);
      for (const w of writers) await w.addText(r.text[w.format] ?? '');
      if (opts.onEvents) {
        const json = { json: r.text.json, ndjson: r.text.ndjson }; // not the CSV text: the thunk may be kept
        opts.onEvents(r.tally.total, () => parseFormatted(json));
      }
      events += r.tally.total;
      if (r.cached === true) cache.hits++;
      else if (r.cached === false) cache.misses++;
      if (r.cacheWriteFailed) cache.writeErrors++;
      if (used && r.cacheKey) used.push(r.cacheKey);
      opts.onArticle?.(++done, total, r.bytes);
    }
    const built = report.build();
    const written = shard ? { ...built, shard: shardInfo(shard, found.diagnostics) } : built;
    // One commit for the dataset and its reports: all of them replace the previous run's, or none does.
    // The run report goes last: a folder holding it holds the whole dataset.
    const extra = [...(opts.extraOutputs?.(built) ?? []), { path: join(opts.outDir, 'run-report.json'), content: JSON.stringify(written, null, 2) + '\n' }];
    await commitAll(writers, extra);
    result = { report: built, events, hadBadInput: report.hadBadInput, workers: source.workers, ...(opts.cacheDir ? { cache } : {}) };
    keys = used;
  } catch (err) {
    for (const w of writers) w.abort();
    throw err;
  } finally {
    await source.close();
  }
  // Once every writer of the run has closed its pack. The dataset is written
  // by now: a cache that cannot be pruned (a full disk) is said, not fatal.
  if (keys && opts.cacheDir) {
    try {
      result.pruned = pruneCache(resolve(opts.cacheDir), cacheNamespace(codeVersion(), source.gazetteerVersion, popts), keys);
    } catch (err) {
      result.pruneFailed = (err as Error).message;
    }
  }
  return result;
}

function shardInfo(shard: Shard, inputDiagnostics: { level: string }[]): ShardInfo {
  const skipped = inputDiagnostics.filter((d) => d.level === 'error').length;
  return { index: shard.index, count: shard.count, input_skipped: skipped, input_warnings: inputDiagnostics.length - skipped };
}

