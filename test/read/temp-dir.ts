// Each test file builds its own fixtures in a fresh temporary folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface TempDir {
  root: string;
  /** Write a file (creating folders) and return its path. */
  write(rel: string, content: string | Uint8Array): string;
  path(rel: string): string;
  remove(): Promise<void>;
}

export async function makeTempDir(): Promise<TempDir> {
  const root = await mkdtemp(join(tmpdir(), 'tnr-read-'));
  return {
    root,
    write(rel, content) {
      const p = join(root, rel);
      mkdirSync(dirname(p), { recursive: true });
      writeFileSync(p, content);
      return p;
    },
    path: (rel) => join(root, rel),
    async remove() {
      // A chmod-000 file inside is still removable: deleting needs the folder's permission.
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** Tests may run as root, where file permissions do not stop reading. */
export const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
