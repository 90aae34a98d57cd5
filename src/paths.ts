// Where the package's own files are, whether running from src/ (tests) or dist/.
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 6; i++) {
    if (existsSync(join(dir, 'package.json')) && existsSync(join(dir, 'gazetteers'))) return dir;
    dir = dirname(dir);
  }
  throw new Error('cannot find the package root (package.json beside gazetteers/)');
}

export const PACKAGE_ROOT = findRoot();
export const DEFAULT_GAZETTEER_DIR = join(PACKAGE_ROOT, 'gazetteers');
