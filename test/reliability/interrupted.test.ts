// Ctrl-C in the middle of a run: the output folder holds either the previous
// complete dataset or nothing, never a truncated events file or a stray
// temporary file, and running again gives byte for byte what an
// uninterrupted run gives (here with the incremental cache the interrupted
// run left behind).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, runCli, startCli, type CliResult } from './built-cli.js';
import { mkTemp, removeTemp, writeFile } from './corpus.js';

const ACTORS = ['Police in Minsk', 'Chinese police', 'Officers from the Iranian embassy', 'Russian agents', 'Turkish intelligence agents'];
const ACTS = ['arrested', 'threatened', 'questioned', 'followed and photographed', 'detained'];
const PEOPLE = ['the journalist Ana Example', 'the activist Kari Example', 'the blogger Omar Placeholder', 'a student from Xinjiang', 'her brother'];
const PLACES = ['in Oslo', 'in Vilnius', 'in Istanbul', 'in Bergen', 'in Warsaw'];
const MONTHS = ['January', 'March', 'May', 'July', 'October'];

/** A few hundred short articles, so that the run lasts long enough to be interrupted. */
function writeCorpus(dir: string, n: number): void {
  for (let i = 0; i < n; i++) {
    const at = (xs: string[], k: number) => xs[(i * (k + 1) + k) % xs.length];
    const sentences = Array.from({ length: 12 }, (_, k) =>
      `${at(ACTORS, k)} ${at(ACTS, k + 1)} ${at(PEOPLE, k + 2)} ${at(PLACES, k + 3)} on ${1 + ((i + k) % 28)} ${at(MONTHS, k)} ${2015 + (k % 8)}.`);
    writeFile(dir, `batch-${String(i % 7)}/article-${String(i).padStart(4, '0')}.txt`,
      `Report number ${i}\n\n${sentences.slice(0, 6).join(' ')}\n\n${sentences.slice(6).join(' ')}\n`);
  }
}

const isTemp = (f: string) => /\.tmp-/.test(f);
const snapshot = (dir: string): Record<string, Buffer> =>
  existsSync(dir) ? Object.fromEntries(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f))])) : {};

/** Starts an extract and sends `signal` as soon as its temporary output files exist (mid-run). */
async function interrupt(args: string[], cwd: string, out: string, signal: NodeJS.Signals): Promise<{ result: CliResult; sawTemp: boolean }> {
  const { child, done } = startCli(args, cwd);
  let sawTemp = false;
  let finished = false;
  void done.then(() => (finished = true));
  while (!finished) {
    if (existsSync(out) && readdirSync(out).some(isTemp)) {
      sawTemp = true;
      await new Promise((r) => setTimeout(r, 200)); // into the run: some articles written, some cached
      child.kill(signal);
      break;
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  return { result: await done, sawTemp };
}

let tmp: string;
let reference: Record<string, Buffer>;

beforeAll(async () => {
  await buildCli();
  tmp = mkTemp('int');
  writeCorpus(join(tmp, 'corpus'), 300);
  writeCorpus(join(tmp, 'small'), 3);
  const ref = await runCli(['extract', 'corpus', '--out', 'out-ref', '-q', '--no-cache'], tmp);
  expect(ref.code, ref.stderr).toBe(0);
  reference = snapshot(join(tmp, 'out-ref'));
}, 300_000);

afterAll(() => removeTemp(tmp));

describe('an interrupted run', () => {
  it('makes a dataset worth interrupting', () => {
    expect(Object.keys(reference)).toEqual(expect.arrayContaining(['events.csv', 'events.json', 'run-report.json']));
    expect(JSON.parse(reference['events.json'].toString()).length).toBeGreaterThan(1000);
  });

  it('Ctrl-C leaves no events file, run report or temporary file behind', async () => {
    const out = join(tmp, 'out-a');
    const { result, sawTemp } = await interrupt(['extract', 'corpus', '--out', 'out-a', '-q'], tmp, out, 'SIGINT');
    expect(sawTemp).toBe(true);
    expect(result.code).toBe(130);
    expect(readdirSync(out)).toEqual([]);
  }, 120_000);

  it('running again (with the cache the interrupted run filled) gives byte for byte the uninterrupted result', async () => {
    const again = await runCli(['extract', 'corpus', '--out', 'out-a', '-q'], tmp);
    expect(again.code, again.stderr).toBe(0);
    const got = snapshot(join(tmp, 'out-a'));
    expect(Object.keys(got)).toEqual(Object.keys(reference));
    for (const f of Object.keys(reference)) expect(got[f].equals(reference[f]), `${f} differs`).toBe(true);
  }, 120_000);

  it.each(['SIGINT', 'SIGTERM'] as const)('%s keeps the previous complete dataset as it was', async (signal) => {
    const out = join(tmp, `out-${signal}`);
    const first = await runCli(['extract', 'small', '--out', out, '-q', '--no-cache'], tmp);
    expect(first.code).toBe(0);
    const before = snapshot(out);
    const { result, sawTemp } = await interrupt(['extract', 'corpus', '--out', out, '-q', '--no-cache'], tmp, out, signal);
    expect(sawTemp).toBe(true);
    expect(result.code).toBe(signal === 'SIGINT' ? 130 : 143);
    expect(snapshot(out)).toEqual(before);
  }, 120_000);

});
