// `merge`: joins the outputs of `extract --shard K/N` runs into the bytes a
// single run gives. Every shard lists its events in input order (display
// path, byte order) and a file's events all sit in one shard, so a k-way
// merge on the display path restores the single-run order without sorting
// within a file. Run reports are summed; the input-level entries (inputs not
// found, loops), which every shard repeats, are taken once.
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { EventRecord } from '../types.js';
import { compareBytes } from '../read/path-order.js';
import { commitAll, openWriters, type Format } from '../output/writers.js';
import type { RunReport } from './run-report.js';
import type { ShardInfo } from './run.js';

export interface MergeOptions {
  shardDirs: string[];
  outDir: string;
  formats: Format[];
}

type ShardReport = RunReport & { shard?: ShardInfo };

interface ShardOutput {
  dir: string;
  report: ShardReport;
  info: ShardInfo;
}

function readShard(dir: string): ShardOutput {
  const path = join(dir, 'run-report.json');
  if (!existsSync(path)) throw new Error(`${dir}: no run-report.json (is it the --out folder of an extract --shard run?)`);
  const report = JSON.parse(readFileSync(path, 'utf8')) as ShardReport;
  if (!report.shard) throw new Error(`${path}: not a shard run (no "shard" field; run extract with --shard K/N)`);
  if (!existsSync(join(dir, 'events.ndjson'))) throw new Error(`${dir}: no events.ndjson (run the shards with --format ndjson)`);
  return { dir, report, info: report.shard };
}

/** All N shards of one run, once each, same tool and gazetteer: anything else would give a wrong dataset. */
function checkComplete(shards: ShardOutput[]): ShardOutput[] {
  if (!shards.length) throw new Error('no shard folders given');
  const n = shards[0].info.count;
  const first = shards[0].report;
  const byIndex = new Map<number, ShardOutput>();
  for (const s of shards) {
    if (s.info.count !== n) throw new Error(`${s.dir} is shard ${s.info.index}/${s.info.count}, but ${shards[0].dir} is one of ${n}`);
    if (s.report.tool !== first.tool || s.report.gazetteer_version !== first.gazetteer_version)
      throw new Error(`${s.dir} was made by ${s.report.tool} with gazetteer ${s.report.gazetteer_version}, ${shards[0].dir} by ${first.tool} with ${first.gazetteer_version}`);
    const dup = byIndex.get(s.info.index);
    if (dup) throw new Error(`shard ${s.info.index}/${n} given twice: ${dup.dir} and ${s.dir}`);
    byIndex.set(s.info.index, s);
  }
  const missing = Array.from({ length: n }, (_, i) => i + 1).filter((i) => !byIndex.has(i));
  if (missing.length) throw new Error(`missing shard${missing.length > 1 ? 's' : ''} ${missing.map((i) => `${i}/${n}`).join(', ')}`);
  return [...byIndex.values()].sort((a, b) => a.info.index - b.info.index);
}

/** Stable k-way merge of lists each already sorted by `file`. */
function mergeByFile<T extends { file: string }>(lists: T[][]): T[] {
  const out: T[] = [];
  const pos = lists.map(() => 0);
  for (;;) {
    let best = -1;
    for (let i = 0; i < lists.length; i++)
      if (pos[i] < lists[i].length && (best < 0 || compareBytes(lists[i][pos[i]].file, lists[best][pos[best]].file) < 0)) best = i;
    if (best < 0) return out;
    out.push(lists[best][pos[best]++]);
  }
}

const sortKeys = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

function sum(records: Record<string, number>[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const r of records) for (const [k, v] of Object.entries(r)) out[k] = (out[k] ?? 0) + v;
  return sortKeys(out);
}

export function mergeReports(shards: ShardOutput[]): RunReport {
  const reports = shards.map((s) => s.report);
  const { shard: _omit, ...first } = reports[0];
  const files = { found: 0, processed: 0, skipped: 0, with_warnings: 0 };
  for (const r of reports) for (const k of Object.keys(files) as (keyof typeof files)[]) files[k] += r.files[k];
  const inputSkipped = shards[0].info.input_skipped;
  const inputWarnings = shards[0].info.input_warnings;
  return {
    ...first,
    files,
    skipped: [...reports[0].skipped.slice(0, inputSkipped), ...mergeByFile(shards.map((s) => s.report.skipped.slice(s.info.input_skipped)))],
    warnings: [...reports[0].warnings.slice(0, inputWarnings), ...mergeByFile(shards.map((s) => s.report.warnings.slice(s.info.input_warnings)))],
    languages: sum(reports.map((r) => r.languages)),
    events: {
      total: reports.reduce((n, r) => n + r.events.total, 0),
      denied: reports.reduce((n, r) => n + r.events.denied, 0),
      by_tactic: sum(reports.map((r) => r.events.by_tactic)),
      by_language: sum(reports.map((r) => r.events.by_language)),
    },
  };
}

/** Events of one shard, one file at a time. */
async function* fileGroups(path: string): AsyncGenerator<EventRecord[]> {
  const lines = createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let group: EventRecord[] = [];
  for await (const line of lines) {
    if (!line) continue;
    const e = JSON.parse(line) as EventRecord;
    if (group.length && group[0].source.file !== e.source.file) {
      yield group;
      group = [];
    }
    group.push(e);
  }
  if (group.length) yield group;
}

export async function mergeShards(opts: MergeOptions): Promise<{ report: RunReport; events: number; shards: number }> {
  const shards = checkComplete(opts.shardDirs.map(readShard));
  const report = mergeReports(shards);
  mkdirSync(opts.outDir, { recursive: true });
  const writers = openWriters(opts.outDir, opts.formats);
  let events = 0;
  try {
    const streams = shards.map((s) => fileGroups(join(s.dir, 'events.ndjson')));
    const heads = await Promise.all(streams.map((s) => s.next()));
    for (;;) {
      let best = -1;
      for (let i = 0; i < heads.length; i++) {
        const h = heads[i];
        if (h.done) continue;
        const b = heads[best];
        if (best < 0 || (!b.done && compareBytes(h.value[0].source.file, b.value[0].source.file) < 0)) best = i;
      }
      if (best < 0) break;
      const group = heads[best].value as EventRecord[];
      for (const w of writers) await w.add(group);
      events += group.length;
      heads[best] = await streams[best].next();
    }
    if (events !== report.events.total) throw new Error(`the shards' events files hold ${events} events but their run reports count ${report.events.total}: a shard output is incomplete`);
    // One commit for the dataset and its report, as extract does (run.ts).
    await commitAll(writers, [{ path: join(opts.outDir, 'run-report.json'), content: JSON.stringify(report, null, 2) + '\n' }]);
  } catch (err) {
    for (const w of writers) w.abort();
    throw err;
  }
  return { report, events, shards: shards.length };
}
