// A strict reader for the gazetteer TSV format (see gazetteers/README.md).
// Errors name file, line and column so a researcher can fix the data.

export class GazetteerError extends Error {
  constructor(public file: string, public line: number, public column: number, reason: string) {
    super(`${file}:${line}:${column}: ${reason}`);
    this.name = 'GazetteerError';
  }
}

export interface TsvRow {
  /** 1-based line number in the file, for error messages and match origins. */
  line: number;
  values: Record<string, string>;
}

/** Cells up to this long are shared (V8 copies substrings this short, so each would be a string of its own). */
const SHARED_MAX = 12;

export function parseTsv(file: string, content: string, required: string[]): TsvRow[] {
  const lines = content.replace(/^\uFEFF/, '').split(/\r?\n/);
  let header: string[] | null = null;
  const rows: TsvRow[] = [];
  // Short cells are shared, one string per distinct value: every worker
  // keeps the rows' values (a country code, "city") for the whole run, and
  // 25,000 copies of each cost ~2 MB a worker.
  const seen = new Map<string, string>();
  const shared = (cell: string) => {
    if (cell.length > SHARED_MAX) return cell;
    const one = seen.get(cell);
    if (one !== undefined) return one;
    seen.set(cell, cell);
    return cell;
  };
  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];
    if (raw.trim() === '' || raw.startsWith('#')) continue;
    const cells = raw.split('\t').map((c) => c.trim());
    if (!header) {
      header = cells;
      for (const name of required) {
        if (!header.includes(name)) throw new GazetteerError(file, i + 1, 1, `missing column "${name}" in header`);
      }
      continue;
    }
    if (cells.length < required.length) {
      throw new GazetteerError(file, i + 1, raw.length + 1, `expected ${header.length} tab-separated columns, found ${cells.length}`);
    }
    if (cells.length > header.length) {
      // Points at the first cell beyond the header's columns (after its tab).
      throw new GazetteerError(file, i + 1, raw.split('\t', header.length).join('\t').length + 2, `more columns than the header's ${header.length}`);
    }
    const values: Record<string, string> = {};
    header.forEach((h, k) => (values[h] = shared(cells[k] ?? '')));
    rows.push({ line: i + 1, values });
  }
  if (!header) throw new GazetteerError(file, 1, 1, 'no header line');
  return rows;
}

/** Column number (1-based) of a named column on a row, for error messages. */
export function columnOf(content: string, line: number, header: string[], name: string): number {
  const raw = content.split(/\r?\n/)[line - 1] ?? '';
  const idx = header.indexOf(name);
  const cells = raw.split('\t');
  return cells.slice(0, Math.max(idx, 0)).join('\t').length + (idx > 0 ? 2 : 1);
}

/** The header's column names: the first line that is neither blank nor a comment. */
export function headerOf(content: string): string[] {
  const line = content.replace(/^\uFEFF/, '').split(/\r?\n/).find((l) => l.trim() !== '' && !l.startsWith('#'));
  return (line ?? '').split('\t').map((c) => c.trim());
}
