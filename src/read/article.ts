// One input file → one Article with text, format, title, date and URL.
// Never throws: every problem becomes a Diagnostic on the article, and an
// article with an `error` diagnostic has empty text.
import { constants } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Article, Diagnostic } from '../types.js';
import { decodeBuffer, type ReadNote } from './decode.js';
import { extractHtml } from './html/extract.js';
import { findManifestRow, type ManifestRow } from './manifest.js';
import { textMetadata } from './text-metadata.js';
import type { InputFile } from './discover.js';
import { osReason } from './os-error.js';

/** Files larger than this are not read (`too-large`): 50 MB. */
export const DEFAULT_MAX_BYTES = 50 * 1024 * 1024;

export interface ReadOptions {
  /** Size limit in bytes; default DEFAULT_MAX_BYTES. */
  maxBytes?: number;
}

const HTML_EXTENSION_RE = /\.html?$/i;

/** HTML by extension, or by content starting with `<!doctype html` or `<html` (after whitespace). */
export function isHtml(file: string, text: string): boolean {
  if (HTML_EXTENSION_RE.test(file)) return true;
  let i = 0;
  while (i < text.length && i < 4096 && /\s/.test(text[i])) i++;
  const head = text.slice(i, i + 14).toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

function emptyArticle(input: InputFile, diagnostics: Diagnostic[]): Article {
  return { file: input.file, path: input.path, format: 'text', text: '', title: null, published: null, url: null, diagnostics };
}

const withFile = (file: string, notes: ReadNote[]): Diagnostic[] => notes.map((n) => ({ ...n, file }));

const tooLarge = (input: InputFile, size: number, max: number): Article =>
  emptyArticle(input, [{ level: 'error', code: 'too-large', message: `file is ${size} bytes, over the ${max}-byte limit; not read`, file: input.file }]);

function applyManifest(article: Article, manifest: Map<string, ManifestRow> | undefined): Article {
  const row = manifest && findManifestRow(manifest, article.file);
  if (!row) return article;
  return {
    ...article,
    url: row.url ?? article.url,
    title: row.title ?? article.title,
    published: row.published ?? article.published,
  };
}

function buildArticle(input: InputFile, buf: Buffer, manifest: Map<string, ManifestRow> | undefined, maxBytes: number): Article {
  if (buf.length > maxBytes) return tooLarge(input, buf.length, maxBytes);
  const decoded = decodeBuffer(buf);
  const diagnostics = withFile(input.file, decoded.notes);
  if (diagnostics.some((d) => d.level === 'error')) return emptyArticle(input, diagnostics);
  let article: Article;
  if (isHtml(input.file, decoded.text)) {
    const html = extractHtml(decoded.text);
    if (html.text === '' && decoded.text.trim() !== '') {
      diagnostics.push({ level: 'warning', code: 'no-visible-text', message: 'HTML page has no visible text', file: input.file });
    }
    // Markup first; a page without metadata tags may still have a dateline in its text.
    const fromText = html.title && html.published ? null : textMetadata(html.text);
    article = {
      file: input.file,
      path: input.path,
      format: 'html',
      text: html.text,
      title: html.title ?? fromText?.title ?? null,
      published: html.published ?? fromText?.published ?? null,
      url: html.url,
      diagnostics,
    };
  } else {
    const meta = textMetadata(decoded.text);
    article = { file: input.file, path: input.path, format: 'text', text: decoded.text, title: meta.title, published: meta.published, url: null, diagnostics };
  }
  return applyManifest(article, manifest);
}

/** Pure core: decode `buf` as the content of `input`. Never throws. */
export function articleFromBuffer(input: InputFile, buf: Buffer, manifest?: Map<string, ManifestRow>, opts: ReadOptions = {}): Article {
  try {
    return buildArticle(input, buf, manifest, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  } catch (err) {
    // A bug here must cost one article, not the batch.
    return emptyArticle(input, [{ level: 'error', code: 'read-failed', message: `could not read: ${(err as Error).message}`, file: input.file }]);
  }
}

/** Read `input` from disk (size checked before reading) and decode it. Never throws. */
export async function readArticle(input: InputFile, manifest?: Map<string, ManifestRow>, opts: ReadOptions = {}): Promise<Article> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  let buf: Buffer;
  try {
    // O_NONBLOCK: a FIFO swapped in after discovery must not hang the run (no effect on regular files).
    const handle = await open(input.path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    try {
      const stat = await handle.stat();
      if (stat.isDirectory()) throw Object.assign(new Error('EISDIR: illegal operation on a directory'), { code: 'EISDIR' });
      if (!stat.isFile()) throw new Error('not a regular file');
      if (stat.size > maxBytes) return tooLarge(input, stat.size, maxBytes);
      buf = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (err) {
    return emptyArticle(input, [{ level: 'error', code: 'unreadable', message: `cannot read file (${osReason(err)})`, file: input.file }]);
  }
  return articleFromBuffer(input, buf, manifest, opts);
}
