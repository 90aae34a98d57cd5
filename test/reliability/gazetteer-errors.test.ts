// A broken gazetteer row or manifest stops the run before anything is
// written, with one line `tnr-events: <file>:<line>:<col>: reason` that a
// researcher can jump to, and exit code 1. An older dataset in the output
// folder is left as it was.
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_GAZETTEER_DIR } from '../../src/paths.js';
import { buildCli, runCli } from './built-cli.js';
import { mkTemp, removeTemp, writeGood } from './corpus.js';

let tmp: string;
let caseNo = 0;

beforeAll(async () => {
  await buildCli();
  tmp = mkTemp('gaz');
  writeGood(join(tmp, 'corpus'));
}, 180_000);

afterAll(() => removeTemp(tmp));

/** Output files a run may leave: none of them may exist after a fatal error. */
const outputsIn = (dir: string): string[] =>
  existsSync(dir) ? readdirSync(dir).filter((f) => /^events\.|^run-report\.json|\.tmp-/.test(f)) : [];

interface Broken {
  /** File in the gazetteer folder, the row's first cells to find it (or 'header'), and the replacement row. */
  file: string;
  row: string;
  /** Cell (0-based) the error must point at; -1: the end of the line (a missing column). */
  cell: number;
  reason: RegExp;
}

/** Copies gazetteers/, replaces the first data row (or the header) of `file`, returns the dir, line and column expected. */
function breakGazetteer(b: Broken, header: boolean): { dir: string; line: number; col: number } {
  const dir = join(tmp, `gaz-${++caseNo}`);
  cpSync(DEFAULT_GAZETTEER_DIR, dir, { recursive: true });
  const lines = readFileSync(join(dir, b.file), 'utf8').split('\n');
  const content = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.trim() !== '' && !l.startsWith('#'));
  const at = content[header ? 0 : 1].i;
  lines[at] = b.row;
  writeFileSync(join(dir, b.file), lines.join('\n'));
  const cells = b.row.split('\t');
  const col = b.cell < 0 ? b.row.length + 1 : cells.slice(0, b.cell).join('\t').length + (b.cell > 0 ? 2 : 1);
  return { dir, line: at + 1, col };
}

const ROWS: Array<[string, Broken]> = [
  ['a trigger row with a missing column', { file: 'triggers.tsv', row: 'detain*\tDETENTION', cell: -1, reason: /expected 4 tab-separated columns, found 2/ }],
  ['an unknown tactic', { file: 'triggers.tsv', row: 'detain*\tDETAINING\ten\t', cell: 1, reason: /unknown tactic "DETAINING"/ }],
  ['an unknown language', { file: 'triggers.tsv', row: 'detain*\tDETENTION\tsv\t', cell: 2, reason: /unknown lang "sv"/ }],
  ['a prefix pattern too short', { file: 'triggers.tsv', row: 'de*\tDETENTION\ten\t', cell: 0, reason: /prefix "de\*"/ }],
  ['an unknown country code on an actor', { file: 'actors.tsv', row: 'police\tpolice\tXX\ten\t', cell: 2, reason: /unknown country code "XX"/ }],
  ['a latitude that is not a number', { file: 'places.tsv', row: 'Tromsø\tNO\tcity\t69,6489\t18.9551\t38980\t', cell: 3, reason: /"69,6489" is not a decimal number/ }],
  ['a latitude out of range', { file: 'places.tsv', row: 'Tromsø\tNO\tcity\t696.489\t18.9551\t38980\t', cell: 3, reason: /lat 696.489 is outside -90..90/ }],
  ['a hexadecimal longitude', { file: 'places.tsv', row: 'Tromsø\tNO\tcity\t69.6489\t0x12\t38980\t', cell: 4, reason: /"0x12" is not a decimal number/ }],
  ['a bad precision', { file: 'places.tsv', row: 'Tromsø\tNO\ttown\t69.6489\t18.9551\t38980\t', cell: 2, reason: /precision must be city or region/ }],
  ['a row with more columns than the header', { file: 'places.tsv', row: 'Tromsø\tNO\tcity\t69.6489\t18.9551\t38980\t\textra', cell: 7, reason: /more columns than the header's 7/ }],
  ['a lower-case country code in countries.tsv', { file: 'countries.tsv', row: 'Andorra\tad\tname\ten\t42.5000\t1.5000', cell: 1, reason: /bad country code "ad"/ }],
  ['a bad kind in countries.tsv', { file: 'countries.tsv', row: 'Andorra\tAD\tplace\ten\t42.5000\t1.5000', cell: 2, reason: /kind must be name or demonym/ }],
  ['a group row with a missing column', { file: 'groups.tsv', row: 'Uyghur*\tUyghurs', cell: -1, reason: /expected 4 tab-separated columns, found 2/ }],
  ['an unknown actor type', { file: 'actors.tsv', row: 'police\tcops\t\ten\t', cell: 1, reason: /unknown actor type "cops" \(one of / }],
  ['an unknown cue', { file: 'cues.tsv', row: 'not\tnegative\ten\t', cell: 1, reason: /unknown cue "negative" \(one of / }],
  ['a bad `next` in abbreviations.tsv', { file: 'abbreviations.tsv', row: 'Mr.\ten\tsometimes\ttitle', cell: 2, reason: /next must be any, lower or digit, not "sometimes"/ }],
  ['a bad standard in nynorsk-markers.tsv', { file: 'nynorsk-markers.tsv', row: 'ikke\tnob\tnegation', cell: 1, reason: /standard must be nb or nn, not "nob"/ }],
];

describe('a broken gazetteer row stops the run with file:line:column', () => {
  // The first cases load the gazetteer in worker threads (the default), the rest in one thread (faster).
  it.each(ROWS.map(([what, b], i) => [what, b, i < 3 ? [] : ['-j', '1']] as const))('%s', async (_what, b, jobs) => {
    const { dir, line, col } = breakGazetteer(b, false);
    const out = join(tmp, `out-${caseNo}`);
    const r = await runCli(['extract', 'corpus', '--out', out, '-q', '-g', dir, ...jobs], tmp);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines).toHaveLength(1);
    const m = /^tnr-events: (.+):(\d+):(\d+): (.+)$/.exec(lines[0]);
    expect(m, lines[0]).not.toBeNull();
    expect([m![1], Number(m![2]), Number(m![3])]).toEqual([join(dir, b.file), line, col]);
    expect(m![4]).toMatch(b.reason);
    expect(outputsIn(out)).toEqual([]);
  }, 30_000);

  it.each(['abbreviations.tsv', 'nynorsk-markers.tsv'])('names a missing %s of the --gazetteers folder (worker threads)', async (file) => {
    const dir = join(tmp, `gaz-${++caseNo}`);
    cpSync(DEFAULT_GAZETTEER_DIR, dir, { recursive: true });
    rmSync(join(dir, file));
    const out = join(tmp, `out-${caseNo}`);
    const r = await runCli(['extract', 'corpus', '--out', out, '-q', '-g', dir, '-j', '2', '--min-worker-input', '0'], tmp);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`tnr-events: ${join(dir, file)}:0:0: file not found\n`);
    expect(outputsIn(out)).toEqual([]);
  }, 30_000);

  it('names a header without a required column', async () => {
    const { dir, line } = breakGazetteer({ file: 'actors.tsv', row: 'form\ttype\tlang\tnote', cell: 0, reason: /./ }, true);
    const r = await runCli(['extract', 'corpus', '--out', join(tmp, 'out-header'), '-q', '-j', '1', '-g', dir], tmp);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`tnr-events: ${join(dir, 'actors.tsv')}:${line}:1: missing column "country" in header\n`);
  }, 30_000);

  it('leaves an older dataset in the output folder untouched', async () => {
    const out = join(tmp, 'out-old');
    const ok = await runCli(['extract', 'corpus', '--out', out, '-q', '--no-cache', '-j', '1'], tmp);
    expect(ok.code).toBe(0);
    const before = Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f))]));
    expect(Object.keys(before)).toEqual(expect.arrayContaining(['events.csv', 'events.json', 'run-report.json']));
    const { dir, line, col } = breakGazetteer(ROWS[1][1], false);
    const r = await runCli(['extract', 'corpus', '--out', out, '-q', '-g', dir], tmp);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`tnr-events: ${join(dir, 'triggers.tsv')}:${line}:${col}: unknown tactic "DETAINING"\n`);
    expect(Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f))]))).toEqual(before);
  }, 60_000);
});

describe('a bad manifest stops the run with file:line:column (column = CSV field)', () => {
  const MANIFESTS: Array<[string, string, string]> = [
    ['an unparsable date', 'file,url,title,published\nen-minsk.txt,https://news.example/a,A,2021-05-03\nnb-oslo.txt,,,last spring\n',
      'manifest.csv:3:4: unparsable date "last spring" (use YYYY-MM-DD, YYYY-MM or YYYY)'],
    ['an impossible date after a multi-line title', 'file,url,title,published\nen-minsk.txt,,"Two\nlines",2021-05-03\nnb-oslo.txt,,,2022-13-01\n',
      'manifest.csv:4:4: unparsable date "2022-13-01" (use YYYY-MM-DD, YYYY-MM or YYYY)'],
    ['a quote never closed', 'file,url,title,published\nen-minsk.txt,"https://news.example/a,A,2021-05-03\n',
      'manifest.csv:2:2: invalid CSV: Quote Not Closed: the parsing is finished with an opening quote at line 2'],
    ['no file column', 'path,url\nen-minsk.txt,https://news.example/a\n', 'manifest.csv:1:1: missing `file` column (header has: path, url)'],
    ['a file listed twice', 'file,url\nen-minsk.txt,https://news.example/a\n./en-minsk.txt,https://news.example/b\n',
      'manifest.csv:3:1: duplicate file "./en-minsk.txt" (first listed on line 2)'],
    ['an empty file value', 'url,file\nhttps://news.example/a,\n', 'manifest.csv:2:2: empty `file` value'],
  ];

  it.each(MANIFESTS)('%s', async (_what, csv, message) => {
    writeFileSync(join(tmp, 'manifest.csv'), csv);
    const out = join(tmp, `out-m${++caseNo}`);
    const r = await runCli(['extract', 'corpus', '--out', out, '-q', '-j', '1', '-m', 'manifest.csv'], tmp);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`tnr-events: ${message}\n`);
    expect(outputsIn(out)).toEqual([]);
  }, 30_000);
});
