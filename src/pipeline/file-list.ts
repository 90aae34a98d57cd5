// The run's file list, packed: every disk path as UTF-8 in one byte array,
// every display path in another, their ends and the sizes in typed arrays.
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
  /** UTF-8 of the disk paths, one after the other. */
  paths: Uint8Array;
  /** UTF-8 of the display paths, one after the other. */
  files: Uint8Array;
  /** Byte offset where each path ends. */
  pathEnds: Uint32Array;
  fileEnds: Uint32Array;
  sizes: Float64Array;
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

export class FileList {
  private readonly pathText: Buffer;
  private readonly fileText: Buffer;

  constructor(private readonly d: PackedFileData) {
    this.pathText = view(d.paths);
    this.fileText = view(d.files);
  }

  /** Packs the files, taking them one at a time (so a generator's files are never all held as objects). */
  static pack(files: Iterable<InputFile>): FileList {
    const paths: string[] = [], names: string[] = [], sizes: number[] = [];
    for (const f of files) {
      paths.push(f.path);
      names.push(f.file);
      sizes.push(f.size);
    }
    const p = encodeAll(paths), n = encodeAll(names);
    return new FileList({ paths: p.bytes, files: n.bytes, pathEnds: p.ends, fileEnds: n.ends, sizes: Float64Array.from(sizes) });
  }

  /** The lists one after the other, as one. */
  static concat(parts: readonly PackedFileData[]): FileList {
    let n = 0, pathBytes = 0, fileBytes = 0;
    for (const p of parts) {
      n += p.sizes.length;
      pathBytes += p.paths.length;
      fileBytes += p.files.length;
    }
    const paths = new Uint8Array(pathBytes), files = new Uint8Array(fileBytes);
    const pathEnds = new Uint32Array(n), fileEnds = new Uint32Array(n);
    const sizes = new Float64Array(n);
    let at = 0, p0 = 0, f0 = 0;
    for (const p of parts) {
      for (let i = 0; i < p.sizes.length; i++) {
        pathEnds[at + i] = p0 + p.pathEnds[i];
        fileEnds[at + i] = f0 + p.fileEnds[i];
      }
      paths.set(p.paths, p0);
      files.set(p.files, f0);
      sizes.set(p.sizes, at);
      at += p.sizes.length;
      p0 += p.paths.length;
      f0 += p.files.length;
    }
    return new FileList({ paths, files, pathEnds, fileEnds, sizes });
  }

  /** The files packed in parts of at most `size` files, each packed as its files arrive (what the discovery worker sends, one message each). */
  static *packInParts(files: Iterable<InputFile>, size: number): Generator<PackedFileData> {
    let part: InputFile[] = [];
    for (const f of files) {
      part.push(f);
      if (part.length === size) {
        yield FileList.pack(part).data;
        part = [];
      }
    }
    if (part.length) yield FileList.pack(part).data;
  }

  /** The list in parts of at most `size` files. */
  parts(size: number): Generator<PackedFileData> {
    return FileList.packInParts(this.slice(0, this.length), size);
  }

  /** The buffers of a part, to transfer with it. */
  static buffers(d: PackedFileData): ArrayBuffer[] {
    return [d.paths, d.files, d.pathEnds, d.fileEnds, d.sizes].map((a) => a.buffer as ArrayBuffer);
  }

  get data(): PackedFileData {
    return this.d;
  }

  get length(): number {
    return this.d.sizes.length;
  }

  get sizes(): Float64Array {
    return this.d.sizes;
  }

  get(i: number): InputFile {
    const { pathEnds, fileEnds, sizes } = this.d;
    const p0 = i === 0 ? 0 : pathEnds[i - 1], f0 = i === 0 ? 0 : fileEnds[i - 1];
    return { path: this.pathText.toString('utf8', p0, pathEnds[i]), file: this.fileText.toString('utf8', f0, fileEnds[i]), size: sizes[i] };
  }

  /** Files `start` to `end` (exclusive) as objects. */
  slice(start: number, end: number): InputFile[] {
    const out: InputFile[] = [];
    for (let i = start; i < end; i++) out.push(this.get(i));
    return out;
  }
}
