// A run's outputs are one dataset: extract and merge commit the events files,
// run-report.json and (extract) report.html in one step (commitAll), so a
// failure while finishing any of them leaves the previous dataset exactly as
// it was, never a new run report beside old events or new events beside an
// old run report.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { AtomicFile } from '../../src/output/atomic-file.js';
import { mergeShards } from '../../src/pipeline/merge.js';
import { runExtract } from '../../src/pipeline/run.js';
import { DEFAULT_GAZETTEER_DIR } from '../../src/paths.js';
import { GOOD, mkTemp, removeTemp, writeFile, writeGood } from './corpus.js';

let tmp: string;

const snapshot = (dir: string): Record<string, string> =>
  existsSync(dir) ? Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')])) : {};

/** With a further output standing for report.html, which the command line commits with the dataset. */
const extract = (input: string, outDir: string, extra: { shard?: string; formats?: ('json' | 'csv' | 'ndjson')[] } = {}) =>
  runExtract({
    inputs: [input], outDir, formats: extra.formats ?? ['json', 'csv'], gazetteerDir: DEFAULT_GAZETTEER_DIR, shard: extra.shard,
    extraOutputs: (r) => [{ path: join(outDir, 'report.html'), content: `<p>${r.files.found} files</p>\n` }],
  });

/** Makes finishing the CSV file fail, as a full disk would: after the other outputs were written in full. */
function failCsvFinish(): void {
  const finish = AtomicFile.prototype.finish;
  vi.spyOn(AtomicFile.prototype, 'finish').mockImplementation(function (this: AtomicFile) {
    if (this.path.endsWith('events.csv')) return Promise.reject(new Error('ENOSPC: no space left on device (simulated)'));
    return finish.call(this);
  });
}

beforeAll(() => {
  tmp = mkTemp('commit');
  writeGood(join(tmp, 'old'));
  writeGood(join(tmp, 'new'));
  writeFile(join(tmp, 'new'), 'extra.txt', 'Chinese police threatened the Uyghur activist Omar Placeholder in Oslo in 2020.\n');
});

afterEach(() => vi.restoreAllMocks());
afterAll(() => removeTemp(tmp));

describe('committing a run', () => {
  it('extract: a failure finishing one output leaves the previous dataset and its report as they were', async () => {
    const out = join(tmp, 'out-extract');
    await extract(join(tmp, 'old'), out);
    const before = snapshot(out);
    expect(Object.keys(before)).toEqual(['events.csv', 'events.json', 'report.html', 'run-report.json']);
    failCsvFinish();
    await expect(extract(join(tmp, 'new'), out)).rejects.toThrow(/ENOSPC/);
    expect(snapshot(out)).toEqual(before);
  }, 60_000);

  it('extract: the same run without the failure replaces all four', async () => {
    const out = join(tmp, 'out-extract');
    const before = snapshot(out);
    await extract(join(tmp, 'new'), out);
    const after = snapshot(out);
    for (const f of Object.keys(before)) expect(after[f], f).not.toBe(before[f]);
    expect(JSON.parse(after['run-report.json']).files.found).toBe(Object.keys(GOOD).length + 1);
  }, 60_000);

  it('merge: a failure finishing one output leaves the previous merged dataset and its report as they were', async () => {
    const shards = async (input: string, name: string) => {
      const dirs = [join(tmp, `${name}-1`), join(tmp, `${name}-2`)];
      for (const [i, d] of dirs.entries()) await extract(input, d, { shard: `${i + 1}/2`, formats: ['ndjson'] });
      return dirs;
    };
    const out = join(tmp, 'out-merge');
    await mergeShards({ shardDirs: await shards(join(tmp, 'old'), 'old-shard'), outDir: out, formats: ['json', 'csv'] });
    const before = snapshot(out);
    expect(Object.keys(before)).toEqual(['events.csv', 'events.json', 'run-report.json']);
    const fresh = await shards(join(tmp, 'new'), 'new-shard');
    failCsvFinish();
    await expect(mergeShards({ shardDirs: fresh, outDir: out, formats: ['json', 'csv'] })).rejects.toThrow(/ENOSPC/);
    expect(snapshot(out)).toEqual(before);
  }, 60_000);
});
