// The HTML report holds every event in memory, so `extract` writes it only
// for runs up to --report-max-events: a large run keeps flat memory.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it, vi } from 'vitest';
import { registerExtract } from '../../src/cli/extract-command.js';
import { writeArticles } from './articles.js';

async function extract(...args: string[]) {
  const program = new Command().exitOverride();
  registerExtract(program);
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    await program.parseAsync(['node', 'tnr-events', 'extract', ...args, '--jobs', '1', '--no-cache']);
    return stderr.mock.calls.map((c) => String(c[0])).join('');
  } finally {
    stderr.mockRestore();
    process.exitCode = undefined;
  }
}

describe('report.html and run size', () => {
  const corpus = writeArticles(4);

  it('writes report.html for a small run', async () => {
    const out = mkdtempSync(join(tmpdir(), 'out-'));
    await extract(corpus, '--out', out);
    expect(existsSync(join(out, 'report.html'))).toBe(true);
  }, 60_000);

  it('skips it past --report-max-events, says so, and removes a stale one', async () => {
    const out = mkdtempSync(join(tmpdir(), 'out-'));
    writeFileSync(join(out, 'report.html'), '<p>an earlier run</p>');
    const said = await extract(corpus, '--out', out, '--report-max-events', '2');
    expect(said).toContain('report.html not written: more than 2 events');
    expect(existsSync(join(out, 'report.html'))).toBe(false);
    expect(existsSync(join(out, 'events.json'))).toBe(true);
  }, 60_000);
});
