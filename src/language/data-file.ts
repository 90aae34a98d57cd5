// Reads one of the project's gazetteers/*.tsv files (format in
// gazetteers/README.md). The language and sentence stages need only a small
// reader; a bad row stops the run with `file:line:column: reason`, because a
// silently ignored row would change results without anyone noticing.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface DataRow {
  /** Cells by header name; optional columns missing at the end are ''. */
  cells: Record<string, string>;
  /** `gazetteers/name.tsv:line`, for messages and provenance. */
  origin: string;
}

/**
 * Finds `gazetteers/<name>` by walking up from this module, so the same code
 * works from `src/` (vitest, tsx) and from `dist/src/` (the built CLI).
 */
export function gazetteerPath(name: string): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = join(dir, 'gazetteers', name);
    if (existsSync(candidate)) return candidate;
    const parent = resolve(dir, '..');
    if (parent === dir) throw new Error(`gazetteers/${name}: file not found above ${fileURLToPath(import.meta.url)}`);
    dir = parent;
  }
}

/**
 * Parses TSV text. `required` columns must be present in the header and
 * non-empty in every row; `optional` columns may be absent or empty (read as '').
 * `check` validates one cell and returns a reason when it is bad.
 */
export function parseDataFile(
  displayName: string,
  source: string,
  required: string[],
  optional: string[] = [],
  check: (column: string, value: string) => string | null = () => null,
): DataRow[] {
  const lines = source.replace(/^\uFEFF/, '').split(/\r?\n/);
  let header: string[] | null = null;
  const rows: DataRow[] = [];
  lines.forEach((line, index) => {
    const lineNo = index + 1;
    if (line.trim() === '' || line.startsWith('#')) return;
    const cells = line.split('\t');
    if (!header) {
      header = cells.map((c) => c.trim());
      for (const column of required) {
        if (!header.includes(column)) throw new Error(`${displayName}:${lineNo}:1: header lacks column "${column}"`);
      }
      return;
    }
    if (cells.length > header.length) {
      throw new Error(`${displayName}:${lineNo}:${header.length + 1}: more cells than header columns`);
    }
    const record: Record<string, string> = Object.fromEntries(optional.map((column) => [column, '']));
    header.forEach((column, i) => {
      const value = (cells[i] ?? '').trim();
      if (required.includes(column)) {
        if (value === '') throw new Error(`${displayName}:${lineNo}:${i + 1}: missing value for "${column}"`);
        const reason = check(column, value);
        if (reason) throw new Error(`${displayName}:${lineNo}:${i + 1}: ${reason}`);
      }
      record[column] = value;
    });
    rows.push({ cells: record, origin: `${displayName}:${lineNo}` });
  });
  if (!header) throw new Error(`${displayName}:1:1: no header line`);
  return rows;
}

/** Reads and parses `gazetteers/<name>`. */
export function readDataFile(
  name: string,
  required: string[],
  optional: string[] = [],
  check?: (column: string, value: string) => string | null,
): DataRow[] {
  const source = readFileSync(gazetteerPath(name), 'utf8');
  return parseDataFile(`gazetteers/${name}`, source, required, optional, check);
}
