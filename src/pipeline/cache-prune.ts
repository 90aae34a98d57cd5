// Pruning the incremental-run cache (`extract --prune-cache`). Nothing is
// ever removed from a cache on its own: every changed file adds an entry, and
// every new version of the code, the gazetteers or the options starts a new
// namespace folder, so a cache that CI restores and saves on every change to
// a corpus grows by about the dataset's size each time the gazetteers change.
// A pruning run keeps exactly the entries it used or made: they are copied
// byte for byte into one new pack, then every older pack of the namespace and
// every other namespace folder is removed. The new pack is on disk (fsync)
// before anything is deleted, so a run stopped halfway leaves a cache that
// still serves (some entries twice), never one that lost entries.
import { closeSync, fsyncSync, lstatSync, openSync, readdirSync, readSync, rmSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { HEADER, indexLine, INDEX_EXT, LINE, loadNamespace, newPackBase, PACK_EXT, PackIndex, recordHeaderMatches, writeAll } from './cache.js';

/** Keys of the entries a run used, 32 bytes each, in blocks (a million files: 32 MB, not a million objects). */
export class KeyList {
  private static readonly PER_BLOCK = 1024;
  private readonly blocks: Buffer[] = [];
  length = 0;

  push(key: Uint8Array): void {
    if (key.byteLength !== 32) throw new Error(`a cache key is 32 bytes, not ${key.byteLength}`);
    const at = this.length % KeyList.PER_BLOCK;
    if (at === 0) this.blocks.push(Buffer.allocUnsafe(32 * KeyList.PER_BLOCK));
    this.blocks[this.blocks.length - 1].set(key, at * 32);
    this.length++;
  }

  *[Symbol.iterator](): Generator<Buffer> {
    for (let i = 0; i < this.length; i++) {
      const block = this.blocks[Math.floor(i / KeyList.PER_BLOCK)];
      const at = (i % KeyList.PER_BLOCK) * 32;
      yield block.subarray(at, at + 32);
    }
  }
}

/** The keys a run used (a KeyList), and how many there are, duplicates included. */
type LiveKeys = Iterable<Buffer> & { length: number };

export interface PruneStats {
  /** Entries kept (the run's), and their bytes on disk (records and index lines). */
  kept: number;
  keptBytes: number;
  /** Bytes of packs, indexes and namespace folders removed, less what was kept. */
  removedBytes: number;
  /** Namespace folders of other versions or options removed. */
  otherNamespaces: number;
}

/** A namespace folder's name (cache.ts `cacheNamespace`): only such folders are ever removed. */
const NAMESPACE = /^[0-9a-f]{16}$/;
const COPY = 64 * 1024;

export function pruneCache(dir: string, namespace: string, live: LiveKeys): PruneStats {
  const root = join(dir, namespace);
  const stats: PruneStats = { kept: 0, keptBytes: 0, removedBytes: 0, otherNamespaces: 0 };
  const old = loadNamespace(root);
  let kept: string[] = [];

  const only = old.packs.length === 1 ? [old.packs[0], old.packs[0].slice(0, -PACK_EXT.length) + INDEX_EXT] : null;
  if (only && listDir(root).every((f) => only.includes(f)) && old.lines === wholeFound(join(root, only[0]), old.index, live)) {
    // One pack holding exactly the run's entries, each whole (a re-run with
    // nothing changed after a pruning run): nothing to copy or remove.
    kept = only;
    stats.kept = old.lines;
    stats.keptBytes = sizeOf(join(root, only[0])) + sizeOf(join(root, only[1]));
  } else if (old.packs.length > 0) {
    const base = newPackBase(root);
    kept = [base + PACK_EXT, base + INDEX_EXT].map((f) => f.slice(root.length + 1));
    const pack = openSync(base + PACK_EXT, 'wx');
    let idx = -1;
    const readFds = new Map<number, number>();
    try {
      idx = openSync(base + INDEX_EXT, 'wx');
      const copied = new PackIndex(live.length); // what is copied, so that a key listed twice is kept once
      const buf = Buffer.allocUnsafe(COPY); // not one buffer per record: see read/text-file.ts
      let size = 0;
      for (const key of live) {
        const where = old.index.find(key);
        if (!where || copied.find(key)) continue;
        let fd = readFds.get(where.pack);
        if (fd === undefined) readFds.set(where.pack, (fd = openSync(join(root, old.packs[where.pack]), 'r')));
        if (!copyRecord(fd, pack, key, where.offset, where.length, buf)) continue; // damaged: the next run makes it again
        writeAll(idx, [indexLine(key, size, where.length)]);
        copied.add(key, 0, 0, size, where.length);
        size += where.length;
        stats.kept++;
        stats.keptBytes += where.length + LINE;
      }
      fsyncSync(pack);
      fsyncSync(idx);
    } catch (err) {
      // the old packs are still whole: drop the new one, keep the cache as it was
      for (const f of [base + PACK_EXT, base + INDEX_EXT]) rmSync(f, { force: true });
      throw err;
    } finally {
      for (const fd of readFds.values()) closeSync(fd);
      closeSync(pack);
      if (idx >= 0) closeSync(idx);
    }
  }
  // Every other pack and index of the namespace, those a stopped writer
  // left without their other half too; indexes first, so that no index is
  // ever left pointing at a pack that is gone.
  const stale = listDir(root).filter((f) => (f.endsWith(PACK_EXT) || f.endsWith(INDEX_EXT)) && !kept.includes(f));
  stale.sort((a, b) => Number(b.endsWith(INDEX_EXT)) - Number(a.endsWith(INDEX_EXT)));
  for (const f of stale) {
    stats.removedBytes += sizeOf(join(root, f));
    unlinkSync(join(root, f));
  }
  stats.removedBytes = Math.max(0, stats.removedBytes - stats.keptBytes);

  for (const name of listDir(dir)) {
    if (name === namespace || !NAMESPACE.test(name)) continue;
    const folder = join(dir, name);
    const bytes = namespaceBytes(folder);
    if (bytes === null) continue; // not a cache namespace (a folder of the user's): left alone
    rmSync(folder, { recursive: true, force: true });
    stats.removedBytes += bytes;
    stats.otherNamespaces++;
  }
  return stats;
}

/**
 * How many distinct keys of `live` the index of a one-pack namespace holds,
 * each checked by its record's header (a read of 40 bytes, not a copy); -1
 * when one is damaged.
 */
function wholeFound(packPath: string, index: PackIndex, live: LiveKeys): number {
  const seen = new PackIndex(live.length);
  const header = Buffer.allocUnsafe(HEADER);
  const fd = openSync(packPath, 'r');
  try {
    let n = 0;
    for (const key of live) {
      const where = index.find(key);
      if (!where || seen.find(key)) continue;
      if (!recordHeaderMatches(fd, key, where.offset, where.length, header)) return -1;
      seen.add(key, 0, 0, 0, 0);
      n++;
    }
    return n;
  } finally {
    closeSync(fd);
  }
}

/** Copies one record after checking its header against the key; false if it is damaged. */
function copyRecord(from: number, to: number, key: Buffer, offset: number, length: number, buf: Buffer): boolean {
  if (!recordHeaderMatches(from, key, offset, length, buf)) return false;
  for (let done = 0; done < length; ) {
    const n = readSync(from, buf, 0, Math.min(COPY, length - done), offset + done);
    if (n === 0) throw new Error('a cache pack ended inside a record it indexes');
    writeAll(to, [buf.subarray(0, n)]);
    done += n;
  }
  return true;
}

/** The bytes of a namespace folder's files, or null if it holds anything but packs and indexes. */
function namespaceBytes(folder: string): number | null {
  if (!lstatSync(folder).isDirectory()) return null;
  let bytes = 0;
  for (const name of listDir(folder)) {
    if (!name.endsWith(PACK_EXT) && !name.endsWith(INDEX_EXT)) return null;
    const st = lstatSync(join(folder, name));
    if (!st.isFile()) return null;
    bytes += st.size;
  }
  return bytes;
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

function sizeOf(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}
