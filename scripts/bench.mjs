// `npm run bench`: end-to-end throughput of `extract` on a generated corpus,
// against a bare baseline measured in the same run. Not a test: it prints a
// table and writes the figures to bench-corpus/results-<MB>mb.json.
//
//   npm run bench -- [--mb 50] [--jobs 0,1,default] [--seed 1] [--profile] [--no-warm] [--no-baseline]
//
// --mb          corpus size in MB (generated once under bench-corpus/, reused)
// --jobs        extract runs to time; "default" = no --jobs flag (= number of cores);
//               0 = all in the main thread (one thread of work, the pair's unit)
// --profile     also run once with --cpu-prof and print the top self-time functions
// --no-warm     skip the re-run on a warm cache
// --no-baseline skip the baseline pass (e.g. `--mb 1000 --jobs default --no-warm
//               --no-baseline` to check that peak memory does not grow with size)
// --no-pair     skip the machine's own ceiling for two workers: two separate
//               --jobs 0 processes (one thread of work each) side by side, each
//               on half the corpus (--shard 1/2 and 2/2), which share nothing
//               but the hardware; compared with the --jobs 0 run
//
// Every extract run uses the default options (formats json,csv, report.html
// when small enough, cache on) except that its cache folder is a fresh temp
// folder, so "cold" means cold.
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { createReadStream, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gazetteerNames } from './bench/gazetteer-names.mjs';
import { generateCorpus } from './bench/generate.mjs';
import { measure } from './bench/measure.mjs';
import { topSelfTime } from './bench/profile.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(ROOT, 'dist/src/cli/main.js');
const GAZ = join(ROOT, 'gazetteers');

const { values: o } = parseArgs({
  options: {
    mb: { type: 'string', default: '50' },
    jobs: { type: 'string', default: `0,1,default` },
    seed: { type: 'string', default: '1' },
    profile: { type: 'boolean', default: false },
    'no-warm': { type: 'boolean', default: false },
    'no-baseline': { type: 'boolean', default: false },
    'no-pair': { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});

if (!existsSync(CLI)) throw new Error('no dist/: run `npm run build` first (npm run bench does)');
const mb = Number(o.mb);
const cores = availableParallelism();
const corpusDir = join(ROOT, 'bench-corpus', `${mb}mb-seed${o.seed}`);
const work = mkdtempSync(join(tmpdir(), 'tnr-bench-'));
const loadBefore = loadavg()[0];

const { vocabulary, prefixes } = gazetteerNames(GAZ);
process.stderr.write(`corpus: ${corpusDir} ...\n`);
const corpus = generateCorpus({ corpusDir: join(ROOT, 'corpus'), dir: corpusDir, megabytes: mb, seed: Number(o.seed), vocabulary, prefixes });
process.stderr.write(`corpus: ${corpus.files} files, ${(corpus.bytes / 1e6).toFixed(1)} MB (${corpus.langs.en} en / ${corpus.langs.no} no seeds, ${corpus.html} HTML)\n`);

const rows = [];
const row = (name, r) => {
  const mbs = corpus.bytes / 1e6 / r.seconds;
  const cores_busy = r.cpuSeconds === null || r.cpuSeconds === undefined ? null : r.cpuSeconds / r.seconds;
  rows.push({ run: name, seconds: r.seconds, files_s: corpus.files / r.seconds, mb_s: mbs, events_s: r.events === null ? null : r.events / r.seconds, peak_rss_mb: r.peakRssMb, cpu_s: r.cpuSeconds ?? null, cores_busy });
  process.stderr.write(`${name}: ${r.seconds.toFixed(2)} s, ${mbs.toFixed(2)} MB/s, peak RSS ${r.peakRssMb.toFixed(0)} MB${cores_busy === null ? '' : `, CPU ${r.cpuSeconds.toFixed(1)} s (${cores_busy.toFixed(2)} cores busy)`}\n`);
};

// Baseline: one thread, read + every 1-4 word window looked up in a hash set.
let bj = null;
if (!o['no-baseline']) {
  const b = await measure(process.execPath, [join(ROOT, 'scripts/bench/baseline.mjs'), corpusDir, GAZ]);
  bj = JSON.parse(b.stdout);
  row('baseline (1 thread: read + 1-4-word hash-set lookups)', { seconds: b.seconds, peakRssMb: b.peakRssMb, events: null });
}

async function extract(name, extra, cacheDir) {
  const out = join(work, name.replace(/\W+/g, '-'));
  const args = [CLI, 'extract', corpusDir, '--out', out, '--quiet', '--cache', cacheDir, ...extra];
  const r = await measure(process.execPath, args);
  const report = JSON.parse(readFileSync(join(out, 'run-report.json'), 'utf8'));
  row(name, { ...r, events: report.events.total });
  return { out, report };
}

const runs = [];
for (const j of o.jobs.split(',')) {
  const isDefault = j === 'default';
  const name = isDefault ? `extract, default options (--jobs ${cores}), cold cache` : `extract --jobs ${j}, cold cache`;
  const cache = join(work, `cache-${j}`);
  runs.push({ j, cache, ...(await extract(name, isDefault ? [] : ['--jobs', j], cache)) });
}
// What two cores give two runs that share nothing: the ceiling for --jobs 2
// on this machine (a one-thread run already keeps part of the second core
// busy with V8's garbage collection and compiler threads; see "cores busy").
// --jobs 0: one thread of work each (--jobs 1 is a worker and the writing
// main thread).
if (!o['no-pair']) {
  // with a fresh cache folder each, as the extract runs above have
  const half = (k) => `${JSON.stringify(process.execPath)} ${JSON.stringify(CLI)} extract ${JSON.stringify(corpusDir)} --out ${JSON.stringify(join(work, `pair-${k}`))} --quiet --cache ${JSON.stringify(join(work, `pair-cache-${k}`))} --jobs 0 --shard ${k}/2`;
  const r = await measure('bash', ['-c', `${half(1)} & ${half(2)} & wait`]);
  const events = [1, 2].reduce((n, k) => n + JSON.parse(readFileSync(join(work, `pair-${k}`, 'run-report.json'), 'utf8')).events.total, 0);
  row('two --jobs 0 processes side by side, half the corpus each (--shard 1/2, 2/2), cold cache; RSS of the larger', { ...r, events });
}
const last = runs[runs.length - 1];
if (!o['no-warm']) await extract('extract, same options, warm cache (nothing changed)', last.j === 'default' ? [] : ['--jobs', last.j], last.cache);

// Compared by streamed SHA-256: at 1 GB events.json is ~3.5 GB, past what
// readFileSync can hold. With one cold run there is nothing to compare.
async function sha256(path) {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path)) h.update(chunk);
  return h.digest('hex');
}
const OUTPUTS = ['events.json', 'events.csv', 'run-report.json'];
let identical = null;
if (runs.length > 1) {
  const sums = [];
  for (const r of runs) sums.push((await Promise.all(OUTPUTS.map((f) => sha256(join(r.out, f))))).join(' '));
  identical = sums.every((x) => x === sums[0]);
}

let profile = null;
if (o.profile) {
  const profDir = join(work, 'prof');
  await measure(process.execPath, ['--cpu-prof', '--cpu-prof-dir', profDir, CLI, 'extract', corpusDir, '--out', join(work, 'prof-out'), '--quiet', '--no-cache', '--jobs', '0']);
  profile = topSelfTime(profDir, 25);
}

const base = bj ? rows[0] : null;
const fmt = (x, d = 1) => (x === null ? '—' : x.toFixed(d));
const lines = [
  `| run | s | files/s | MB/s | events/s | peak RSS MB | CPU s (cores busy) | MB/s ÷ baseline |`,
  `|---|--:|--:|--:|--:|--:|--:|--:|`,
  ...rows.map((r) => `| ${r.run} | ${fmt(r.seconds, 2)} | ${fmt(r.files_s, 0)} | ${fmt(r.mb_s, 2)} | ${fmt(r.events_s, 0)} | ${fmt(r.peak_rss_mb, 0)} | ${r.cpu_s === null ? '—' : `${fmt(r.cpu_s, 1)} (${fmt(r.cores_busy, 2)})`} | ${base ? fmt(r.mb_s / base.mb_s, 2) : '—'} |`),
];
const j0 = rows.find((r) => r.run.startsWith('extract --jobs 0,'));
const j1 = rows.find((r) => r.run.startsWith('extract --jobs 1,'));
const jn = rows.find((r) => r.run.startsWith('extract, default'));
const summary = [
  `corpus: ${corpus.files} files, ${(corpus.bytes / 1e6).toFixed(1)} MB; ${cores} cores; node ${process.version}; events per run: ${runs[0].report.events.total}`,
  bj ? `baseline: ${bj.windows} windows looked up, ${bj.hits} hits` : '',
  `load average (1 min) before the runs: ${loadBefore.toFixed(2)}, after: ${loadavg()[0].toFixed(2)} (other work on the machine distorts every figure)`,
  j1 && jn ? `--jobs ${cores} vs --jobs 1: ${(j1.seconds / jn.seconds).toFixed(2)}×` : '',
  (() => {
    const pair = rows.find((r) => r.run.startsWith('two --jobs 0 processes'));
    return j0 && pair ? `two separate --jobs 0 processes vs one (the machine's ceiling for two threads of work): ${(j0.seconds / pair.seconds).toFixed(2)}×` : '';
  })(),
  `outputs of all cold runs byte-identical: ${identical === null ? 'n/a (one cold run)' : identical ? 'yes' : 'NO'}`,
].filter(Boolean);
process.stdout.write(`\n${lines.join('\n')}\n\n${summary.join('\n')}\n`);
if (profile) process.stdout.write(`\ntop self time, extract --jobs 0 --no-cache (one thread):\n${profile}\n`);

mkdirSync(join(ROOT, 'bench-corpus'), { recursive: true });
writeFileSync(join(ROOT, 'bench-corpus', `results-${mb}mb.json`), JSON.stringify({ corpus, cores, node: process.version, rows, baseline: bj, identical, profile }, null, 2));
if (!o.keep) rmSync(work, { recursive: true, force: true });
if (identical === false) process.exitCode = 1;
