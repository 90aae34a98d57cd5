// The run's file list, packed: in parts of every disk path as UTF-8 in one
// byte array, every display path in another, their ends in typed arrays,
// and the sizes of all files in one array.
// A million-file archive is then five arrays instead of a million objects of
// three fields each (~150 bytes apiece, held by the main thread for the
// whole run and walked by every full garbage collection). The bytes live
// outside the JavaScript heap, so the main thread's heap (which V8 sizes at a
// multiple of what is live) stays as small as on a small run: as strings, a
// 157,000-file list was ~20 MB of the main heap. It crosses from the
// discovery worker in parts whose arrays are transferred, not copied.
// InputFile objects are made per batch, when it is sent.
import type { InputFile } from '../read/index.js';

/** What crosses between threads: typed arrays only, each on its own buffer (so it can be transferred). */
export interface PackedFileData {
  /** UTF-8 of the disk paths not made of a root and the display path, one after the other. */
  paths: Uint8Array;
  /** UTF-8 of the display paths, one after the other. */
  files: Uint8Array;
  /** Byte offset where each path ends (a path made from a root takes no bytes). */
  pathEnds: Uint32Array;
  fileEnds: Uint32Array;
  sizes: Float64Array;
  /**
   * Per file, the root its disk path is made of (disk path = root + display
   * path, as for every file of a walked folder), or -1 when the disk path is
   * in `paths`. The roots are few: UTF-8 in `roots`, ending at `rootEnds`.
   * Without them every file kept its folder's absolute path twice over
   * (~100 bytes a file on the benchmark's paths, ~45 with them).
   */
  rootOf: Int32Array;
  roots: Uint8Array;
  rootEnds: Uint32Array;
}

/** The strings as UTF-8, one after the other, in a buffer of their own; and where each ends. */
function encodeAll(strings: readonly string[]): { bytes: Uint8Array; ends: Uint32Array } {
  const ends = new Uint32Array(strings.length);
  let total = 0;
  strings.forEach((s, i) => (ends[i] = total += Buffer.byteLength(s, 'utf8')));
  const bytes = new Uint8Array(total); // not Buffer.from: a small one shares a pool, which a transfer would take along
  Buffer.from(bytes.buffer, 0, total).write(strings.join(''), 'utf8');
  return { bytes, ends };
}

const view = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

const isLowSurrogate = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** The files packed as one part. */
function packPart(files: Iterable<InputFile>): PackedFileData {
  const paths: string[] = [], names: string[] = [], sizes: number[] = [], rootOf: number[] = [];
  const roots = new Map<string, number>();
  for (const f of files) {
    names.push(f.file);
    sizes.push(f.size);
    // (not between the halves of a surrogate pair, which UTF-8 cannot split)
    if (f.path.length > f.file.length && f.path.endsWith(f.file) && !isLowSurrogate(f.file.charCodeAt(0))) {
      const root = f.path.slice(0, f.path.length - f.file.length);
      let r = roots.get(root);
      if (r === undefined) roots.set(root, (r = roots.size));
      rootOf.push(r);
      paths.push('');
    } else {
      rootOf.push(-1);
      paths.push(f.path);
    }
  }
  const p = encodeAll(paths), n = encodeAll(names), r = encodeAll([...roots.keys()]);
  return { paths: p.bytes, files: n.bytes, pathEnds: p.ends, fileEnds: n.ends, sizes: Float64Array.from(sizes), rootOf: Int32Array.from(rootOf), roots: r.bytes, rootEnds: r.ends };
}

/** The strings packed by encodeAll, back as strings. */
function decodeAll(bytes: Uint8Array, ends: Uint32Array): string[] {
  const text = view(bytes);
  return Array.from(ends, (end, i) => text.toString('utf8', i === 0 ? 0 : ends[i - 1], end));
}

/** A part as the list reads it: its text as Buffers, and the number of its first file in the list. */
interface Part {
  first: number;
  pathText: Buffer;
  fileText: Buffer;
  pathEnds: Uint32Array;
  fileEnds: Uint32Array;
  rootOf: Int32Array;
  roots: string[];
}

export class FileList {
  private readonly pieces: Part[] = [];
  /** Every file's size, in list order (the batches are cut by them). */
  readonly sizes: Float64Array;

  /**
   * The parts stay as they came, one after the other; only the sizes are
   * copied into one array. Joining the parts' text into one copy held both
   * at once (~17 MB each for 157,000 files), and freeing the ~1 MB parts
   * then made glibc keep more memory for the rest of the run
   * (read/text-file.ts).
   */
  constructor(parts: readonly PackedFileData[]) {
    let n = 0;
    for (const p of parts) n += p.sizes.length;
    this.sizes = new Float64Array(n);
    let first = 0;
    for (const p of parts) {
      if (p.sizes.length === 0) continue;
      this.sizes.set(p.sizes, first);
      this.pieces.push({ first, pathText: view(p.paths), fileText: view(p.files), pathEnds: p.pathEnds, fileEnds: p.fileEnds, rootOf: p.rootOf, roots: decodeAll(p.roots, p.rootEnds) });
      first += p.sizes.length;
    }
  }

  /** Packs the files, taking them one at a time (so a generator's files are never all held as objects). */
  static pack(files: Iterable<InputFile>): FileList {
    return new FileList([packPart(files)]);
  }

  /** The files packed in parts of at most `size` files, each packed as its files arrive (what the discovery worker sends, one message each). */
  static *packInParts(files: Iterable<InputFile>, size: number): Generator<PackedFileData> {
    let part: InputFile[] = [];
    for (const f of files) {
      part.push(f);
      if (part.length === size) {
        yield packPart(part);
        part = [];
      }
    }
    if (part.length) yield packPart(part);
  }

  /** The list in parts of at most `size` files. */
  parts(size: number): Generator<PackedFileData> {
    return FileList.packInParts(this.slice(0, this.length), size);
  }

  /** The buffers of a part, to transfer with it. */
  static buffers(d: PackedFileData): ArrayBuffer[] {
    return [d.paths, d.files, d.pathEnds, d.fileEnds, d.sizes, d.rootOf, d.roots, d.rootEnds].map((a) => a.buffer as ArrayBuffer);
  }

  get length(): number {
    return this.sizes.length;
  }

  /** The part holding file `i` (parts are few: a binary search over their first files). */
  private partOf(i: number): Part {
    const pieces = this.pieces;
    let lo = 0, hi = pieces.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (pieces[mid].first <= i) lo = mid;
      else hi = mid - 1;
    }
    return pieces[lo];
  }

  get(i: number): InputFile {
    if (i < 0 || i >= this.length) throw new RangeError(`file ${i} of a list of ${this.length}`);
    const { first, pathText, fileText, pathEnds, fileEnds, rootOf, roots } = this.partOf(i);
    const k = i - first;
    const f0 = k === 0 ? 0 : fileEnds[k - 1];
    const file = fileText.toString('utf8', f0, fileEnds[k]);
    const root = rootOf[k];
    const path = root >= 0 ? roots[root] + file : pathText.toString('utf8', k === 0 ? 0 : pathEnds[k - 1], pathEnds[k]);
    return { path, file, size: this.sizes[i] };
  }

  /** Files `start` to `end` (exclusive) as objects. */
  slice(start: number, end: number): InputFile[] {
    const out: InputFile[] = [];
    for (let i = start; i < end; i++) out.push(this.get(i));
    return out;
  }
}
