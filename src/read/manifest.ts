// An optional CSV that gives each article's URL, title and publication date
// when the text does not carry them (or carries them wrongly). Its values
// override what was found in the text. Any problem stops the run before
// anything is read, with `path:line:column: reason` (column = 1-based CSV field).
import { readFile } from 'node:fs/promises';
import { posix } from 'node:path';
import { parse } from 'csv-parse/sync';
import { normaliseDate } from './published-date.js';

export interface ManifestRow {
  file: string;
  url: string | null;
  title: string | null;
  /** Partial ISO 8601 (`2021-03-03`, `2021-03`, `2021`). */
  published: string | null;
}

export class ManifestError extends Error {
  constructor(readonly path: string, readonly line: number, readonly column: number, readonly reason: string) {
    super(`${path}:${line}:${column}: ${reason}`);
    this.name = 'ManifestError';
  }
}

const COLUMNS = ['file', 'url', 'title', 'published'] as const;
type Column = (typeof COLUMNS)[number];

interface CsvRecord {
  record: string[];
  info: { lines: number };
  raw: string;
}

/** Manifest `file` values and display paths compare as POSIX paths without a leading `./`. */
export function manifestKey(file: string): string {
  return posix.normalize(file.trim().replace(/\\/g, '/')).replace(/^(\.\/)+/, '');
}

/** The manifest row for an article: by display path, else by file name. */
export function findManifestRow(manifest: Map<string, ManifestRow>, file: string): ManifestRow | undefined {
  const key = manifestKey(file);
  return manifest.get(key) ?? manifest.get(posix.basename(key));
}

function parseCsv(path: string, content: string): CsvRecord[] {
  try {
    return parse(content, { bom: true, info: true, raw: true, relax_column_count: true, skip_empty_lines: true }) as unknown as CsvRecord[];
  } catch (err) {
    const e = err as { lines?: number; column?: number; message?: string };
    throw new ManifestError(path, e.lines ?? 1, (e.column ?? 0) + 1, `invalid CSV: ${e.message ?? String(err)}`);
  }
}

/** First line of a record (info.lines is its last line; a quoted field may span lines). */
function startLine(r: CsvRecord): number {
  const body = r.raw.replace(/\r?\n$/, '');
  let newlines = 0;
  for (let i = body.indexOf('\n'); i >= 0; i = body.indexOf('\n', i + 1)) newlines++;
  return r.info.lines - newlines;
}

/** Read and check a manifest; throws ManifestError on the first problem. */
export async function readManifest(path: string): Promise<Map<string, ManifestRow>> {
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (err) {
    throw new ManifestError(path, 0, 0, `cannot read manifest: ${(err as Error).message}`);
  }
  const records = parseCsv(path, content);
  if (records.length === 0) throw new ManifestError(path, 1, 1, 'empty manifest: a header row with a `file` column is required');
  const header = records[0].record.map((h) => h.trim().toLowerCase());
  const index = new Map<Column, number>();
  for (const col of COLUMNS) {
    const at = header.indexOf(col);
    if (at >= 0) index.set(col, at);
  }
  const headerLine = startLine(records[0]);
  if (!index.has('file')) throw new ManifestError(path, headerLine, 1, `missing \`file\` column (header has: ${header.join(', ')})`);

  const rows = new Map<string, ManifestRow>();
  const seenAt = new Map<string, number>();
  for (const r of records.slice(1)) {
    const line = startLine(r);
    const cell = (col: Column): string | null => {
      const at = index.get(col);
      const value = at === undefined ? '' : (r.record[at] ?? '').trim();
      return value === '' ? null : value;
    };
    const column = (col: Column): number => (index.get(col) ?? 0) + 1;
    const file = cell('file');
    if (file === null) throw new ManifestError(path, line, column('file'), 'empty `file` value');
    const key = manifestKey(file);
    const first = seenAt.get(key);
    if (first !== undefined) throw new ManifestError(path, line, column('file'), `duplicate file "${file}" (first listed on line ${first})`);
    seenAt.set(key, line);
    const rawDate = cell('published');
    const published = rawDate === null ? null : normaliseDate(rawDate);
    if (rawDate !== null && published === null) {
      throw new ManifestError(path, line, column('published'), `unparsable date "${rawDate}" (use YYYY-MM-DD, YYYY-MM or YYYY)`);
    }
    rows.set(key, { file: key, url: cell('url'), title: cell('title'), published });
  }
  return rows;
}
