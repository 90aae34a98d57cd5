// The incremental-run cache. Each processed input's result is stored keyed by
// the file's content and display path (offsets and ids depend on the path)
// plus its manifest row, under a namespace folder that hashes everything else
// the result depends on: the code itself, the installed library versions, the
// gazetteer content and the options. A stale entry is therefore never found
// (it lives under an old namespace), and a damaged one is ignored and made
// again.
//
// Storage: every writer (a worker thread of one run) appends its entries to a
// pack file of its own and a fixed-width line per entry to the pack's index
// file, both opened once. One file per entry used to cost ~0.3–0.5 ms of
// kernel time per input on this machine's disk (creating a file, measured
// with `strace -c`: 2.2–4 s for 8,000 files, against 30 ms to append the same
// bytes to one file), about a fifth of a cold 50 MB run. A reader loads the
// index files of its namespace once, into a table of ~30 bytes per entry, and
// reads an entry with one positioned read. Writers never touch each other's
// files, so runs on several machines may share a cache folder.
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readSync, statSync, writeSync, writevSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { threadId } from 'node:worker_threads';
import { hostname } from 'node:os';
import type { Article, EventRecord } from '../types.js';
import type { ManifestRow } from '../read/index.js';
import { PACKAGE_ROOT } from '../paths.js';
import { readFileInPieces, readText } from '../read/text-file.js';
import { encodeText } from '../output/format.js';
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
  const add = (bytes: Uint8Array) => h.update(bytes); // in pieces: see read/text-file.ts
  for (const f of files) {
    h.update(relative(root, f)).update('\0');
    readFileInPieces(f, add);
    h.update('\0');
  }
  const lock = join(PACKAGE_ROOT, 'package-lock.json');
  if (existsSync(lock)) readFileInPieces(lock, add);
  return (codeHash = h.digest('hex').slice(0, 16));
}

/** The namespace every entry of one configuration lives under. */
export function cacheNamespace(code: string, gazetteerVersion: string, options: unknown): string {
  return createHash('sha256').update(`${code}\0${gazetteerVersion}\0${JSON.stringify(options)}`).digest('hex').slice(0, 16);
}

/** A cache key: the SHA-256 of an input's display path, manifest row and bytes. */
export type CacheKey = Buffer;

// A pack record: MAGIC, the 32-byte key, the payload's length (uint32 LE),
// then the payload (the result as UTF-8 JSON).
const MAGIC = 0x43524e54; // "TNRC" read as uint32 LE
export const HEADER = 4 + 32 + 4;
// An index line: the 32-byte key, the record's offset in the pack (float64 LE:
// exact up to 2^53) and its total length (uint32 LE), padded to 48 bytes.
export const LINE = 48;
/** A record's header: MAGIC, the key, the payload's length. */
function recordHeader(key: Buffer, payloadLength: number): Buffer {
  const header = Buffer.allocUnsafe(HEADER);
  header.writeUInt32LE(MAGIC, 0);
  key.copy(header, 4);
  header.writeUInt32LE(payloadLength, 36);
  return header;
}

/** Whether the record at `offset` in the pack starts with the header of this key and total length (read into `buf`, HEADER bytes at least). */
export function recordHeaderMatches(fd: number, key: Buffer, offset: number, length: number, buf: Buffer): boolean {
  if (length < HEADER || readSync(fd, buf, 0, HEADER, offset) !== HEADER) return false;
  return buf.readUInt32LE(0) === MAGIC && key.equals(buf.subarray(4, 36)) && buf.readUInt32LE(36) === length - HEADER;
}

/** The index line of a record: its key, offset in the pack and total length. */
export function indexLine(key: Buffer, offset: number, length: number): Buffer {
  const line = Buffer.alloc(LINE);
  key.copy(line, 0);
  line.writeDoubleLE(offset, 32);
  line.writeUInt32LE(length, 40);
  return line;
}
export const PACK_EXT = '.pack';
export const INDEX_EXT = '.idx';

// Unique among machines sharing a cache folder (a cluster's scratch space),
// processes, threads and the packs one thread opens.
const WRITER_TAG = `${hostname().replace(/[^A-Za-z0-9.-]/g, '_')}-${process.pid}-${threadId}-${Date.now().toString(36)}`;
let packCounter = 0;

/** The path, without extension, of a new pack and its index in a namespace folder: unique to this writer. */
export const newPackBase = (root: string) => join(root, `${WRITER_TAG}-${packCounter++}`);

/**
 * Where every entry of a namespace is: an open-addressing table keyed by the
 * first 8 bytes of the key (the record's own copy of the whole key is checked
 * when it is read, so a clash of prefixes costs a miss, never a wrong result).
 * Slot: key words 0 and 1, pack number + 1 (0: empty), offset low and high
 * words, record length.
 */
export class PackIndex {
  private readonly slots: Uint32Array;
  private readonly capacity: number;

  constructor(entries: number) {
    this.capacity = Math.max(16, Math.ceil(entries / 0.7));
    this.slots = new Uint32Array(this.capacity * SLOT);
  }

  add(key: Buffer, keyAt: number, pack: number, offset: number, length: number): void {
    const at = this.slotOf(key, keyAt);
    this.slots[at] = key.readUInt32LE(keyAt);
    this.slots[at + 1] = key.readUInt32LE(keyAt + 4);
    this.slots[at + 2] = pack + 1;
    this.slots[at + 3] = offset >>> 0;
    this.slots[at + 4] = Math.floor(offset / 2 ** 32);
    this.slots[at + 5] = length;
  }

  find(key: Buffer): { pack: number; offset: number; length: number } | null {
    const at = this.slotOf(key, 0);
    if (this.slots[at + 2] === 0) return null;
    return { pack: this.slots[at + 2] - 1, offset: this.slots[at + 3] + this.slots[at + 4] * 2 ** 32, length: this.slots[at + 5] };
  }

  /** Where the key (its first 8 bytes, from `keyAt`) is: the slot holding it, else the empty one where it would go. */
  private slotOf(key: Buffer, keyAt: number): number {
    const k0 = key.readUInt32LE(keyAt), k1 = key.readUInt32LE(keyAt + 4);
    for (let s = k0 % this.capacity; ; s = s + 1 === this.capacity ? 0 : s + 1) {
      const at = s * SLOT;
      if (this.slots[at + 2] === 0 || (this.slots[at] === k0 && this.slots[at + 1] === k1)) return at;
    }
  }
}
const SLOT = 6;

/** Writes the parts one after the other, in one call when it takes them all; past a short write; throws on failure. */
export function writeAll(fd: number, parts: Uint8Array[]): void {
  let done = writevSync(fd, parts);
  for (const p of parts) {
    if (done >= p.byteLength) {
      done -= p.byteLength;
      continue;
    }
    while (done < p.byteLength) done += writeSync(fd, p, done, p.byteLength - done);
    done = 0;
  }
}

/** A namespace folder as its index files describe it. */
export interface LoadedNamespace {
  /** Pack file names, by pack number. */
  packs: string[];
  /** Lines in their index files, whether or not they point at a whole record. */
  lines: number;
  index: PackIndex;
}

/** Reads a namespace folder's index files into one table (nothing when the folder does not exist or cannot be read). */
export function loadNamespace(root: string): LoadedNamespace {
  const found: { pack: string; idx: string; lines: number; size: number }[] = [];
  let entries = 0;
  let names: string[] = [];
  try {
    names = readdirSync(root).filter((n) => n.endsWith(INDEX_EXT)).sort();
  } catch {
    // no cache yet (or unreadable: every input is then a miss)
  }
  for (const name of names) {
    const pack = name.slice(0, -INDEX_EXT.length) + PACK_EXT;
    try {
      const lines = Math.floor(statSync(join(root, name)).size / LINE);
      found.push({ pack, idx: name, lines, size: statSync(join(root, pack)).size });
      entries += lines;
    } catch {
      // a pack without its index or the other way round: skipped
    }
  }
  const index = new PackIndex(entries);
  const packs: string[] = [];
  // Read through a small buffer: one the size of a large index, freed
  // afterwards, would make glibc raise its mmap threshold for the rest of
  // the run (read/text-file.ts).
  const scratch = Buffer.allocUnsafe(LINE * 1024);
  for (const { pack, idx, lines, size } of found) {
    const n = packs.push(pack) - 1;
    let fd = -1;
    try {
      fd = openSync(join(root, idx), 'r');
      for (let line = 0; line < lines; ) {
        const got = Math.floor(readSync(fd, scratch, 0, Math.min(lines - line, 1024) * LINE, line * LINE) / LINE);
        if (got === 0) break;
        for (let at = 0; at < got * LINE; at += LINE) {
          // A line past the pack's end (a writer stopped mid-record) is left out.
          const offset = scratch.readDoubleLE(at + 32), length = scratch.readUInt32LE(at + 40);
          if (offset + length <= size) index.add(scratch, at, n, offset, length);
        }
        line += got;
      }
    } catch {
      // an index that cannot be read: its entries are misses
    } finally {
      if (fd >= 0) closeSync(fd);
    }
  }
  return { packs, lines: entries, index };
}

/** Open read descriptors kept at most (a cache folder shared by many runs holds many packs). */
const OPEN_PACKS = 32;

export class ResultCache {
  readonly stats: CacheStats = { hits: 0, misses: 0, writeErrors: 0 };
  private readonly root: string;
  private readonly packs: string[];
  private readonly index: PackIndex;
  private readonly readFds = new Map<number, number>();
  private writer: { pack: number; idx: number; size: number } | null = null;
  /** A record's header, as read back. */
  private readonly header = Buffer.allocUnsafe(HEADER);

  /** Loads the namespace's index files: what earlier runs (and other writers' finished entries) stored. */
  constructor(dir: string, readonly namespace: string) {
    this.root = join(dir, namespace);
    const loaded = loadNamespace(this.root);
    this.packs = loaded.packs;
    this.index = loaded.index;
  }

  /** The key of one input: its bytes, its display path and its manifest row. */
  key(content: Buffer, file: string, manifestRow?: ManifestRow): CacheKey {
    return createHash('sha256').update(file).update('\0').update(JSON.stringify(manifestRow ?? null)).update('\0').update(content).digest();
  }

  get(key: CacheKey): CachedResult | null {
    const where = this.index.find(key);
    const entry = where && this.read(where.pack, where.offset, where.length, key);
    if (entry) this.stats.hits++;
    else this.stats.misses++;
    return entry;
  }

  private read(pack: number, offset: number, length: number, key: CacheKey): CachedResult | null {
    try {
      const fd = this.readFd(pack);
      const header = this.header;
      if (!recordHeaderMatches(fd, key, offset, length, header)) return null;
      // the JSON in pieces, not one buffer of its size (read/text-file.ts)
      const json = readText(fd, offset + HEADER, length - HEADER);
      if (json === null) return null;
      const entry = JSON.parse(json) as CachedResult;
      return entry.article && Array.isArray(entry.events) ? { article: entry.article, events: entry.events } : null;
    } catch {
      return null; // unreadable or damaged (disk trouble): treated as missing and made again
    }
  }

  private readFd(pack: number): number {
    let fd = this.readFds.get(pack);
    if (fd === undefined) {
      if (this.readFds.size >= OPEN_PACKS) {
        const [oldest, oldFd] = this.readFds.entries().next().value as [number, number];
        this.readFds.delete(oldest);
        closeSync(oldFd);
      }
      fd = openSync(join(this.root, this.packs[pack]), 'r');
      this.readFds.set(pack, fd);
    }
    return fd;
  }

  /**
   * Appends the entry to this writer's pack, then its line to the pack's
   * index: a reader trusts a line only if the pack reaches past its record,
   * and checks the record's key and length, so a run stopped mid-write leaves
   * nothing that is served.
   */
  put(key: CacheKey, value: CachedResult): boolean {
    try {
      const w = this.writer ?? (this.writer = this.openWriter());
      // the JSON as UTF-8 in pieces, not one buffer of its size (output/format.ts encodeText)
      const json = encodeText(JSON.stringify(value));
      const payload = Array.isArray(json) ? json : [json];
      let length = HEADER;
      for (const p of payload) length += p.byteLength;
      const line = indexLine(key, w.size, length);
      try {
        writeAll(w.pack, [recordHeader(key, length - HEADER), ...payload]);
        w.size += length;
        writeAll(w.idx, [line]);
      } catch (err) {
        this.closeWriter(); // the files may end mid-record: the next entry starts a new pack
        throw err;
      }
      return true;
    } catch {
      this.stats.writeErrors++;
      return false;
    }
  }

  private openWriter(): { pack: number; idx: number; size: number } {
    mkdirSync(this.root, { recursive: true });
    const base = newPackBase(this.root);
    const pack = openSync(base + PACK_EXT, 'wx');
    try {
      return { pack, idx: openSync(base + INDEX_EXT, 'wx'), size: 0 };
    } catch (err) {
      closeSync(pack);
      throw err;
    }
  }

  private closeWriter(): void {
    if (!this.writer) return;
    for (const fd of [this.writer.pack, this.writer.idx]) {
      try {
        closeSync(fd);
      } catch {
        // already unusable
      }
    }
    this.writer = null;
  }

  /** Closes the open files (entries are on disk as soon as put returns). */
  close(): void {
    this.closeWriter();
    for (const fd of this.readFds.values()) closeSync(fd);
    this.readFds.clear();
  }
}
