// `--shard K/N`: one machine of N takes a deterministic 1/N of the input.
// Files are assigned by a hash of their display path (not by position in the
// list), so a file stays in its shard when others are added or removed, and
// every machine agrees without talking to the others. Two files with the same
// display path always land in the same shard, so their relative order — and
// hence the merged output — equals a single run's.
import { createHash } from 'node:crypto';

export interface Shard {
  /** 1-based. */
  index: number;
  count: number;
}

/** Parses `K/N` (1 ≤ K ≤ N); throws with a message fit for the command line. */
export function parseShard(spec: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(spec);
  if (!m) throw new Error(`shard must look like K/N (e.g. 2/8), not "${spec}"`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1 || index < 1 || index > count) throw new Error(`shard ${spec}: K must be between 1 and N`);
  return { index, count };
}

/** The 1-based shard a display path belongs to among `count`. */
export function shardOf(file: string, count: number): number {
  if (count === 1) return 1;
  const h = createHash('sha256').update(file, 'utf8').digest();
  return (h.readUInt32BE(0) % count) + 1;
}

export function inShard(file: string, shard: Shard | undefined): boolean {
  return !shard || shardOf(file, shard.count) === shard.index;
}

/** The files of one shard (all of them without a shard), taken one at a time. */
export function filesInShard<T extends { file: string }>(files: Iterable<T>, shard: Shard | undefined): Iterable<T> {
  return shard ? onlyInShard(files, shard) : files;
}

function* onlyInShard<T extends { file: string }>(files: Iterable<T>, shard: Shard): Generator<T> {
  for (const f of files) if (inShard(f.file, shard)) yield f;
}

export const formatShard = (s: Shard): string => `${s.index}/${s.count}`;
