// End to end on the embedded corpus: the dataset in out/ is what the code
// produces now (CI fails when out/ is stale), output is deterministic, every
// span slices to its text, JSON and CSV agree, and quality does not drop.
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { runExtract } from '../../src/pipeline/run.js';
import { DEFAULT_GAZETTEER_DIR, PACKAGE_ROOT } from '../../src/paths.js';
import { scoreEvents } from '../../src/evaluate/score.js';
import { corpusReader, readGold } from '../../src/evaluate/load.js';
import type { EventRecord } from '../../src/types.js';
import { renderReport } from '../../src/report/index.js';

const CORPUS = join(PACKAGE_ROOT, 'corpus');
const OUT = join(PACKAGE_ROOT, 'out');
const DATASET_FILES = ['events.json', 'events.csv', 'run-report.json'];

async function extractTo(dir: string) {
  return runExtract({ inputs: [CORPUS], outDir: dir, formats: ['json', 'csv'], gazetteerDir: DEFAULT_GAZETTEER_DIR });
}

let dir: string;
let events: EventRecord[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'e2e-'));
  await extractTo(dir);
  events = JSON.parse(readFileSync(join(dir, 'events.json'), 'utf8'));
}, 120_000);

describe('extract on the embedded corpus', () => {
  it('finds events in every seed article', () => {
    const files = new Set(events.map((e) => e.source.file));
    expect([...files].sort()).toEqual(readdirSync(CORPUS).filter((f) => f.endsWith('.txt')).sort());
  });

  it('every evidence and trigger span slices to its text', () => {
    for (const e of events) {
      const text = readFileSync(join(CORPUS, e.source.file), 'utf8').replace(/^\uFEFF/, '');
      expect(text.slice(e.source.start, e.source.end)).toBe(e.source.text);
      expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
      expect(e.trigger.start).toBeGreaterThanOrEqual(e.source.start);
      expect(e.trigger.end).toBeLessThanOrEqual(e.source.end);
    }
  });

  it('writes JSON and CSV holding the same events', () => {
    const rows = parse(readFileSync(join(dir, 'events.csv'), 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id)).toEqual(events.map((e) => e.id));
    expect(rows.map((r) => r.tactic)).toEqual(events.map((e) => e.tactic));
    expect(rows.map((r) => r.perpetrator_country)).toEqual(events.map((e) => e.perpetrator?.country ?? ''));
  });

  it('has unique, stable ids', () => {
    expect(new Set(events.map((e) => e.id)).size).toBe(events.length);
  });

  it('gives byte-identical output on a second run', async () => {
    const again = mkdtempSync(join(tmpdir(), 'e2e-'));
    await extractTo(again);
    for (const f of DATASET_FILES) expect(readFileSync(join(again, f))).toEqual(readFileSync(join(dir, f)));
  }, 120_000);

  it('matches the committed dataset in out/ (run `npm run extract` and commit when this fails)', () => {
    for (const f of DATASET_FILES) {
      const committed = readFileSync(join(OUT, f), 'utf8');
      expect(committed, `out/${f} is stale`).toBe(readFileSync(join(dir, f), 'utf8'));
    }
  });

  it('has an up-to-date HTML report in out/ (written by `npm run extract`)', () => {
    const report = JSON.parse(readFileSync(join(dir, 'run-report.json'), 'utf8'));
    const html = renderReport({
      events,
      generatedFrom: 'corpus',
      runSummary: { files: report.files.found, skipped: report.files.skipped, byLanguage: report.languages },
    });
    expect(readFileSync(join(OUT, 'report.html'), 'utf8'), 'out/report.html is stale').toBe(html);
  });

  it('keeps extraction quality on the seeds at the bars of issue 3 (docs/ANNOTATION.md rules)', () => {
    const gold = readGold(join(PACKAGE_ROOT, 'test/fixtures/seeds.gold.jsonl'));
    const r = scoreEvents(gold, events as unknown as Record<string, unknown>[], corpusReader(CORPUS));
    expect(r.event.f1).toBeGreaterThanOrEqual(0.85);
    expect(r.full_record.f1).toBeGreaterThanOrEqual(0.60);
  });
});
