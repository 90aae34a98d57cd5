// The files a discovery found, before sorting and de-duplication, kept
// compactly: a file in a walked folder is its folder (shared by all its
// files) and its name, so a 157,000-file archive is 157,000 names and
// numbers instead of 157,000 objects each holding its disk path, display path
// and real path (the old shape: ~1 KB of live heap per file at the walk's
// peak, 340–355 MB of memory for the walk alone). Paths are made when the
// sorted list is handed out, one file at a time.
import { join } from 'node:path';
import type { InputFile } from './discover.js';
import { compareBytes } from './path-order.js';

/** A walked folder: its path on disk, its display path ('' for the root of a walk) and its real path. */
export interface Folder {
  disk: string;
  display: string;
  real: string;
}

/** A file found on its own: given directly, through a symbolic link or by a glob. */
export interface LooseFile {
  path: string;
  file: string;
  size: number;
  /** Real path, for de-duplication. */
  real: string;
}

export class FoundFiles {
  private readonly folders: Folder[] = [];
  private readonly folderOf: number[] = [];
  private readonly names: string[] = [];
  /** Per folder file; -1 once it turned out unreadable. */
  private readonly sizes: number[] = [];
  private readonly loose: LooseFile[] = [];
  private walks = 0;

  /** Starts a folder walk; each real folder is walked once per walk, so a walk alone never finds a file twice. */
  startWalk(): void {
    this.walks++;
  }

  addFolder(folder: Folder): number {
    return this.folders.push(folder) - 1;
  }

  /** A file in a walked folder; its size comes later (setSize), since sizes are asked for many at a time. */
  addInFolder(folder: number, name: string): void {
    this.folderOf.push(folder);
    this.names.push(name);
    this.sizes.push(-1);
  }

  setSize(i: number, size: number): void {
    this.sizes[i] = size;
  }

  /** Number of folder files so far (their numbers run from 0). */
  get inFolders(): number {
    return this.names.length;
  }

  diskPath(i: number): string {
    return join(this.folders[this.folderOf[i]].disk, this.names[i]);
  }

  displayPath(i: number): string {
    const dir = this.folders[this.folderOf[i]].display;
    return dir ? `${dir}/${this.names[i]}` : this.names[i];
  }

  add(file: LooseFile): void {
    this.loose.push(file);
  }

  /**
   * The files sorted by display path, then disk path, in byte order; a file
   * reached twice (same real path) is handed out once, under its first name
   * in that order.
   */
  *sorted(): Generator<InputFile> {
    const n = this.names.length;
    const count = n + this.loose.length;
    const display: string[] = new Array(count);
    const order: number[] = [];
    for (let i = 0; i < n; i++) {
      if (this.sizes[i] < 0) continue;
      display[i] = this.displayPath(i);
      order.push(i);
    }
    for (let j = 0; j < this.loose.length; j++) {
      display[n + j] = this.loose[j].file;
      order.push(n + j);
    }
    const disk = (i: number) => (i < n ? this.diskPath(i) : this.loose[i - n].path);
    order.sort((a, b) => compareBytes(display[a], display[b]) || compareBytes(disk(a), disk(b)));
    // Only files from different walks, links and globs can be one file twice.
    const seen = this.walks + this.loose.length > 1 ? new Set<string>() : null;
    for (const i of order) {
      if (seen) {
        const real = i < n ? join(this.folders[this.folderOf[i]].real, this.names[i]) : this.loose[i - n].real;
        if (seen.has(real)) continue;
        seen.add(real);
      }
      yield { path: disk(i), file: display[i], size: i < n ? this.sizes[i] : this.loose[i - n].size };
    }
  }
}
