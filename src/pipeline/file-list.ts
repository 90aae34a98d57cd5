// The run's file list, packed: every path in one string, every display path
// in another, their ends and the sizes in typed arrays. A million-file
// archive is then a few strings and arrays instead of a million objects of
// three fields each (~150 bytes apiece, held by the main thread for the
// whole run and walked by every full garbage collection), and it crosses
// from the discovery worker as a handful of values rather than a million
// cloned objects. InputFile objects are made per batch, when it is sent.
import type { InputFile } from '../read/index.js';

/** What crosses between threads (structured clone keeps strings and typed arrays whole). */
export interface PackedFileData {
  paths: string;
  files: string;
  pathEnds: Uint32Array;
  fileEnds: Uint32Array;
  sizes: Float64Array;
}

// Paths hold no NUL (the operating system forbids it), so nothing else can end one.
const SEP = '\0';

export class FileList {
  constructor(private readonly d: PackedFileData) {}

  static pack(files: readonly InputFile[]): FileList {
    const pathEnds = new Uint32Array(files.length), fileEnds = new Uint32Array(files.length);
    const sizes = new Float64Array(files.length);
    const paths: string[] = [], names: string[] = [];
    let p = 0, n = 0;
    files.forEach((f, i) => {
      paths.push(f.path);
      names.push(f.file);
      pathEnds[i] = p += f.path.length + 1;
      fileEnds[i] = n += f.file.length + 1;
      sizes[i] = f.size;
    });
    return new FileList({ paths: paths.join(SEP) + SEP, files: names.join(SEP) + SEP, pathEnds, fileEnds, sizes });
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
    const { paths, files, pathEnds, fileEnds, sizes } = this.d;
    const p0 = i === 0 ? 0 : pathEnds[i - 1], f0 = i === 0 ? 0 : fileEnds[i - 1];
    return { path: paths.slice(p0, pathEnds[i] - 1), file: files.slice(f0, fileEnds[i] - 1), size: sizes[i] };
  }

  /** Files `start` to `end` (exclusive) as objects. */
  slice(start: number, end: number): InputFile[] {
    const out: InputFile[] = [];
    for (let i = start; i < end; i++) out.push(this.get(i));
    return out;
  }
}
