import { type Command, InvalidArgumentError, Option } from 'commander';
import { availableParallelism } from 'node:os';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderReport } from '../report/index.js';
import type { EventRecord } from '../types.js';
import { DEFAULT_GAZETTEER_DIR } from '../paths.js';
import { FORMATS, type Format } from '../output/writers.js';
import { runExtract } from '../pipeline/run.js';
import { DEFAULT_CACHE_DIR } from '../pipeline/cache.js';
import { parseShard, type Shard } from '../pipeline/shard.js';
import { createProgress } from './progress.js';
import { terminalText } from './terminal-text.js';
import { EXIT, parseList } from './common.js';

function parseCount(value: string, least: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < least) throw new InvalidArgumentError(`must be a whole number ≥ ${least}`);
  return n;
}
const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
const parseJobs = (value: string) => parseCount(value, 0);
const parsePositive = (value: string) => parseCount(value, 1);

function parseShardOption(value: string): Shard {
  try {
    return parseShard(value);
  } catch (err) {
    throw new InvalidArgumentError((err as Error).message);
  }
}

interface ExtractCliOptions {
  out: string;
  format: Format[];
  manifest?: string;
  gazetteers: string;
  includeDenied: boolean;
  quiet: boolean;
  report: boolean;
  reportMaxEvents: number;
  jobs: number;
  minWorkerInput?: number;
  shard?: Shard;
  cache: string | false;
  pruneCache: boolean;
}

/**
 * The HTML report embeds every event, so building it holds them all in
 * memory: past this many (~20–40 MB of events) it is not written, and a large
 * run keeps the flat memory of the streaming writers.
 */
const REPORT_MAX_EVENTS = 20_000;

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Read articles and write their events as JSON/CSV/NDJSON plus a run report')
    .argument('[inputs...]', 'files, folders or globs of .txt, .md and .html articles', ['corpus'])
    .option('-o, --out <dir>', 'output folder', 'out')
    .option('-f, --format <list>', `comma-separated output formats (${FORMATS.join(', ')})`, parseList(FORMATS), ['json', 'csv'] as Format[])
    .option('-m, --manifest <file>', 'CSV with columns file,url,title,published that overrides what is read from the articles')
    .option('-g, --gazetteers <dir>', 'folder of gazetteer files', DEFAULT_GAZETTEER_DIR)
    .option('--include-denied', 'also write acts the text reports as denied (polarity "denied")', false)
    .addOption(new Option('-j, --jobs <n>', 'worker threads; small inputs use fewer; 0: none, all in this thread, without the workers\' memory limits').argParser(parseJobs).default(availableParallelism(), `the number of cores, ${availableParallelism()}`))
    .addOption(new Option('--min-worker-input <bytes>', 'input bytes per worker below which fewer workers start (tests use 0)').argParser(Number).hideHelp())
    .option('--shard <K/N>', 'process only shard K of N (a stable 1/N of the files); join shard outputs with `merge`', parseShardOption)
    .option('--cache <dir>', 'folder of the incremental-run cache: unchanged files are not processed again', DEFAULT_CACHE_DIR)
    .option('--no-cache', 'process every file and keep no cache')
    .option('--prune-cache', 'after the run, keep in the cache only what this run used: drops the entries of changed or removed files and of other versions, gazetteers or options (not with --shard; not while other runs use the cache folder)', false)
    .option('--no-report', 'do not write report.html (the HTML report holds every event in memory)')
    .option('--report-max-events <n>', 'write report.html only when there are at most this many events, so memory stays flat on large runs', parsePositive, REPORT_MAX_EVENTS)
    .option('-q, --quiet', 'no progress or summary on stderr (skipped files are still named)', false)
    .addHelpText('after', `
Exit codes: 0 all inputs processed; 3 finished, but some inputs were skipped as
unreadable or bad (listed in run-report.json; empty files and other languages
do not count); 1 fatal error, nothing written; 2 bad command line.

Output is byte-identical whatever --jobs is, and with or without the cache.

Examples:
  tnr-events extract corpus --out out
  tnr-events extract "articles/**/*.html" --format json,csv,ndjson --manifest sources.csv
  tnr-events extract corpus --out out --prune-cache   # in CI: the cache keeps only what the next run needs
  tnr-events extract archive --shard 3/8 --format ndjson --out shards/3   # then: tnr-events merge shards/* --out out`)
    .action(async (inputs: string[], o: ExtractCliOptions) => {
      const progress = createProgress({ quiet: o.quiet });
      // Each article's events as their text, made into objects only once the
      // run ends within the limit: a large run never pays for the parsing.
      let collected: (() => EventRecord[])[] | null = o.report ? [] : null;
      let collectedCount = 0;
      let reportSkipped = false;
      const collect = (count: number, events: () => EventRecord[]) => {
        if (!collected || count === 0) return;
        collectedCount += count;
        if (collectedCount > o.reportMaxEvents) {
          collected = null; // let them go: the run may be far from over
          reportSkipped = true;
        } else collected.push(events);
      };
      const result = await runExtract({
        inputs, outDir: resolve(o.out), formats: o.format, gazetteerDir: resolve(o.gazetteers), manifest: o.manifest,
        includeDenied: o.includeDenied,
        jobs: o.jobs, minBytesPerWorker: o.minWorkerInput, shard: o.shard, cacheDir: o.cache === false ? undefined : resolve(o.cache), pruneCache: o.pruneCache,
        onArticle: (done, total, bytes) => progress.tick(done, total, bytes),
        onEvents: o.report ? collect : undefined,
        // report.html is committed with the dataset, so it never describes another run's events.
        extraOutputs: (r) => (collected ? [{
          path: join(resolve(o.out), 'report.html'),
          content: renderReport({ events: collected.flatMap((events) => events()), generatedFrom: inputs.join(', '), runSummary: { files: r.files.found, skipped: r.files.skipped, byLanguage: r.languages } }),
        }] : []),
      });
      if (reportSkipped) {
        rmSync(join(resolve(o.out), 'report.html'), { force: true }); // a report of an earlier run would not match these events
        if (!o.quiet) process.stderr.write(`report.html not written: more than ${o.reportMaxEvents} events (raise --report-max-events to write it anyway)\n`);
      }
      const f = result.report.files;
      const c = result.cache;
      const cached = c ? `, ${c.hits} from cache${c.writeErrors ? ` (${c.writeErrors} cache entries could not be written)` : ''}` : '';
      const threads = result.workers > 0 ? ` (${result.workers} worker thread${result.workers > 1 ? 's' : ''})` : '';
      progress.finish(`tnr-events: ${f.processed} files processed${threads}, ${f.skipped} skipped, ${result.events} events${cached} → ${o.out}/`);
      // not silenced by --quiet: the cache keeps growing until this is mended
      if (result.pruneFailed) process.stderr.write(`cache not pruned: ${terminalText(result.pruneFailed)}\n`);
      const p = result.pruned;
      if (p && !o.quiet) process.stderr.write(`cache pruned: kept ${p.kept} entries (${megabytes(p.keptBytes)}), removed ${megabytes(p.removedBytes)}${p.otherNamespaces ? ` with ${p.otherNamespaces} folder${p.otherNamespaces > 1 ? 's' : ''} of other versions or options` : ''}\n`);
      // Not silenced by --quiet, which is about progress: a skipped file is an error the user must see.
      for (const s of result.report.skipped) process.stderr.write(`skipped ${terminalText(s.file)}: ${terminalText(s.reason)}\n`);
      if (result.hadBadInput) process.exitCode = EXIT.skippedInput;
    });
}
