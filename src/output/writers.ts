// Streaming writers for the three formats. Events arrive one article at a
// time, in input order; each writer appends to its own atomic file.
// `commitAll` makes the whole dataset visible at once (see atomic-file.ts).
import { stringify } from 'csv-stringify/sync';
import { join } from 'node:path';
import type { EventRecord } from '../types.js';
import { AtomicFile, commitTogether, type Publishable } from './atomic-file.js';
import { CSV_COLUMNS } from './csv-row.js';
import { csvRows, jsonBody, ndjsonLines, type Format, type Utf8Text } from './format.js';

export { FORMATS, type Format } from './format.js';

export interface EventWriter extends Publishable {
  readonly path: string;
  readonly format: Format;
  add(events: EventRecord[]): Promise<void>;
  /** One article's events already formatted for this writer (format.ts), as text or UTF-8 bytes; empty when there are none. */
  addText(text: string | Utf8Text): Promise<void>;
  /** finish() then publish(). */
  commit(): Promise<void>;
}

/** Shared by the three writers: the file, and commit as finish + publish. */
abstract class AtomicWriter implements EventWriter {
  protected file: AtomicFile;
  abstract readonly format: Format;
  constructor(readonly path: string) {
    this.file = new AtomicFile(path);
  }
  abstract add(events: EventRecord[]): Promise<void>;
  abstract addText(text: string | Utf8Text): Promise<void>;
  /** Writes text, bytes, or bytes in pieces, in order. */
  protected async put(text: string | Utf8Text): Promise<void> {
    if (Array.isArray(text)) for (const piece of text) await this.file.write(piece);
    else await this.file.write(text);
  }
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
  readonly format = 'json';
  private first = true;
  add(events: EventRecord[]): Promise<void> {
    return this.addText(jsonBody(events));
  }
  async addText(body: string | Utf8Text): Promise<void> {
    if (body.length === 0) return; // (pieces are never none)
    await this.file.write(this.first ? '[\n' : ',\n');
    await this.put(body);
    this.first = false;
  }
  protected async trailer(): Promise<void> {
    await this.file.write(this.first ? '[]\n' : '\n]\n');
  }
}

class NdjsonWriter extends AtomicWriter {
  readonly format = 'ndjson';
  add(events: EventRecord[]): Promise<void> {
    return this.addText(ndjsonLines(events));
  }
  async addText(lines: string | Utf8Text): Promise<void> {
    await this.put(lines);
  }
}

/**
 * RFC 4180 CSV, UTF-8 with a BOM so spreadsheets detect the encoding, CRLF
 * rows. csv-stringify writes the header; the rows, byte for byte what it
 * would write for them, come from csv-line.ts, several times cheaper.
 */
class CsvWriter extends AtomicWriter {
  readonly format = 'csv';
  private started = false;
  private async header(): Promise<void> {
    if (this.started) return;
    this.started = true;
    await this.file.write('\uFEFF' + stringify([CSV_COLUMNS as unknown as string[]], { record_delimiter: 'windows' }));
  }
  add(events: EventRecord[]): Promise<void> {
    return this.addText(csvRows(events));
  }
  async addText(rows: string | Utf8Text): Promise<void> {
    await this.header();
    await this.put(rows);
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
