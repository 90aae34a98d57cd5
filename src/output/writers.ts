// Streaming writers for the three formats. Events arrive one article at a
// time, in input order; each writer appends to its own atomic file.
// `commitAll` makes the whole dataset visible at once (see atomic-file.ts).
import { stringify } from 'csv-stringify/sync';
import { join } from 'node:path';
import type { EventRecord } from '../types.js';
import { AtomicFile, commitTogether, type Publishable } from './atomic-file.js';
import { csvLine } from './csv-line.js';
import { CSV_COLUMNS, csvRow } from './csv-row.js';

export type Format = 'json' | 'csv' | 'ndjson';
export const FORMATS: Format[] = ['json', 'csv', 'ndjson'];

export interface EventWriter extends Publishable {
  readonly path: string;
  add(events: EventRecord[]): Promise<void>;
  /** finish() then publish(). */
  commit(): Promise<void>;
}

/** Shared by the three writers: the file, and commit as finish + publish. */
abstract class AtomicWriter implements EventWriter {
  protected file: AtomicFile;
  constructor(readonly path: string) {
    this.file = new AtomicFile(path);
  }
  abstract add(events: EventRecord[]): Promise<void>;
  /** What is written after the last event (a closing bracket, a header when there were none). */
  protected async trailer(): Promise<void> {}
  async finish(): Promise<void> {
    await this.trailer();
    await this.file.finish();
  }
  publish(): void {
    this.file.publish();
  }
  async commit(): Promise<void> {
    await this.finish();
    this.publish();
  }
  abort(): void {
    this.file.abort();
  }
}

/** A JSON array, one pretty-printed event after another, so diffs stay readable. */
class JsonWriter extends AtomicWriter {
  private first = true;
  async add(events: EventRecord[]): Promise<void> {
    if (events.length === 0) return;
    // Pretty-printed as an array, the events come out exactly as the file
    // holds them: "[\n  " event ",\n  " event ... "\n]", each event indented
    // one level (raw newlines are only ever layout: JSON escapes them in
    // strings). One call per article instead of one per event plus a
    // re-indenting regex; the brackets are cut off and the file's own used.
    const body = JSON.stringify(events, null, 2);
    await this.file.write((this.first ? '[\n' : ',\n') + body.slice(2, -2));
    this.first = false;
  }
  protected async trailer(): Promise<void> {
    await this.file.write(this.first ? '[]\n' : '\n]\n');
  }
}

class NdjsonWriter extends AtomicWriter {
  async add(events: EventRecord[]): Promise<void> {
    let lines = '';
    for (const e of events) lines += JSON.stringify(e) + '\n';
    if (lines) await this.file.write(lines);
  }
}

/**
 * RFC 4180 CSV, UTF-8 with a BOM so spreadsheets detect the encoding, CRLF
 * rows. csv-stringify writes the header; the rows, byte for byte what it
 * would write for them, come from csv-line.ts, several times cheaper.
 */
class CsvWriter extends AtomicWriter {
  private started = false;
  private async header(): Promise<void> {
    if (this.started) return;
    this.started = true;
    await this.file.write('\uFEFF' + stringify([CSV_COLUMNS as unknown as string[]], { record_delimiter: 'windows' }));
  }
  async add(events: EventRecord[]): Promise<void> {
    await this.header();
    let rows = '';
    for (const e of events) rows += csvLine(csvRow(e));
    if (rows) await this.file.write(rows);
  }
  protected async trailer(): Promise<void> {
    await this.header();
  }
}

export function openWriters(outDir: string, formats: Format[]): EventWriter[] {
  return formats.map((f) => {
    const path = join(outDir, `events.${f}`);
    if (f === 'json') return new JsonWriter(path);
    if (f === 'ndjson') return new NdjsonWriter(path);
    return new CsvWriter(path);
  });
}

/**
 * Finishes every writer and writes each extra file (the run report), then
 * renames them all into place in one step: an interrupted or failed run
 * leaves the previous dataset whole, never new events beside an old report.
 */
export async function commitAll(writers: EventWriter[], extra: { path: string; content: string }[] = []): Promise<void> {
  const files = extra.map((x) => new AtomicFile(x.path));
  try {
    for (const [i, f] of files.entries()) await f.write(extra[i].content);
  } catch (err) {
    for (const f of files) f.abort();
    for (const w of writers) w.abort();
    throw err;
  }
  await commitTogether([...writers, ...files]); // the extra files last: a run report means a complete dataset
}
