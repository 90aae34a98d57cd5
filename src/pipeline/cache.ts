// The incremental-run cache: one JSON file per processed input, keyed by the
// file's content and display path (offsets and ids depend on the path) plus
// its manifest row, under a namespace that hashes everything else the result
// depends on: the code itself, the installed library versions, the gazetteer
// content and the options. A stale entry is therefore never found (it lives
// under an old namespace), and a damaged one is ignored and rewritten.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import { hostname } from 'node:os';
import type { Article, EventRecord } from '../types.js';
import type { ManifestRow } from '../read/index.js';
import { PACKAGE_ROOT } from '../paths.js';
import { TOOL } from '../version.js';

export const DEFAULT_CACHE_DIR = '.cache/tnr-events';

export type ArticleSummary = Pick<Article, 'file' | 'diagnostics' | 'language' | 'detectedLanguage'>;

export interface CachedResult {
  article: ArticleSummary;
  events: EventRecord[];
}

export interface CacheStats {
  hits: number;
  misses: number;
  /** Entries that could not be written (disk full, permissions): the run goes on. */
  writeErrors: number;
}

const CODE_FILE = /\.(js|mjs|ts)$/;

function listCode(dir: string, out: string[]): void {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) listCode(p, out);
    else if (CODE_FILE.test(e.name) && !e.name.endsWith('.d.ts')) out.push(p);
  }
}

let codeHash: string | undefined;

/**
 * A hash of the running code (every source or compiled file of the package,
 * whichever is running) and of the lockfile, so an edit to a rule or an
 * upgraded library invalidates the cache even when the version number stays.
 */
export function codeVersion(): string {
  if (codeHash) return codeHash;
  const root = dirname(dirname(fileURLToPath(import.meta.url))); // src/ or dist/src/
  const files: string[] = [];
  listCode(root, files);
  files.sort();
  const h = createHash('sha256').update(TOOL).update('\0');
  for (const f of files) h.update(relative(root, f)).update('\0').update(readFileSync(f)).update('\0');
  const lock = join(PACKAGE_ROOT, 'package-lock.json');
  if (existsSync(lock)) h.update(readFileSync(lock));
  return (codeHash = h.digest('hex').slice(0, 16));
}

/** The namespace every entry of one configuration lives under. */
export function cacheNamespace(code: string, gazetteerVersion: string, options: unknown): string {
  return createHash('sha256').update(`${code}\0${gazetteerVersion}\0${JSON.stringify(options)}`).digest('hex').slice(0, 16);
}

// Unique among machines sharing a cache folder (a cluster's scratch space) and threads.
const TEMP_TAG = `${hostname()}-${process.pid}-${threadId}`;
let tempCounter = 0;

export class ResultCache {
  readonly stats: CacheStats = { hits: 0, misses: 0, writeErrors: 0 };
  private readonly root: string;
  private readonly made = new Set<string>();

  constructor(dir: string, readonly namespace: string) {
    this.root = join(dir, namespace);
  }

  /** The key of one input: its bytes, its display path and its manifest row. */
  key(content: Buffer, file: string, manifestRow?: ManifestRow): string {
    return createHash('sha256').update(file).update('\0').update(JSON.stringify(manifestRow ?? null)).update('\0').update(content).digest('hex');
  }

  private pathOf(key: string): string {
    return join(this.root, key.slice(0, 2), `${key}.json`);
  }

  get(key: string): CachedResult | null {
    let raw: string;
    const path = this.pathOf(key);
    // A miss is the rule on a first run: existsSync answers it without the
    // error object (and stack trace) a failed read makes.
    if (!existsSync(path)) {
      this.stats.misses++;
      return null;
    }
    try {
      raw = readFileSync(path, 'utf8');
    } catch {
      this.stats.misses++;
      return null;
    }
    try {
      const entry = JSON.parse(raw) as { namespace: string; key: string } & CachedResult;
      if (entry.namespace === this.namespace && entry.key === key && entry.article && Array.isArray(entry.events)) {
        this.stats.hits++;
        return { article: entry.article, events: entry.events };
      }
    } catch {
      // a damaged entry (disk trouble): treated as missing and rewritten
    }
    this.stats.misses++;
    return null;
  }

  /** Written to a temporary name and renamed, so a reader never sees half an entry. */
  put(key: string, value: CachedResult): boolean {
    const path = this.pathOf(key);
    const temp = `${path}.tmp-${TEMP_TAG}-${tempCounter++}`;
    try {
      const dir = dirname(path);
      if (!this.made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        this.made.add(dir);
      }
      writeFileSync(temp, JSON.stringify({ namespace: this.namespace, key, ...value }));
      renameSync(temp, path);
      return true;
    } catch {
      this.stats.writeErrors++;
      rmSync(temp, { force: true });
      return false;
    }
  }
}
