// A messy export: good articles beside every kind of bad input (corpus.ts).
// The run must finish, list each bad file in run-report.json with its reason,
// say through hadBadInput / exit code 3 that something was skipped, and give
// the good files exactly the events they give alone.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runExtract, type ExtractResult } from '../../src/pipeline/run.js';
import type { RunReport } from '../../src/pipeline/run-report.js';
import { DEFAULT_GAZETTEER_DIR } from '../../src/paths.js';
import type { EventRecord } from '../../src/types.js';
import { buildCli, runCli, type CliResult } from './built-cli.js';
import { FORMULA_FILE, GOOD, mkTemp, readJson, removeTemp, writeGood, writeMessyCorpus, type BadKind } from './corpus.js';

const extract = (inputs: string[], outDir: string, onArticle?: (done: number) => void) =>
  runExtract({ inputs, outDir, formats: ['json', 'csv'], gazetteerDir: DEFAULT_GAZETTEER_DIR, onArticle });

let tmp: string;
let kinds: BadKind[];
let result: ExtractResult;
let report: RunReport;
let events: EventRecord[];
let goodAlone: EventRecord[];

beforeAll(async () => {
  tmp = mkTemp('bad');
  const corpus = join(tmp, 'corpus');
  const messy = writeMessyCorpus(corpus, { racing: true });
  kinds = messy.kinds;
  let mutated = false;
  // In one thread, files are opened a few ahead of the one being written (a window of 4 in run.ts);
  // the zz- files sort last, so when the first article is done they are listed but not yet opened.
  result = await extract([corpus, messy.missingInput], join(tmp, 'out'), () => {
    if (!mutated) messy.afterDiscovery();
    mutated = true;
  });
  report = readJson(join(tmp, 'out/run-report.json'));
  events = readJson(join(tmp, 'out/events.json'));
  writeGood(join(tmp, 'good'));
  await extract([join(tmp, 'good')], join(tmp, 'good-out'));
  goodAlone = readJson(join(tmp, 'good-out/events.json'));
}, 60_000);

afterAll(() => removeTemp(tmp));

const entries = (r: RunReport) => [
  ...r.skipped.map((s) => ({ list: 'skipped', file: s.file, code: s.code, text: s.reason })),
  ...r.warnings.map((w) => ({ list: 'warnings', file: w.file, code: w.code, text: w.message })),
];

describe('a messy export of at least 15 kinds of bad input', () => {
  it('builds enough kinds', () => {
    expect(new Set(kinds.map((k) => `${k.list}/${k.code}/${k.what}`)).size).toBeGreaterThanOrEqual(17);
  });

  it('completes, writing the dataset and a run report', () => {
    expect(result.report).toEqual(report);
    expect(report.files.processed).toBeGreaterThanOrEqual(Object.keys(GOOD).length);
  });

  it('says that input was skipped', () => {
    expect(result.hadBadInput).toBe(true);
  });

  it('lists every bad file with its code and a reason', () => {
    const got = entries(report);
    const missing = kinds.filter((k) => !got.some((e) => e.file === k.file && e.list === k.list && e.code === k.code));
    expect(missing.map((k) => `${k.file} (${k.what}): no ${k.list} entry ${k.code}`)).toEqual([]);
    for (const e of got) expect(e.text.length, `${e.file} has a reason`).toBeGreaterThan(10);
  });

  it('gives the OS reason for files that vanished or became folders', () => {
    const reason = (file: string) => report.skipped.find((s) => s.file === file)?.reason;
    expect(reason('zz-vanished.txt')).toContain('ENOENT');
    expect(reason('zz-swapped.txt')).toContain('EISDIR');
    expect(reason('scan.pdf.txt')).toContain('PDF');
  });

  it('reports nothing about the good files, nor files it has no reason to', () => {
    const known = new Set(kinds.map((k) => k.file));
    const strangers = entries(report).filter((e) => !known.has(e.file));
    expect(strangers).toEqual([]);
  });

  it('gives the good files exactly the events they give alone', () => {
    expect(goodAlone.length).toBeGreaterThan(0);
    for (const f of Object.keys(GOOD)) expect(goodAlone.some((e) => e.source.file === f), f).toBe(true);
    expect(events.filter((e) => e.source.file in GOOD)).toEqual(goodAlone);
  });

  it('decodes Windows-1252 so its events keep the Norwegian letters', () => {
    const cp = events.filter((e) => e.source.file === 'windows-1252.txt');
    expect(cp.length).toBeGreaterThan(0);
    expect(cp.some((e) => e.source.text.includes('Tromsø'))).toBe(true);
    for (const e of cp) expect(e.source.text).not.toContain('\ufffd');
  });

  it('reads 100,000-level nested HTML and finds its event', () => {
    expect(events.some((e) => e.source.file === 'nested.html' && e.trigger.text === 'arrested')).toBe(true);
  });

  it('neutralises formula-like file names, titles and sentences in the CSV, and the text survives', () => {
    const rows = parse(readFileSync(join(tmp, 'out/events.csv'), 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
    const json = events.filter((e) => e.source.file === FORMULA_FILE);
    const csv = rows.filter((r) => r.source_file === `'${FORMULA_FILE}`);
    expect(json.length).toBeGreaterThan(0);
    expect(csv.map((r) => r.id)).toEqual(json.map((e) => e.id));
    for (const [i, r] of csv.entries()) {
      expect(r.source_title).toBe(`'${json[i].source.title}`);
      expect(json[i].source.title!.startsWith('=')).toBe(true);
      if (/^[-+@]/.test(json[i].source.text)) expect(r.source_text).toBe(`'${json[i].source.text}`);
      else expect(r.source_text).toBe(json[i].source.text);
    }
  });
});

describe('the built command line on a messy export', () => {
  let cli: CliResult;
  let cliReport: RunReport;
  let cliDir: string;

  beforeAll(async () => {
    await buildCli();
    cliDir = mkTemp('bad-cli');
    const messy = writeMessyCorpus(join(cliDir, 'corpus'), { racing: false });
    // Not --quiet: the skipped files are named on stderr; jobs and cache are the defaults (cache under cwd).
    cli = await runCli(['extract', 'corpus', messy.missingInput, '--out', 'out'], cliDir);
    cliReport = readJson(join(cliDir, 'out/run-report.json'));
  }, 180_000);

  afterAll(() => removeTemp(cliDir));

  it('exits 3: finished, but some inputs were skipped', () => {
    expect(cli.stderr).not.toMatch(/^tnr-events: (?!.*files processed)/m); // no fatal error line
    expect(cli.code).toBe(3);
  });

  it('names each skipped file and its reason on stderr, one line each', () => {
    expect(cliReport.skipped.length).toBeGreaterThan(5);
    const lines = cli.stderr.split('\n');
    for (const s of cliReport.skipped) expect(lines, s.file).toContain(`skipped ${s.file}: ${s.reason}`);
  });

  it('keeps stdout clean', () => {
    expect(cli.stdout).toBe('');
  });

  it('gives the good files the same events as the in-process run, with worker threads', () => {
    const cliEvents = readJson<EventRecord[]>(join(cliDir, 'out/events.json'));
    expect(cliEvents.filter((e) => e.source.file in GOOD)).toEqual(goodAlone);
  });
});
