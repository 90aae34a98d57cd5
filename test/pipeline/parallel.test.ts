// The parallel and multi-machine paths through the compiled command line:
// worker threads run compiled JavaScript, so the package is built into a
// private folder first (with a snapshot of the gazetteers, which may be
// edited while the tests run).
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { PACKAGE_ROOT } from '../../src/paths.js';
import { writeArticles } from './articles.js';

const tmp = (p: string) => mkdtempSync(join(tmpdir(), p));
let build: string;
let corpus: string;

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, [join(build, 'dist/src/cli/main.js'), ...args], { encoding: 'utf8' });
  return { code: r.status, stderr: r.stderr, stdout: r.stdout };
}

/** The test corpus is small: without this, a run this size stays in one thread. */
const ALWAYS_WORKERS = ['--min-worker-input', '0'];
const FILES = ['events.json', 'events.csv', 'events.ndjson', 'run-report.json'];
const read = (dir: string, files = FILES) => Object.fromEntries(files.map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

beforeAll(() => {
  build = tmp('tnr-build-');
  cpSync(join(PACKAGE_ROOT, 'package.json'), join(build, 'package.json'));
  cpSync(join(PACKAGE_ROOT, 'gazetteers'), join(build, 'gazetteers'), { recursive: true });
  symlinkSync(join(PACKAGE_ROOT, 'node_modules'), join(build, 'node_modules'), 'dir');
  // Type errors elsewhere in the tree (work in progress) do not stop tsc from emitting.
  spawnSync(process.execPath, [join(PACKAGE_ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(PACKAGE_ROOT, 'tsconfig.json'), '--outDir', join(build, 'dist')], { encoding: 'utf8' });
  if (!existsSync(join(build, 'dist/src/pipeline/worker.js'))) throw new Error('build failed');

  corpus = writeArticles(30);
  writeFileSync(join(corpus, 'empty.txt'), '');
  writeFileSync(join(corpus, 'nested', 'binary.txt'), Buffer.from([0x00, 0x01, 0xff, 0x00, 0x10, 0x80, 0x00]));
}, 180_000);

describe('--jobs', () => {
  it('keeps a small input in one thread, where starting workers would cost more than they save', () => {
    const r = cli('extract', corpus, '--out', tmp('out-'), '--jobs', '2', '--no-cache');
    expect(r.code).toBe(3);
    expect(r.stderr).not.toContain('worker threads');
  }, 60_000);

  it('writes the same bytes with no worker thread or 1, 2 or 3 of them', () => {
    const outs = [0, 1, 2, 3].map((j) => {
      const out = tmp('out-');
      const r = cli('extract', corpus, '--out', out, '--format', 'json,csv,ndjson', '--jobs', String(j), '--no-cache', ...ALWAYS_WORKERS);
      expect(r.code).toBe(3); // the binary file is reported as bad input
      // --jobs 1 too runs in a worker when the input is worth one, so its memory has the workers' limits; 0 runs in the main thread
      if (j === 0) expect(r.stderr).not.toContain('worker thread');
      else expect(r.stderr).toContain(j > 1 ? `(${j} worker threads)` : '(1 worker thread)');
      return read(out);
    });
    expect(JSON.parse(outs[0]['run-report.json']).events.total).toBeGreaterThan(20);
    for (const out of outs.slice(1)) expect(out).toEqual(outs[0]);
  }, 120_000);

  it('with worker threads, reuses the cache their packs hold and writes the same bytes', () => {
    const cache = tmp('cache-');
    const first = tmp('out-'), again = tmp('out-');
    expect(cli('extract', corpus, '--out', first, '--jobs', '2', '--cache', cache, ...ALWAYS_WORKERS).code).toBe(3);
    const [namespace] = readdirSync(cache);
    const packs = readdirSync(join(cache, namespace));
    // one pack and one index per worker, not a file per input
    expect(packs.filter((f) => f.endsWith('.pack'))).toHaveLength(2);
    expect(packs.filter((f) => f.endsWith('.idx'))).toHaveLength(2);
    const r = cli('extract', corpus, '--out', again, '--jobs', '2', '--cache', cache, ...ALWAYS_WORKERS);
    const report = JSON.parse(readFileSync(join(again, 'run-report.json'), 'utf8'));
    expect(report.files.found).toBeGreaterThan(30);
    expect(r.stderr).toContain(`, ${report.files.found} from cache`); // a bad file's verdict is kept too
    expect(read(again, ['events.json', 'events.csv', 'run-report.json'])).toEqual(read(first, ['events.json', 'events.csv', 'run-report.json']));
    expect(readdirSync(join(cache, namespace))).toEqual(packs); // nothing new to store
  }, 120_000);

  it('with worker threads, --prune-cache leaves one pack of the entries the run used', () => {
    const own = writeArticles(12); // its own: other tests here change their corpus
    const cache = tmp('cache-');
    expect(cli('extract', own, '--out', tmp('out-'), '--jobs', '2', '--cache', cache, ...ALWAYS_WORKERS).code).toBe(0);
    appendFileSync(join(own, readdirSync(own).filter((f) => f.endsWith('.txt')).sort()[0]), '\nPolice later detained a journalist in Oslo.\n');
    const pruned = tmp('out-');
    const r = cli('extract', own, '--out', pruned, '--jobs', '2', '--cache', cache, '--prune-cache', ...ALWAYS_WORKERS);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('(2 worker threads)');
    expect(r.stderr).toMatch(/cache pruned: kept 12 entries \([\d.]+ MB\), removed [\d.]+ MB\n/);
    const [namespace] = readdirSync(cache);
    expect(readdirSync(join(cache, namespace)).filter((f) => f.endsWith('.pack'))).toHaveLength(1);
    const again = tmp('out-'), fresh = tmp('out-');
    expect(cli('extract', own, '--out', again, '--jobs', '2', '--cache', cache, ...ALWAYS_WORKERS).stderr).toContain(', 12 from cache');
    cli('extract', own, '--out', fresh, '--no-cache');
    const files = ['events.json', 'events.csv', 'run-report.json'];
    expect(read(again, files)).toEqual(read(fresh, files));
    expect(read(pruned, files)).toEqual(read(fresh, files));

    const shard = cli('extract', own, '--out', tmp('out-'), '--shard', '1/2', '--cache', cache, '--prune-cache');
    expect({ code: shard.code, stderr: shard.stderr.trim().split('\n').length }).toEqual({ code: 1, stderr: 1 });
    expect(shard.stderr).toMatch(/shard/);
  }, 120_000);

  it.skipIf(!existsSync('/proc/self/fd'))('closes every file it opened, in this thread or in workers, cache included (a library caller may run it many times)', async () => {
    const { runExtract } = (await import(pathToFileURL(join(build, 'dist/src/pipeline/run.js')).href)) as typeof import('../../src/pipeline/run.js');
    const open = () => readdirSync('/proc/self/fd').length;
    // in this thread (the input is worth no worker), then in two workers
    for (const [jobs, minBytesPerWorker] of [[1, 2 ** 40], [2, 0]]) {
      const cache = tmp('cache-');
      const run = () => runExtract({ inputs: [corpus], outDir: tmp('out-'), formats: ['json', 'csv'], gazetteerDir: join(build, 'gazetteers'), jobs, minBytesPerWorker, cacheDir: cache });
      expect((await run()).workers).toBe(jobs === 1 ? 0 : 2); // the first run may open what stays open for good (module files, thread-pool handles)
      const before = open();
      await run(); // from the cache: packs opened for reading
      const afterHits = open();
      appendFileSync(join(corpus, readdirSync(corpus).find((f) => f.endsWith('.txt'))!), '\nPolice later detained a journalist in Oslo.\n');
      await run(); // one file changed: a pack opened for writing
      expect({ jobs, afterHits: afterHits - before, afterWrite: open() - before }).toEqual({ jobs, afterHits: 0, afterWrite: 0 });
    }
  }, 120_000);

  it('stops with the gazetteer row’s file:line and writes nothing when a worker cannot load it', () => {
    const gaz = tmp('gaz-');
    cpSync(join(build, 'gazetteers'), gaz, { recursive: true });
    appendFileSync(join(gaz, 'triggers.tsv'), '\nbeaten up\tNOT_A_TACTIC\ten\t\n');
    const out = join(tmp('out-'), 'never');
    const r = cli('extract', corpus, '--out', out, '--gazetteers', gaz, '--jobs', '2', '--no-cache', ...ALWAYS_WORKERS);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/triggers\.tsv:\d+:\d+: unknown tactic "NOT_A_TACTIC"/);
    expect(existsSync(out)).toBe(false);
  }, 60_000);
});

describe('--shard and merge', () => {
  let shards: string[];
  let single: Record<string, string>;
  const missing = '/nonexistent/input/folder';

  beforeAll(() => {
    const singleOut = tmp('single-');
    cli('extract', corpus, missing, '--out', singleOut, '--format', 'json,csv,ndjson', '--no-cache');
    single = read(singleOut);
    const base = tmp('shards-');
    shards = [1, 2, 3].map((k) => {
      const out = join(base, String(k));
      const r = cli('extract', corpus, missing, '--shard', `${k}/3`, '--out', out, '--format', 'ndjson', '--jobs', '2', '--no-cache', ...ALWAYS_WORKERS);
      expect(r.code).toBe(3);
      return out;
    });
  }, 120_000);

  it('splits the files between the shards, each file once', () => {
    const counts = shards.map((d) => JSON.parse(readFileSync(join(d, 'run-report.json'), 'utf8')).files.found as number);
    expect(counts.every((c) => c > 0)).toBe(true);
    expect(counts.reduce((a, b) => a + b)).toBe(JSON.parse(single['run-report.json']).files.found);
  }, 60_000);

  it('merges 3 shards into the same bytes as a single run', () => {
    const out = tmp('merged-');
    const r = cli('merge', ...[...shards].reverse(), '--out', out, '--format', 'json,csv,ndjson');
    expect(r.code).toBe(0);
    expect(read(out)).toEqual(single);
    // the input that does not exist is reported once, not once per shard
    expect(JSON.parse(single['run-report.json']).skipped.filter((s: { file: string }) => s.file === missing)).toHaveLength(1);
  }, 60_000);

  it('refuses an incomplete or repeated set of shards and writes nothing', () => {
    for (const dirs of [[shards[0], shards[2]], [shards[0], shards[1], shards[1], shards[2]]]) {
      const out = join(tmp('merged-'), 'never');
      const r = cli('merge', ...dirs, '--out', out);
      expect(r.code).toBe(1);
      expect(r.stderr).toMatch(/missing shard 2\/3|given twice/);
      expect(existsSync(out)).toBe(false);
    }
  }, 60_000);

  it('refuses a folder that is not a shard run', () => {
    const plain = tmp('plain-');
    mkdirSync(plain, { recursive: true });
    expect(cli('extract', corpus, '--out', plain, '--format', 'ndjson', '--no-cache').code).toBe(3);
    const r = cli('merge', plain, '--out', tmp('merged-'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('not a shard run');
    expect(readdirSync(plain)).toContain('events.ndjson');
  }, 60_000);
});
