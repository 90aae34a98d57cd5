// The dataset is replaced all at once or not at all: events files and the
// run report are finished first and renamed together (commitAll), and a
// failure in any of them leaves the previous dataset and no temporary file.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { AtomicFile } from '../../src/output/atomic-file.js';
import { commitAll, openWriters } from '../../src/output/writers.js';
import { makeEvent } from '../helpers/event.js';
import { mkTemp } from './corpus.js';

const tmp = mkTemp('atomic');
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
afterEach(() => vi.restoreAllMocks());

const snapshot = (dir: string) =>
  Object.fromEntries(readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1)).map((e) => [e.name, e.isDirectory() ? '(folder)' : readFileSync(join(dir, e.name), 'utf8')]));

async function writeDataset(dir: string, id: string, reportDir = dir): Promise<void> {
  const writers = openWriters(dir, ['json', 'csv', 'ndjson']);
  for (const w of writers) await w.add([makeEvent({ id })]);
  await commitAll(writers, [{ path: join(reportDir, 'run-report.json'), content: `{"run":"${id}"}\n` }]);
}

describe('commitAll', () => {
  it('publishes every events file and the run report', async () => {
    const dir = join(tmp, 'a');
    mkdirSync(dir);
    await writeDataset(dir, '1111111111111111');
    const files = snapshot(dir);
    expect(Object.keys(files)).toEqual(['events.csv', 'events.json', 'events.ndjson', 'run-report.json']);
    expect(JSON.parse(files['events.json'])[0].id).toBe('1111111111111111');
    expect(files['run-report.json']).toContain('1111111111111111');
  });

  it('when one file cannot be written, renames none and leaves the previous dataset whole', async () => {
    const dir = join(tmp, 'b');
    mkdirSync(dir);
    await writeDataset(dir, '1111111111111111');
    const before = snapshot(dir);
    // The run report's folder does not exist: its write fails after the events files were written.
    await expect(writeDataset(dir, '2222222222222222', join(tmp, 'no-such-folder'))).rejects.toThrow(/ENOENT/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('a folder where an output goes stops the commit before anything is renamed', async () => {
    const dir = join(tmp, 'folder-in-the-way');
    mkdirSync(dir);
    await writeDataset(dir, '1111111111111111');
    rmSync(join(dir, 'events.ndjson'));
    mkdirSync(join(dir, 'events.ndjson')); // renamed after events.json and events.csv
    const before = snapshot(dir);
    await expect(writeDataset(dir, '2222222222222222')).rejects.toThrow(/events\.ndjson: is a folder/);
    expect(snapshot(dir)).toEqual(before);
  });

  it('when a rename fails after others succeeded, the old run report goes: no new events beside an old report', async () => {
    const dir = join(tmp, 'rename-fails');
    mkdirSync(dir);
    await writeDataset(dir, '1111111111111111');
    const publish = AtomicFile.prototype.publish;
    vi.spyOn(AtomicFile.prototype, 'publish').mockImplementation(function (this: AtomicFile) {
      if (this.path.endsWith('events.csv')) throw new Error('EPERM: operation not permitted (simulated)');
      publish.call(this);
    });
    await expect(writeDataset(dir, '2222222222222222')).rejects.toThrow(/EPERM/);
    const files = snapshot(dir);
    expect(Object.keys(files)).toEqual(['events.json']); // renamed before the failure; nothing else, no temporary file
    expect(files['events.json']).toContain('2222222222222222');
  });

  it('a file whose stream already failed rejects on commit instead of hanging', async () => {
    const f = new AtomicFile(join(tmp, 'missing-folder', 'events.json'));
    await new Promise((r) => setTimeout(r, 50)); // the open error arrives before commit is called
    await expect(f.commit()).rejects.toThrow(/ENOENT/);
    f.abort();
    expect(existsSync(join(tmp, 'missing-folder'))).toBe(false);
  });
});
