// The pool with small stand-in workers (plain .mjs files), so these tests
// need no build: the real worker is exercised by parallel.test.ts.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/pipeline/pool.js';

const dir = mkdtempSync(join(tmpdir(), 'pool-'));
function workerScript(name: string, body: string): string {
  const path = join(dir, name);
  writeFileSync(path, `import { parentPort, workerData, threadId } from 'node:worker_threads';\n${body}\n`);
  return path;
}

const squares = workerScript('squares.mjs', `
parentPort.postMessage({ type: 'ready', info: { version: workerData.version, threadId } });
parentPort.on('message', async ({ id, task }) => {
  if (task.fail) return parentPort.postMessage({ type: 'error', id, message: 'task ' + task.n + ' failed' });
  if (task.crash) process.exit(7);
  await new Promise((r) => setTimeout(r, task.delay ?? 0));
  parentPort.postMessage({ type: 'done', id, result: { n: task.n, sq: task.n * task.n, threadId } });
});`);
const failsToStart = workerScript('fails.mjs', `parentPort.postMessage({ type: 'fail', message: 'gazetteers/x.tsv:3:1: bad row' });`);

type Task = { n: number; delay?: number; fail?: boolean; crash?: boolean };
type Result = { n: number; sq: number; threadId: number };
let pool: WorkerPool<Task, Result> | undefined;
afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

describe('WorkerPool', () => {
  it('starts N workers with the shared init data and spreads tasks over them', async () => {
    const started = await WorkerPool.start<Task, Result, { version: string }>(squares, 3, { version: 'v1' });
    pool = started.pool;
    expect(started.info.version).toBe('v1');
    expect(pool.size).toBe(3);
    const results = await Promise.all(Array.from({ length: 30 }, (_, n) => pool!.run({ n, delay: (n * 3) % 7 })));
    expect(results.map((r) => r.sq)).toEqual(Array.from({ length: 30 }, (_, n) => n * n));
    expect(new Set(results.map((r) => r.threadId)).size).toBe(3);
  });

  it('fails start-up with the worker’s own message (a bad gazetteer row stops the run)', async () => {
    await expect(WorkerPool.start(failsToStart, 2, {})).rejects.toThrow('gazetteers/x.tsv:3:1: bad row');
  });

  it('rejects only the task that failed', async () => {
    pool = (await WorkerPool.start<Task, Result>(squares, 2, { version: 'v' })).pool;
    const bad = pool.run({ n: 1, fail: true });
    await expect(bad).rejects.toThrow('task 1 failed');
    await expect(pool.run({ n: 4 })).resolves.toMatchObject({ sq: 16 });
  });

  it('fails every pending task when a worker dies, so a run never hangs', async () => {
    pool = (await WorkerPool.start<Task, Result>(squares, 1, { version: 'v' })).pool;
    const crash = pool.run({ n: 0, crash: true });
    const queued = pool.run({ n: 2, delay: 5 });
    await expect(crash).rejects.toThrow(/exit code 7/);
    await expect(queued).rejects.toThrow(/exit code 7/);
    await expect(pool.run({ n: 3 })).rejects.toThrow(/exit code 7/);
  });
});
