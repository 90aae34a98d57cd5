import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { openWriters } from '../../src/output/writers.js';
import { CSV_COLUMNS, csvRow, neutraliseCell } from '../../src/output/csv-row.js';
import { makeEvent } from '../helpers/event.js';

const tricky = makeEvent({
  id: 'fedcba9876543210',
  target: { name: '=HYPERLINK("http://x","click")', type: 'person' },
  place: { name: 'Ushuaia', country: 'AR', lat: -54.8019, lon: -68.303, precision: 'city' },
  source: { file: 'dir/b, "quoted".txt', title: '@title', published: null, sentence: 3, start: 40, end: 90, text: 'Line one,\r\nline "two"\t-3 +4 æøå 😀' },
});

async function writeAll(formats: ('json' | 'csv' | 'ndjson')[]) {
  const dir = mkdtempSync(join(tmpdir(), 'out-'));
  const writers = openWriters(dir, formats);
  for (const w of writers) {
    await w.add([makeEvent()]);
    await w.add([]);
    await w.add([tricky]);
    await w.commit();
  }
  return dir;
}

describe('output writers', () => {
  it('JSON, NDJSON and CSV hold the same events', async () => {
    const dir = await writeAll(['json', 'csv', 'ndjson']);
    const json = JSON.parse(readFileSync(join(dir, 'events.json'), 'utf8'));
    const nd = readFileSync(join(dir, 'events.ndjson'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(json).toEqual([makeEvent(), tricky]);
    expect(nd).toEqual(json);
    const csv = readFileSync(join(dir, 'events.csv'), 'utf8');
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
    expect(rows.map((r) => r.id)).toEqual(json.map((e: { id: string }) => e.id));
    expect(Object.keys(rows[0])).toEqual([...CSV_COLUMNS]);
    // text survives the round trip, multi-line cells and quotes included
    expect(rows[1].source_text).toBe(tricky.source.text);
    expect(rows[1].source_file).toBe(tricky.source.file);
    expect(Number(rows[1].place_lon)).toBe(-68.303);
  });

  it('neutralises cells a spreadsheet would run as a formula', async () => {
    const dir = await writeAll(['csv']);
    const rows = parse(readFileSync(join(dir, 'events.csv'), 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
    expect(rows[1].target_name).toBe(`'=HYPERLINK("http://x","click")`);
    expect(rows[1].source_title).toBe("'@title");
    for (const v of ['=1+1', '+1', '-1', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseCell(v)).toBe(`'${v}`);
    expect(neutraliseCell('safe - text')).toBe('safe - text');
    expect(csvRow(tricky)[CSV_COLUMNS.indexOf('place_lat')]).toBe('-54.8019');
  });

  it('writes an empty JSON array and a header-only CSV when there are no events', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'out-'));
    for (const w of openWriters(dir, ['json', 'csv'])) await w.commit();
    expect(JSON.parse(readFileSync(join(dir, 'events.json'), 'utf8'))).toEqual([]);
    expect(readFileSync(join(dir, 'events.csv'), 'utf8').trim().split('\r\n')).toHaveLength(1);
  });

  it('leaves no file behind when a run is aborted, and keeps the previous output', async () => {
    const dir = await writeAll(['json']);
    const before = readFileSync(join(dir, 'events.json'), 'utf8');
    const [w] = openWriters(dir, ['json']);
    await w.add([makeEvent({ id: 'ffffffffffffffff' })]);
    w.abort();
    expect(readdirSync(dir)).toEqual(['events.json']);
    expect(readFileSync(join(dir, 'events.json'), 'utf8')).toBe(before);
  });
});
