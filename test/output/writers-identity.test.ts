// The writers were made faster (JSON pretty-printed per article rather than
// per event and re-indented, CSV rows formatted by csv-line.ts, writes
// gathered into chunks): for any events, in any batches, the files must be
// byte for byte what the previous writers wrote. Those are kept here as
// the reference.
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openWriters } from '../../src/output/writers.js';
import { encodeFormatted, encodeText, formatEvents, formatsToMake, parseFormatted, PIECE_UNITS } from '../../src/output/format.js';
import { CSV_COLUMNS, csvRow, neutraliseCell, NUMERIC_COLUMNS } from '../../src/output/csv-row.js';
import type { EventRecord } from '../../src/types.js';
import { makeEvent } from '../helpers/event.js';

// ---- the previous writers ----

function referenceCsvRow(e: EventRecord): string[] {
  const v: Record<string, string | number | null | undefined> = {
    id: e.id, tactic: e.tactic, tactic_label: e.tactic_label, cameo: e.cameo, plover: e.plover, polarity: e.polarity,
    perpetrator_name: e.perpetrator?.name, perpetrator_country: e.perpetrator?.country, perpetrator_type: e.perpetrator?.type,
    target_name: e.target?.name, target_type: e.target?.type,
    place_name: e.place?.name, place_country: e.place?.country, place_lat: e.place?.lat, place_lon: e.place?.lon, place_precision: e.place?.precision,
    date_text: e.date?.text, date_value: e.date?.value, date_precision: e.date?.precision,
    language: e.language,
    source_file: e.source.file, source_title: e.source.title, source_published: e.source.published, source_sentence: e.source.sentence,
    source_start: e.source.start, source_end: e.source.end, source_text: e.source.text,
    trigger_text: e.trigger.text, trigger_start: e.trigger.start, trigger_end: e.trigger.end,
  };
  return CSV_COLUMNS.map((c) => {
    const x = v[c];
    if (x === null || x === undefined) return '';
    if (NUMERIC_COLUMNS.has(c) && typeof x === 'number') return String(x);
    return /^[=+\-@\t\r\0]/.test(String(x)) ? `'${String(x)}` : String(x);
  });
}

/** As the files hold them: UTF-8 (a lone surrogate becomes U+FFFD, as it did before). */
type Files = { json: Buffer; ndjson: Buffer; csv: Buffer };

function reference(batches: EventRecord[][]): Files {
  const all = batches.flat();
  const json = all.length ? '[\n  ' + all.map((e) => JSON.stringify(e, null, 2).replace(/\n/g, '\n  ')).join(',\n  ') + '\n]\n' : '[]\n';
  const ndjson = all.map((e) => JSON.stringify(e) + '\n').join('');
  let csv = '\uFEFF' + stringify([[...CSV_COLUMNS]], { record_delimiter: 'windows' });
  for (const b of batches) if (b.length) csv += stringify(b.map(referenceCsvRow), { record_delimiter: 'windows', quoted_match: [/^\s|\s$/, /[\r\n]/] });
  return { json: Buffer.from(json), ndjson: Buffer.from(ndjson), csv: Buffer.from(csv) };
}

/**
 * Written from the events (merge), from their text formatted beforehand
 * (extract in one thread: format.ts), or from that text as the UTF-8 bytes
 * a worker sends (encodeFormatted).
 */
async function written(batches: EventRecord[][], preformatted: false | 'text' | 'bytes' = false): Promise<Files> {
  const dir = mkdtempSync(join(tmpdir(), 'ident-'));
  const writers = openWriters(dir, ['json', 'ndjson', 'csv']);
  for (const b of batches) {
    const text = preformatted ? formatEvents(b, ['json', 'ndjson', 'csv']) : null;
    const out = text && preformatted === 'bytes' ? encodeFormatted(text).bytes : text;
    for (const w of writers) await (out ? w.addText(out[w.format]!) : w.add(b));
  }
  for (const w of writers) await w.commit();
  const read = (f: string) => readFileSync(join(dir, f));
  return { json: read('events.json'), ndjson: read('events.ndjson'), csv: read('events.csv') };
}

// ---- arbitrary events ----

const TRICKY = ['"', ',', '\r\n', '\n', ' ', '\t', '=', '+', '-', '@', '\0', '\u00a0', '\u2028', '😀', '\ud800', 'æøå', '\\', '/', '<', 'a'];
const text = fc.oneof(fc.string({ maxLength: 10 }), fc.string({ unit: 'binary', maxLength: 10 }), fc.array(fc.constantFrom(...TRICKY), { maxLength: 6 }).map((x) => x.join('')));
const num = fc.oneof(fc.integer(), fc.double(), fc.constant(-0));
const orNull = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: null });

const event: fc.Arbitrary<EventRecord> = fc.record({
  id: text, tactic: text, tactic_label: text, cameo: orNull(text), plover: orNull(text),
  perpetrator: orNull(fc.record({ name: text, country: orNull(text), type: text })),
  target: orNull(fc.record({ name: text, type: text })),
  place: orNull(fc.record({ name: text, country: orNull(text), lat: orNull(num), lon: orNull(num), precision: fc.constantFrom('city', 'region', 'country') as fc.Arbitrary<'city' | 'region' | 'country'> })),
  date: orNull(fc.record({ text, value: text, precision: fc.constantFrom('day', 'month', 'year') as fc.Arbitrary<'day' | 'month' | 'year'> })),
  language: fc.constantFrom('en', 'nb', 'nn') as fc.Arbitrary<'en' | 'nb' | 'nn'>,
  polarity: fc.constantFrom('asserted', 'denied') as fc.Arbitrary<'asserted' | 'denied'>,
  source: fc.record({ file: text, title: orNull(text), published: orNull(text), sentence: num, start: num, end: num, text }),
  trigger: fc.record({ text, start: num, end: num }),
});
/** Events with whatever else JSON can hold besides: the JSON writers must lay out any value as JSON.stringify does. */
const anyEvent = fc.tuple(event, fc.option(fc.jsonValue(), { nil: undefined })).map(([e, extra]) => (extra === undefined ? e : ({ ...e, extra } as EventRecord)));

describe('writers, byte for byte as before', () => {
  it('for any events in any batches', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(anyEvent, { maxLength: 4 }), { maxLength: 5 }), async (batches) => {
        expect(await written(batches)).toEqual(reference(batches));
      }),
      { numRuns: 150 },
    );
    // 150 runs write real files: on a loaded CI machine this takes more than vitest's default 5 s
  }, 60_000);

  it('from text formatted where the events were found, as text or as the bytes a worker sends', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(anyEvent, { maxLength: 4 }), { maxLength: 5 }), async (batches) => {
        const ref = reference(batches);
        expect(await written(batches, 'text')).toEqual(ref);
        expect(await written(batches, 'bytes')).toEqual(ref);
      }),
      { numRuns: 100 },
    );
  }, 60_000);

  it('the events come back from their JSON or NDJSON text as JSON holds them (report.html reads them so)', () => {
    fc.assert(
      fc.property(fc.array(anyEvent, { maxLength: 4 }), (events) => {
        const asJson = JSON.parse(JSON.stringify(events));
        expect(parseFormatted(formatEvents(events, ['json']))).toEqual(asJson);
        expect(parseFormatted(formatEvents(events, ['ndjson']))).toEqual(asJson);
      }),
      { numRuns: 300 },
    );
    expect(() => parseFormatted(formatEvents([makeEvent()], ['csv']))).toThrow(/neither as JSON nor as NDJSON/);
    // a run that needs the events back but writes neither JSON format makes JSON text as well
    expect(formatsToMake(['csv'], true)).toEqual(['csv', 'json']);
    expect(formatsToMake(['csv', 'ndjson'], true)).toEqual(['csv', 'ndjson']);
    expect(formatsToMake(['csv'], false)).toEqual(['csv']);
  });

  it('csvRow gives the previous cells for any event', () => {
    fc.assert(
      fc.property(event, (e) => {
        expect(csvRow(e)).toEqual(referenceCsvRow(e));
      }),
      { numRuns: 2000 },
    );
    expect(neutraliseCell('\0x')).toBe("'\0x");
  });

  it('for output of many chunks (writes are gathered into 64K-character chunks)', async () => {
    const long = 'Police arrested the journalist, "quoted", æøå 😀 '.repeat(40);
    const batches = Array.from({ length: 60 }, (_, b) =>
      Array.from({ length: b % 7 }, (_, k) => makeEvent({ id: `${b}-${k}`, source: { file: `f${b}.txt`, title: null, published: null, sentence: k, start: 0, end: long.length, text: long } })),
    );
    const ref = reference(batches);
    for (const how of [false, 'text', 'bytes'] as const) {
      const out = await written(batches, how);
      expect(out.json.length).toBeGreaterThan(4 * 64 * 1024);
      for (const f of ['json', 'ndjson', 'csv'] as const) expect(out[f].toString(), `${f} ${how}`).toBe(ref[f].toString()); // no lone surrogates here: strings compare faster
    }
  });

  it('long text goes as UTF-8 pieces under 128 KB that join into the bytes of the whole', () => {
    // units that straddle a piece's end: pairs, lone halves, 3-byte letters
    const unit = fc.constantFrom('a', 'æ', '中', '😀', '\ud83d', '\ude00', '\n');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 3 * PIECE_UNITS }), fc.array(unit, { minLength: 1, maxLength: 8 }), (len, tail) => {
        const text = 'x'.repeat(len) + tail.join('') + '中'.repeat(len % 7);
        const whole = Buffer.from(new TextEncoder().encode(text));
        const got = encodeText(text);
        const pieces = Array.isArray(got) ? got : [got];
        expect(Array.isArray(got)).toBe(text.length > PIECE_UNITS);
        for (const p of pieces) expect(p.byteLength).toBeLessThan(128 * 1024);
        expect(Buffer.concat(pieces)).toEqual(whole);
      }),
      { numRuns: 200 },
    );
    // a pair at the very end of a piece stays whole
    const pair = 'x'.repeat(PIECE_UNITS - 1) + '😀' + 'y';
    expect(Buffer.concat(encodeText(pair) as Uint8Array[]).toString()).toBe(pair);
  });

  it('an article whose events come to more than a piece is written byte for byte, and read back', async () => {
    const long = 'Agents followed the activist to Oslo, "quoted", æøå 😀 \ud800 '.repeat(400);
    const big = Array.from({ length: 6 }, (_, k) => makeEvent({ id: `big-${k}`, source: { file: 'big.html', title: null, published: null, sentence: k, start: 0, end: long.length, text: long } }));
    const batches = [[makeEvent({ id: 'small' })], big, [makeEvent({ id: 'after' })]];
    const text = formatEvents(big, ['json', 'ndjson', 'csv']);
    expect(text.json!.length).toBeGreaterThan(3 * PIECE_UNITS);
    expect(Array.isArray(encodeFormatted(text).bytes.json)).toBe(true);
    expect(await written(batches, 'bytes')).toEqual(reference(batches));
    expect(parseFormatted(encodeFormatted(text).bytes)).toEqual(JSON.parse(JSON.stringify(big)));
  });

  it('an abort after chunks were written leaves no file and the previous output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ident-'));
    const [first] = openWriters(dir, ['json']);
    await first.add([makeEvent()]);
    await first.commit();
    const before = readFileSync(join(dir, 'events.json'), 'utf8');
    const [w] = openWriters(dir, ['json']);
    const big = makeEvent({ source: { ...makeEvent().source, text: 'x'.repeat(200_000) } });
    await w.add([big]);
    await w.add([big]);
    w.abort();
    expect(readdirSync(dir)).toEqual(['events.json']);
    expect(readFileSync(join(dir, 'events.json'), 'utf8')).toBe(before);
    expect(existsSync(join(dir, `events.json.tmp-${process.pid}`))).toBe(false);
  });
});
