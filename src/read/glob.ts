// Glob inputs (`corpus/**/*.html`), through fast-glob. Symbolic links to
// files are followed; links to folders are not (fast-glob's own following
// has no cycle check; see walk.ts). Give the folder itself to walk through
// linked folders.
import { realpath, stat } from 'node:fs/promises';
import { join, posix } from 'node:path';
import fg from 'fast-glob';
import type { Diagnostic } from '../types.js';
import { linkDiagnostic } from './walk.js';
import type { FoundFiles } from './found-files.js';

/** True when `input` is a glob pattern rather than a plain path. */
export const isGlob = (input: string): boolean => fg.isDynamicPattern(input);

/** The leading segments of a pattern that hold no glob syntax: display paths are relative to it. */
export function globBase(pattern: string): string {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  for (const segment of segments.slice(0, -1)) {
    if (segment !== '' && fg.isDynamicPattern(segment)) break;
    fixed.push(segment);
  }
  if (fixed.length === 0) return '.';
  const base = fixed.join('/');
  return base === '' ? '/' : base;
}

/**
 * Add the files matching `pattern`. The extension filter applies only when
 * the last segment names no extension itself (`corpus/**` is filtered,
 * `notes/*.text` is taken as asked). Returns how many files matched.
 */
export async function globFiles(pattern: string, wanted: (name: string) => boolean, found: FoundFiles, diagnostics: Diagnostic[]): Promise<number> {
  const fgPattern = process.platform === 'win32' ? pattern.replace(/\\/g, '/') : pattern;
  const base = globBase(fgPattern);
  const lastSegment = fgPattern.slice(fgPattern.lastIndexOf('/') + 1);
  const filter = lastSegment.includes('.') ? () => true : wanted;
  const entries = await fg(fgPattern, {
    onlyFiles: false,
    followSymbolicLinks: false,
    stats: true,
    dot: false,
    ignore: ['**/node_modules/**'],
    suppressErrors: true,
  });
  let realBase = base;
  try {
    realBase = await realpath(base);
  } catch {
    // base vanished: the real paths below are only used to spot duplicates
  }
  let count = 0;
  for (const entry of entries) {
    const name = entry.name;
    if (!filter(name)) continue;
    const file = posix.relative(base === '.' ? '' : base, entry.path) || name;
    if (entry.dirent.isFile()) {
      found.add({ path: entry.path, file, size: entry.stats?.size ?? 0, real: join(realBase, file) });
      count++;
    } else if (entry.dirent.isSymbolicLink()) {
      try {
        const target = await stat(entry.path);
        if (!target.isFile()) continue;
        found.add({ path: entry.path, file, size: target.size, real: await realpath(entry.path) });
        count++;
      } catch (err) {
        diagnostics.push(linkDiagnostic(err, file));
      }
    }
  }
  return count;
}
