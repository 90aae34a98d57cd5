// Reading the hand-kept inputs under gazetteers/sources/ and writing the
// generated files, in the format of gazetteers/README.md. A bad source row stops
// the build with file:line: reason, so nothing half-made is written.
import { readFileSync, writeFileSync } from 'node:fs';

export class SourceError extends Error {}

/** Rows of a TSV file as objects keyed by header name; every row has every column. */
export function readSource(path, columns) {
  const rows = [];
  let header = null;
  const lines = readFileSync(path, 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const cells = raw.split('\t').map((c) => c.trim());
    if (!header) {
      header = cells;
      for (const c of columns) if (!header.includes(c)) throw new SourceError(`${path}:${i + 1}: missing column "${c}"`);
      return;
    }
    if (cells.length > header.length) throw new SourceError(`${path}:${i + 1}: ${cells.length} columns, header has ${header.length}`);
    const row = { line: i + 1 };
    header.forEach((h, k) => (row[h] = cells[k] ?? ''));
    if (!row[columns[0]]) throw new SourceError(`${path}:${i + 1}: empty "${columns[0]}"`);
    rows.push(row);
  });
  if (!header) throw new SourceError(`${path}: no header line`);
  return rows;
}

/** Writes comment, header and rows; cells must not hold tabs or newlines. */
export function writeTsv(path, comment, columns, rows) {
  const out = [`# ${comment}`, columns.join('\t')];
  for (const r of rows) {
    const cells = columns.map((c) => String(r[c] ?? ''));
    for (const cell of cells) if (/[\t\r\n]/.test(cell)) throw new SourceError(`${path}: cell with a tab or newline: ${JSON.stringify(cell)}`);
    out.push(cells.join('\t'));
  }
  writeFileSync(path, out.join('\n') + '\n');
}
