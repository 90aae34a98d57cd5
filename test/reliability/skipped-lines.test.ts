// Skipped files are errors the user must see: one line each on stderr, also
// with --quiet (which silences progress only), and a hostile file name can
// neither send terminal escapes nor forge a line of its own.
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunReport } from '../../src/pipeline/run-report.js';
import { buildCli, runCli, type CliResult } from './built-cli.js';
import { mkTemp, readJson, removeTemp, writeFile, writeGood } from './corpus.js';

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00]);
/** Names that would clear the screen, recolour, forge a line or reorder text if printed raw; each file is binary, so skipped. */
const HOSTILE = [
  'evil\u001b[2J\u001b[31mred\u001b[0m.txt',
  'forge\nskipped innocent.txt: nothing wrong.txt',
  'overwrite\rtnr-events: all fine.txt',
  'csi\u009b2J.txt',
  'bidi\u202etxt.exe.txt',
];
const RAW_CONTROL = /[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202e]/;

let tmp: string;
let quiet: CliResult;
let report: RunReport;

beforeAll(async () => {
  await buildCli();
  tmp = mkTemp('skip');
  writeGood(join(tmp, 'corpus'));
  for (const name of HOSTILE) writeFile(join(tmp, 'corpus'), name, PNG);
  expect(readdirSync(join(tmp, 'corpus'))).toEqual(expect.arrayContaining(HOSTILE));
  quiet = await runCli(['extract', 'corpus', '--out', 'out', '-q', '-j', '1', '--no-cache'], tmp);
  report = readJson(join(tmp, 'out/run-report.json'));
}, 180_000);

afterAll(() => removeTemp(tmp));

describe('skipped-file lines on stderr', () => {
  it('are printed with --quiet, one per skipped file, and nothing else is', () => {
    expect(quiet.code).toBe(3);
    expect(report.skipped.map((s) => s.file).sort()).toEqual([...HOSTILE].sort());
    const lines = quiet.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(HOSTILE.length);
    for (const l of lines) expect(l).toMatch(/^skipped .+: .*binary/);
  });

  it('escape control characters, so no escape sequence reaches the terminal and no line is forged', () => {
    expect(quiet.stderr).not.toMatch(RAW_CONTROL);
    const lines = quiet.stderr.split('\n');
    expect(lines).toContain('skipped evil\\u001b[2J\\u001b[31mred\\u001b[0m.txt: binary file (PNG image), not read');
    expect(lines).toContain('skipped forge\\u000askipped innocent.txt: nothing wrong.txt: binary file (PNG image), not read');
    expect(lines.some((l) => l.startsWith('skipped innocent.txt') || l.startsWith('tnr-events: all fine'))).toBe(false);
    expect(lines).toContain('skipped csi\\u009b2J.txt: binary file (PNG image), not read');
    expect(lines).toContain('skipped bidi\\u202etxt.exe.txt: binary file (PNG image), not read');
  });

  it('a fatal error quoting a hostile value is escaped too', async () => {
    writeFileSync(join(tmp, 'manifest.csv'), 'file,url\n"x\u001b[2J.txt",\n"x\u001b[2J.txt",\n');
    const r = await runCli(['extract', 'corpus', '--out', 'out-m', '-q', '-j', '1', '--no-cache', '-m', 'manifest.csv'], tmp);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('tnr-events: manifest.csv:3:1: duplicate file "x\\u001b[2J.txt" (first listed on line 2)\n');
  }, 60_000);
});
