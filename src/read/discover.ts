// Inputs (files, folders, globs) → the sorted list of files to read.
// A bad input is a diagnostic, and the run goes on with the rest.
import { realpath, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Diagnostic } from '../types.js';
import { globFiles, isGlob } from './glob.js';
import { errorCode, osReason } from './os-error.js';
import { walkFolder } from './walk.js';
import { FoundFiles } from './found-files.js';

export interface InputFile {
  /** Path on disk. */
  path: string;
  /** Display path: POSIX, relative to the input root it was found under; a file given directly → its basename. */
  file: string;
  size: number;
}

export interface DiscoverResult {
  files: InputFile[];
  diagnostics: Diagnostic[];
}

export interface DiscoverOptions {
  /** File name endings taken from folders and globs (case-insensitive); default DEFAULT_EXTENSIONS. */
  extensions?: string[];
}

export const DEFAULT_EXTENSIONS = ['.txt', '.md', '.html', '.htm'];

function extensionFilter(extensions: string[]): (name: string) => boolean {
  const endings = extensions.map((e) => (e.startsWith('.') ? e : `.${e}`).toLowerCase());
  return (name) => {
    const lower = name.toLowerCase();
    return endings.some((e) => lower.endsWith(e) && lower.length > e.length);
  };
}

async function discoverInput(input: string, wanted: (name: string) => boolean, found: FoundFiles, diagnostics: Diagnostic[]): Promise<void> {
  let info;
  try {
    info = await stat(input);
  } catch (err) {
    const code = errorCode(err);
    if ((code === 'ENOENT' || code === 'ENOTDIR') && isGlob(input)) {
      try {
        const matched = await globFiles(input, wanted, found, diagnostics);
        if (matched === 0) diagnostics.push({ level: 'error', code: 'input-not-found', message: `no file matches ${input}`, file: input });
      } catch (globErr) {
        diagnostics.push({ level: 'error', code: 'input-not-found', message: `bad pattern ${input}: ${osReason(globErr)}`, file: input });
      }
    } else if (code === 'ENOENT' || code === 'ENOTDIR') {
      diagnostics.push({ level: 'error', code: 'input-not-found', message: `input not found: ${input}`, file: input });
    } else if (code === 'ELOOP') {
      diagnostics.push({ level: 'error', code: 'symlink-loop', message: `symbolic link loop: ${input}`, file: input });
    } else {
      diagnostics.push({ level: 'error', code: 'unreadable', message: `cannot open input ${input} (${osReason(err)})`, file: input });
    }
    return;
  }
  try {
    if (info.isDirectory()) await walkFolder(input, wanted, found, diagnostics, input);
    else if (info.isFile()) found.add({ path: input, file: basename(input), size: info.size, real: await realpath(input) });
    else diagnostics.push({ level: 'error', code: 'unreadable', message: `not a regular file or folder: ${input}`, file: input });
  } catch (err) {
    diagnostics.push({ level: 'error', code: 'unreadable', message: `cannot read input ${input} (${osReason(err)})`, file: input });
  }
}

/**
 * Find the files to read. Inputs are files (taken whatever their extension),
 * folders (walked recursively, hidden entries and node_modules skipped,
 * symbolic links followed with loops reported) and globs. The result is
 * sorted by display path, then disk path, in byte order; a file reached
 * twice (same real path) is listed once, under its first name in that order.
 */
export async function discoverFiles(inputs: string[], opts: DiscoverOptions = {}): Promise<DiscoverResult> {
  const { files, diagnostics } = await findFiles(inputs, opts);
  return { files: Array.from(files), diagnostics };
}

/** discoverFiles with the list handed out one file at a time, so a caller that packs it never holds an object per file. */
export async function findFiles(inputs: string[], opts: DiscoverOptions = {}): Promise<{ files: Iterable<InputFile>; diagnostics: Diagnostic[] }> {
  const wanted = extensionFilter(opts.extensions ?? DEFAULT_EXTENSIONS);
  const found = new FoundFiles();
  const diagnostics: Diagnostic[] = [];
  for (const input of inputs) await discoverInput(input, wanted, found, diagnostics);
  return { files: found.sorted(), diagnostics };
}
