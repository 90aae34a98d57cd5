// Writes the report so a reader never sees a half-written file: write beside
// the target, then rename over it (atomic on one file system).
import { rename, unlink, writeFile } from 'node:fs/promises';
import { renderReport, type ReportInput } from './render.js';

export async function writeReportFile(path: string, input: ReportInput): Promise<void> {
  const tmp = `${path}.tmp-${process.pid}`;
  try {
    await writeFile(tmp, renderReport(input), 'utf8');
    await rename(tmp, path);
  } catch (err) {
    await unlink(tmp).catch(() => undefined);
    throw err;
  }
}
