// One input file → its events and what the run report needs to know about it.
// With a cache, the file's bytes are hashed first and a stored result is used
// when the same bytes at the same display path were processed before by the
// same code, gazetteer and options.
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import type { EventRecord } from '../types.js';
import type { Gazetteer } from '../gazetteer/load.js';
import { articleFromBuffer, DEFAULT_MAX_BYTES, findManifestRow, readArticle, type InputFile, type ManifestRow } from '../read/index.js';
import { processArticle, type ProcessOptions } from './process.js';
import type { ArticleSummary, ResultCache } from './cache.js';
import { formatEvents, type Format, type FormattedEvents, type FormattedOutput } from '../output/format.js';
import { tallyEvents, type EventTally } from './run-report.js';

export interface ArticleResult {
  article: ArticleSummary;
  events: EventRecord[];
  bytes: number;
  /** With a cache: whether the result came from it. */
  cached?: boolean;
  /** With a cache: the new entry could not be written. */
  cacheWriteFailed?: boolean;
  /** With a cache: the file's key, so that a pruning run knows which entries it used (cache-prune.ts). */
  cacheKey?: Uint8Array;
}

/** What the writing thread needs of one file: its result with the events already formatted, and their counts. */
export interface ArticleOutput extends Omit<ArticleResult, 'events'> {
  tally: EventTally;
  /** Each format's text (as UTF-8 bytes when it comes from a worker). */
  text: FormattedOutput;
}

/** The output of one file, its text as strings (a worker encodes them afterwards: format.ts encodeFormatted). */
export function outputOf(r: ArticleResult, formats: readonly Format[]): ArticleOutput & { text: FormattedEvents } {
  const { events, ...rest } = r;
  return { ...rest, tally: tallyEvents(events), text: formatEvents(events, formats) };
}

function summarise(a: ReturnType<typeof processArticle>): { article: ArticleSummary; events: EventRecord[] } {
  return { article: { file: a.file, diagnostics: a.diagnostics, language: a.language, detectedLanguage: a.detectedLanguage }, events: a.events ?? [] };
}

const run = (read: ReturnType<typeof articleFromBuffer>, gaz: Gazetteer, opts: ProcessOptions) =>
  summarise(read.diagnostics.some((d) => d.level === 'error') ? read : processArticle(read, gaz, opts));

// Files are read into one of two buffers per thread, kept for the whole
// run, not into a new one per file: freeing a buffer of 128 KB or more (a
// large HTML page) would raise glibc's thresholds for the rest of the run,
// and memory would creep (read/text-file.ts). The large one is as large as a
// file may be; it is mapped, so only the pages the largest file so far
// touched take memory (they stay), and a mapping over 32 MB never moves the
// thresholds. Bytes from here are valid until the next read: everything
// processFile does with them (decoding, the cache key) is done before it
// awaits anything.
const SMALL_READ = 64 * 1024;
let smallBuffer: Buffer | null = null;
let largeBuffer: Buffer | null = null;

function readBuffer(size: number): Buffer {
  if (size <= SMALL_READ) return (smallBuffer ??= Buffer.allocUnsafeSlow(SMALL_READ)).subarray(0, size);
  return (largeBuffer ??= Buffer.allocUnsafeSlow(DEFAULT_MAX_BYTES)).subarray(0, size);
}

/**
 * The file's bytes, read synchronously: a worker has nothing else to do
 * meanwhile, and the promise API costs several thread-pool round trips per
 * file (measured: 2.9 ms a file, more than processing it). Null when the
 * file cannot be read or is too large: readArticle then reads it again and
 * reports why, in the read stage's own words.
 */
function readBytes(input: InputFile): Buffer | null {
  if (input.size > DEFAULT_MAX_BYTES) return null;
  let fd = -1;
  try {
    fd = openSync(input.path, 'r');
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > DEFAULT_MAX_BYTES) return null;
    const buf = readBuffer(st.size);
    let got = 0;
    while (got < st.size) {
      const n = readSync(fd, buf, got, st.size - got, got);
      if (n === 0) break;
      got += n;
    }
    return got === st.size ? buf : buf.subarray(0, got);
  } catch {
    return null;
  } finally {
    if (fd >= 0) closeSync(fd);
  }
}

export async function processFile(input: InputFile, gaz: Gazetteer, manifest: Map<string, ManifestRow> | undefined, opts: ProcessOptions, cache?: ResultCache): Promise<ArticleResult> {
  const buf = readBytes(input);
  if (!buf) return { ...run(await readArticle(input, manifest), gaz, opts), bytes: input.size };
  if (!cache) return { ...run(articleFromBuffer(input, buf, manifest), gaz, opts), bytes: input.size };
  const key = cache.key(buf, input.file, manifest && findManifestRow(manifest, input.file));
  const hit = cache.get(key);
  if (hit) return { ...hit, bytes: input.size, cached: true, cacheKey: key };
  const result = run(articleFromBuffer(input, buf, manifest), gaz, opts);
  const written = cache.put(key, result);
  return { ...result, bytes: input.size, cached: false, ...(written ? { cacheKey: key } : { cacheWriteFailed: true }) };
}
