// `extract`: files found → read → processed → written, one article at a
// time in input order, so memory stays flat and output is deterministic.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Article, EventRecord } from '../types.js';
import { loadGazetteer, type Gazetteer } from '../gazetteer/load.js';
import { discoverFiles, readArticle, readManifest, type InputFile, type ManifestRow } from '../read/index.js';
import { openWriters, type Format } from '../output/writers.js';
import { writeFileAtomic } from '../output/atomic-file.js';
import { processArticle, type ProcessOptions } from './process.js';
import { RunReportBuilder, type RunReport } from './run-report.js';
import { orderedMap } from './ordered-map.js';
import { TOOL } from '../version.js';

export interface ExtractOptions extends ProcessOptions {
  inputs: string[];
  outDir: string;
  formats: Format[];
  gazetteerDir: string;
  manifest?: string;
  /** Called after each article, for progress display. */
  onArticle?: (done: number, total: number, bytes: number) => void;
  /** Extra output: called with every event in order (the report uses it). */
  onEvents?: (events: EventRecord[]) => void;
}

export interface ExtractResult {
  report: RunReport;
  events: number;
  hadBadInput: boolean;
}

export interface ArticleResult {
  article: Pick<Article, 'file' | 'diagnostics' | 'language' | 'detectedLanguage'>;
  events: EventRecord[];
  bytes: number;
}

export async function processFile(input: InputFile, gaz: Gazetteer, manifest: Map<string, ManifestRow> | undefined, opts: ProcessOptions): Promise<ArticleResult> {
  const read = await readArticle(input, manifest);
  const a = read.diagnostics.some((d) => d.level === 'error') ? read : processArticle(read, gaz, opts);
  return { article: { file: a.file, diagnostics: a.diagnostics, language: a.language, detectedLanguage: a.detectedLanguage }, events: a.events ?? [], bytes: input.size };
}

export async function runExtract(opts: ExtractOptions): Promise<ExtractResult> {
  const gaz = loadGazetteer(opts.gazetteerDir);
  const manifest = opts.manifest ? await readManifest(opts.manifest) : undefined;
  const found = await discoverFiles(opts.inputs);
  mkdirSync(opts.outDir, { recursive: true });
  const report = new RunReportBuilder(TOOL, gaz.version);
  for (const d of found.diagnostics) report.input(d);
  const writers = openWriters(opts.outDir, opts.formats);
  let events = 0;
  try {
    let done = 0;
    for await (const r of orderedMap(found.files, 4, (f) => processFile(f, gaz, manifest, opts))) {
      report.article(r.article, r.events);
      for (const w of writers) await w.add(r.events);
      opts.onEvents?.(r.events);
      events += r.events.length;
      opts.onArticle?.(++done, found.files.length, r.bytes);
    }
    const built = report.build();
    await writeFileAtomic(join(opts.outDir, 'run-report.json'), JSON.stringify(built, null, 2) + '\n');
    for (const w of writers) await w.commit();
    return { report: built, events, hadBadInput: report.hadBadInput };
  } catch (err) {
    for (const w of writers) w.abort();
    throw err;
  }
}
