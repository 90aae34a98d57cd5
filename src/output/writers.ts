// Streaming writers for the three formats. Events arrive one article at a
// time, in input order; each writer appends to its own atomic file.
import { stringify } from 'csv-stringify/sync';
import { join } from 'node:path';
import type { EventRecord } from '../types.js';
import { AtomicFile } from './atomic-file.js';
import { CSV_COLUMNS, csvRow } from './csv-row.js';

export type Format = 'json' | 'csv' | 'ndjson';
export const FORMATS: Format[] = ['json', 'csv', 'ndjson'];

export interface EventWriter {
  readonly path: string;
  add(events: EventRecord[]): Promise<void>;
  commit(): Promise<void>;
  abort(): void;
}

/** A JSON array, one pretty-printed event after another, so diffs stay readable. */
class JsonWriter implements EventWriter {
  private file: AtomicFile;
  private first = true;
  constructor(readonly path: string) {
    this.file = new AtomicFile(path);
  }
  async add(events: EventRecord[]): Promise<void> {
    for (const e of events) {
      const body = JSON.stringify(e, null, 2).replace(/\n/g, '\n  ');
      await this.file.write((this.first ? '[\n  ' : ',\n  ') + body);
      this.first = false;
    }
  }
  async commit(): Promise<void> {
    await this.file.write(this.first ? '[]\n' : '\n]\n');
    await this.file.commit();
  }
  abort(): void {
    this.file.abort();
  }
}

class NdjsonWriter implements EventWriter {
  private file: AtomicFile;
  constructor(readonly path: string) {
    this.file = new AtomicFile(path);
  }
  async add(events: EventRecord[]): Promise<void> {
    if (events.length) await this.file.write(events.map((e) => JSON.stringify(e) + '\n').join(''));
  }
  async commit(): Promise<void> {
    await this.file.commit();
  }
  abort(): void {
    this.file.abort();
  }
}

/** RFC 4180 CSV, UTF-8 with a BOM so spreadsheets detect the encoding, CRLF rows. */
class CsvWriter implements EventWriter {
  private file: AtomicFile;
  private started = false;
  constructor(readonly path: string) {
    this.file = new AtomicFile(path);
  }
  private async header(): Promise<void> {
    if (this.started) return;
    this.started = true;
    await this.file.write('\uFEFF' + stringify([CSV_COLUMNS as unknown as string[]], { record_delimiter: 'windows' }));
  }
  async add(events: EventRecord[]): Promise<void> {
    await this.header();
    if (events.length) await this.file.write(stringify(events.map(csvRow), { record_delimiter: 'windows', quoted_match: /^\s|\s$/ }));
  }
  async commit(): Promise<void> {
    await this.header();
    await this.file.commit();
  }
  abort(): void {
    this.file.abort();
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
