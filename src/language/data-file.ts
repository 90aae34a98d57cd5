// Finds and reads one of the gazetteer files (format in gazetteers/README.md)
// for the language and sentence stages, with the gazetteer stage's strict
// reader, from the run's --gazetteers folder (set by loadGazetteer) or else
// the package's gazetteers/. A bad row stops the run with
// `file:line:column: reason`: a silently ignored row would change results
// without anyone noticing.
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { columnOf, GazetteerError, parseTsv } from '../gazetteer/tsv.js';
import { readTextFile } from '../read/text-file.js';

export interface DataRow {
  /** Cells by header name; optional columns missing at the end are ''. */
  cells: Record<string, string>;
  /** `gazetteers/name.tsv:line`, for messages and provenance. */
  origin: string;
}

let folder: string | null = null;

/**
 * Reads the data files from `dir` from now on, in this thread. The stages
 * take no gazetteer argument, so loadGazetteer sets the run's folder here;
 * tables built from the files check `dataDir()` to notice a change.
 */
export function useDataDir(dir: string): void {
  folder = dir;
}

/** The folder set by useDataDir, or null for the package's gazetteers/. */
export function dataDir(): string | null {
  return folder;
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
 * Parses TSV text with the project's strict reader. `required` columns must
 * be in the header and non-empty in every row; `optional` columns may be
 * absent or empty (read as ''). `check` validates one required cell and
 * returns a reason when it is bad.
 */
export function parseDataFile(
  displayName: string,
  source: string,
  required: string[],
  optional: string[] = [],
  check: (column: string, value: string) => string | null = () => null,
): DataRow[] {
  const rows = parseTsv(displayName, source, required);
  const header = headerOf(source);
  return rows.map((row) => {
    for (const column of required) {
      const value = row.values[column];
      const reason = value === '' ? `missing value for "${column}"` : check(column, value);
      if (reason) throw new GazetteerError(displayName, row.line, columnOf(source, row.line, header, column), reason);
    }
    const cells: Record<string, string> = Object.fromEntries(optional.map((column) => [column, '']));
    return { cells: { ...cells, ...row.values }, origin: `${displayName}:${row.line}` };
  });
}

function headerOf(source: string): string[] {
  const line = source.replace(/^\uFEFF/, '').split(/\r?\n/).find((l) => l.trim() !== '' && !l.startsWith('#'));
  return (line ?? '').split('\t').map((c) => c.trim());
}

/** Reads and parses `<name>` in the data folder (see useDataDir); errors name its path. */
export function readDataFile(
  name: string,
  required: string[],
  optional: string[] = [],
  check?: (column: string, value: string) => string | null,
): DataRow[] {
  const path = folder === null ? gazetteerPath(name) : join(folder, name);
  if (!existsSync(path)) throw new GazetteerError(path, 0, 0, 'file not found');
  return parseDataFile(path, readTextFile(path), required, optional, check);
}
