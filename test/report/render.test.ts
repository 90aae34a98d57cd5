// The report document without a browser: deterministic bytes, escaping of
// event text, the embedded data, the empty case and the atomic write.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLIENT_JS } from '../../src/report/client/index.js';
import { renderReport, writeReportFile, type ReportInput } from '../../src/report/index.js';
import { FIXTURE_EVENTS } from './events.fixture.js';

const input: ReportInput = {
  events: FIXTURE_EVENTS,
  generatedFrom: 'corpus/',
  runSummary: { files: 7, skipped: 1, byLanguage: { en: 4, nb: 3 } },
};
const html = renderReport(input);

function dataBlock(doc: string): any {
  const m = /<script type="application\/json" id="report-data">([^<]*)<\/script>/.exec(doc);
  if (!m) throw new Error('no report-data block');
  return JSON.parse(m[1]);
}

describe('renderReport', () => {
  it('gives the same bytes for the same input, also from a deep copy', () => {
    expect(renderReport(input)).toBe(html);
    expect(renderReport(structuredClone(input))).toBe(html);
  });

  it('never lets event text become markup', () => {
    expect(html).not.toContain('<script>alert(1)</script>');
    const data = dataBlock(html);
    const row = data.rows.find((r: any) => r.sentence.includes('alert(1)'));
    expect(row.sentence).toContain('<script>alert(1)</script>');
    // Every <script ...> opened in the document is one the report wrote itself.
    const opened = html.match(/<script\b/g) ?? [];
    const closed = html.match(/<\/script>/g) ?? [];
    expect(opened.length).toBe(6); // 2 JSON blocks, 3 libraries, the page script
    expect(closed.length).toBe(opened.length);
  });

  it('escapes the input folder name in the header and title', () => {
    const doc = renderReport({ ...input, generatedFrom: 'a<b>&"c"/' });
    expect(doc).toContain('a&lt;b&gt;&amp;&quot;c&quot;/');
    expect(doc).not.toContain('a<b>');
  });

  it('needs no network: no external scripts, styles or fonts', () => {
    expect(html).not.toMatch(/<script[^>]*\bsrc=/);
    expect(html).not.toMatch(/<link\b/);
    expect(html).not.toMatch(/@import|@font-face/);
    expect(html).not.toContain('sourceMappingURL');
    expect(html).toContain('id="world-data"');
  });

  it('embeds rows with year/month split by date precision and world-atlas ids', () => {
    const data = dataBlock(html);
    expect(data.rows).toHaveLength(FIXTURE_EVENTS.length);
    const yearOnly = data.rows.find((r: any) => r.datePrecision === 'year');
    expect(yearOnly.year).toBe(Number(yearOnly.date));
    expect(yearOnly.month).toBeNull();
    const day = data.rows.find((r: any) => r.date === '2020-05-02');
    expect(day.month).toBe('2020-05');
    expect(data.countries.NO).toMatchObject({ name: 'Norway', numeric: '578' });
    expect(data.countries.HK.name).toBe('Hong Kong');
    expect(data.tactics[0].count).toBeGreaterThanOrEqual(data.tactics[1].count);
  });

  it('has a page script that parses (a syntax error would blank every view)', () => {
    expect(() => new Function(CLIENT_JS)).not.toThrow();
    expect(html).toContain(CLIENT_JS);
  });

  it('shows the run summary in the header', () => {
    expect(html).toContain('24 events extracted from <code>corpus/</code>');
    expect(html).toContain('7 files read, 1 skipped');
    expect(html).toContain('en: 4, nb: 3');
  });

  it('renders a "no events" page for an empty list, without chart libraries', () => {
    const doc = renderReport({ events: [], generatedFrom: 'empty/' });
    expect(doc).toMatch(/^<!doctype html>/);
    expect(doc).toContain('No events were extracted from <code>empty/</code>');
    expect(doc).not.toContain('<script');
    expect(renderReport({ events: [], generatedFrom: 'empty/' })).toBe(doc);
  });
});

describe('writeReportFile', () => {
  const dir = mkdtempSync(join(tmpdir(), 'report-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes the rendered document and leaves no temporary file', async () => {
    const path = join(dir, 'report.html');
    await writeReportFile(path, input);
    expect(readFileSync(path, 'utf8')).toBe(html);
    expect(readdirSync(dir)).toEqual(['report.html']);
  });

  it('fails without leaving a temporary file when the folder is missing', async () => {
    await expect(writeReportFile(join(dir, 'missing', 'r.html'), input)).rejects.toThrow();
    expect(readdirSync(dir)).toEqual(['report.html']);
  });
});
