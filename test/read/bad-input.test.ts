// Many kinds of bad input side by side with a good file: each is reported
// with its own stable code, the good file is read byte for byte, and nothing
// throws out of the batch.
import { chmodSync, mkdirSync, symlinkSync, unlinkSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFromBuffer, discoverFiles, readArticle, type DiscoverResult, type InputFile } from '../../src/read/index.js';
import type { Article } from '../../src/types.js';
import { isRoot, makeTempDir, type TempDir } from './temp-dir.js';

const GOOD = 'Flyktning i Bergen får trusler\r\n\r\nEn mann som flyktet fra hjemlandet i 2019, sier at familien hans blir presset.\r\n';
const utf16le = (s: string): Buffer => Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(s, 'utf16le')]);
const utf16be = (s: string): Buffer => Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(s, 'utf16le').swap16()]);

let dir: TempDir;
let found: DiscoverResult;
const articles = new Map<string, Article>();
const codes = (file: string): string[] => articles.get(file)!.diagnostics.map((d) => d.code);

beforeAll(async () => {
  dir = await makeTempDir();
  dir.write('corpus/good.txt', GOOD);
  dir.write('corpus/empty.txt', '');
  dir.write('corpus/blank.txt', ' \n\t\r\n  \n');
  dir.write('corpus/binary.txt', Buffer.from([0x48, 0x69, 0x00, 0x01, 0x02, 0xff, 0x00, 0x7f, 0x10]));
  dir.write('corpus/report.txt', '%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n');
  dir.write('corpus/utf16le.txt', utf16le('Søknad om opphold\nTekst på norsk.'));
  dir.write('corpus/utf16be.txt', utf16be('Ærlig talt\nÅpen tekst.'));
  dir.write('corpus/cp1252.txt', Buffer.from('Blåbærsyltetøy fra Ørland \x93sitat\x94 \x96 slutt\n', 'latin1'));
  dir.write('corpus/garbage.txt', Buffer.from([0x41, 0xc3, 0x28, 0x81, 0x05, 0xe2, 0x82, 0xfe, 0x42, 0x0e, 0xf0, 0x90]));
  dir.write('corpus/bom-crlf.txt', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('Overskrift\r\n\r\nLinje to\r\n')]));
  dir.write('corpus/huge.txt', 'x'.repeat(3_000_000));
  dir.write('corpus/locked.txt', 'secret');
  chmodSync(dir.path('corpus/locked.txt'), 0o000);
  dir.write('corpus/vanishing.txt', 'here for discovery only');
  symlinkSync('self-loop.txt', dir.path('corpus/self-loop.txt'));
  dir.write('corpus/mappe med mellomrom/Søknad – ærlig ø.txt', 'Navn med mellomrom\n\nInnhold.');
  symlinkSync('..', dir.path('corpus/mappe med mellomrom/tilbake'));
  mkdirSync(dir.path('corpus/folder.txt'));
  dir.write('corpus/deep.html', `<!doctype html><title>Dyp</title>${'<div>'.repeat(100_000)}bunnen${'</div>'.repeat(100_000)}`);
  dir.write('corpus/entities.html', '<p>Bl&aring;b&aelig;r &amp; &Oslash;l &mdash; &#8220;ja&#8221;</p>');
  dir.write('corpus/renamed.txt', '<!DOCTYPE html>\n<html><body><p>Egentlig HTML</p></body></html>');

  found = await discoverFiles([dir.path('corpus'), dir.path('does-not-exist')], { extensions: ['.txt', '.html'] });
  unlinkSync(dir.path('corpus/vanishing.txt'));
  for (const f of found.files) articles.set(f.file, await readArticle(f, undefined, { maxBytes: 2_000_000 }));
});

afterAll(async () => {
  chmodSync(dir.path('corpus/locked.txt'), 0o644);
  await dir.remove();
});

describe('bad inputs next to a good file', () => {
  it('reads the good file intact: CRLF kept, no diagnostics', () => {
    const a = articles.get('good.txt')!;
    expect(a.text).toBe(GOOD);
    expect(a.diagnostics).toEqual([]);
    expect(a.title).toBe('Flyktning i Bergen får trusler');
  });

  it('lists every readable candidate once, in byte order, and nothing else', () => {
    expect(found.files.map((f) => f.file)).toEqual([
      'binary.txt', 'blank.txt', 'bom-crlf.txt', 'cp1252.txt', 'deep.html', 'empty.txt', 'entities.html', 'garbage.txt',
      'good.txt', 'huge.txt', 'locked.txt', 'mappe med mellomrom/Søknad – ærlig ø.txt', 'renamed.txt', 'report.txt',
      'utf16be.txt', 'utf16le.txt', 'vanishing.txt',
    ]);
  });

  it('reports a nonexistent input and the symlink loops, and goes on', () => {
    const byCode = found.diagnostics.map((d) => [d.code, d.level, d.file]);
    expect(byCode).toContainEqual(['input-not-found', 'error', dir.path('does-not-exist')]);
    expect(byCode).toContainEqual(['symlink-loop', 'warning', 'self-loop.txt']);
    expect(byCode).toContainEqual(['symlink-loop', 'warning', 'mappe med mellomrom/tilbake']);
  });

  it.each([
    ['empty.txt', 'empty-file', 'warning'],
    ['blank.txt', 'empty-file', 'warning'],
    ['binary.txt', 'binary-file', 'error'],
    ['report.txt', 'binary-file', 'error'],
    ['utf16le.txt', 'utf16', 'info'],
    ['utf16be.txt', 'utf16', 'info'],
    ['cp1252.txt', 'decoded-windows-1252', 'warning'],
    ['garbage.txt', 'invalid-utf8', 'warning'],
    ['huge.txt', 'too-large', 'error'],
    ['vanishing.txt', 'unreadable', 'error'],
  ])('%s → %s (%s)', (file, code, level) => {
    const a = articles.get(file)!;
    expect(a.diagnostics.map((d) => [d.code, d.level, d.file])).toEqual([[code, level, file]]);
    if (level === 'error') expect(a.text).toBe('');
  });

  it('names the PDF as the reason', () => {
    expect(articles.get('report.txt')!.diagnostics[0].message).toContain('PDF');
  });

  it('says why a vanished file could not be read', () => {
    expect(articles.get('vanishing.txt')!.diagnostics[0].message).toContain('ENOENT');
  });

  it.skipIf(isRoot)('reports a file without read permission as unreadable (EACCES)', () => {
    expect(codes('locked.txt')).toEqual(['unreadable']);
    expect(articles.get('locked.txt')!.diagnostics[0].message).toContain('EACCES');
  });

  it('decodes UTF-16 both ways and Windows-1252 with Norwegian letters and curly quotes', () => {
    expect(articles.get('utf16le.txt')!.text).toBe('Søknad om opphold\nTekst på norsk.');
    expect(articles.get('utf16be.txt')!.text).toBe('Ærlig talt\nÅpen tekst.');
    expect(articles.get('cp1252.txt')!.text).toBe('Blåbærsyltetøy fra Ørland “sitat” – slutt\n');
  });

  it('replaces invalid UTF-8 bytes with U+FFFD and keeps the rest', () => {
    const text = articles.get('garbage.txt')!.text;
    expect(text.startsWith('A\ufffd(')).toBe(true);
    expect(text).toContain('B');
  });

  it('drops only the BOM, keeping CRLF', () => {
    const a = articles.get('bom-crlf.txt')!;
    expect(a.text).toBe('Overskrift\r\n\r\nLinje to\r\n');
    expect(a.diagnostics).toEqual([]);
  });

  it('reads a path with spaces and non-ASCII letters', () => {
    const a = articles.get('mappe med mellomrom/Søknad – ærlig ø.txt')!;
    expect(a.text).toBe('Navn med mellomrom\n\nInnhold.');
    expect(a.diagnostics).toEqual([]);
  });

  it('does not list a folder named x.txt, and reports it as unreadable if asked to read it', async () => {
    const input: InputFile = { path: dir.path('corpus/folder.txt'), file: 'folder.txt', size: 0 };
    const a = await readArticle(input);
    expect(a.diagnostics.map((d) => d.code)).toEqual(['unreadable']);
    expect(a.diagnostics[0].message).toContain('EISDIR');
  });

  it('extracts text from deeply nested HTML and decodes entities', () => {
    expect(articles.get('deep.html')!).toMatchObject({ format: 'html', text: 'bunnen', title: 'Dyp', diagnostics: [] });
    expect(articles.get('entities.html')!.text).toBe('Blåbær & Øl — “ja”');
  });

  it('recognises HTML by its content even when named .txt', () => {
    expect(articles.get('renamed.txt')!).toMatchObject({ format: 'html', text: 'Egentlig HTML' });
  });

  it('never writes the disk path into a message', () => {
    for (const a of articles.values()) for (const d of a.diagnostics) expect(d.message).not.toContain(dir.root);
  });
});

describe('articleFromBuffer: decoding details', () => {
  const input: InputFile = { path: '/nowhere/x.txt', file: 'x.txt', size: 0 };

  it('guesses UTF-16 without a BOM from its NUL bytes instead of calling it binary', () => {
    const a = articleFromBuffer(input, Buffer.from('Plain words here', 'utf16le'));
    expect(a.text).toBe('Plain words here');
    expect(a.diagnostics.map((d) => d.code)).toEqual(['utf16']);
  });

  it('treats damaged UTF-8 with good multi-byte letters as UTF-8, not Windows-1252', () => {
    const buf = Buffer.concat([Buffer.from('Tromsø og Ålesund og Bodø '), Buffer.from([0xe5]), Buffer.from(' slutt')]);
    const a = articleFromBuffer(input, buf);
    expect(a.diagnostics.map((d) => d.code)).toEqual(['invalid-utf8']);
    expect(a.text).toBe('Tromsø og Ålesund og Bodø \ufffd slutt');
  });

  it('recognises other binary formats renamed .txt', () => {
    const zip = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
    expect(articleFromBuffer(input, zip).diagnostics[0]).toMatchObject({ code: 'binary-file', level: 'error' });
  });

  it('applies the size limit to buffers too', () => {
    expect(articleFromBuffer(input, Buffer.alloc(11, 0x61), undefined, { maxBytes: 10 }).diagnostics[0].code).toBe('too-large');
  });

  it('reports a file that is only a BOM as empty', () => {
    const a = articleFromBuffer(input, Buffer.from([0xef, 0xbb, 0xbf]));
    expect(a.text).toBe('');
    expect(a.diagnostics.map((d) => d.code)).toEqual(['empty-file']);
  });
});

describe('articleFromBuffer: HTML metadata', () => {
  const input: InputFile = { path: '/nowhere/page.html', file: 'page.html', size: 0 };

  it('takes title, date and URL from the markup', () => {
    const html = '<html><head><title>Konsulat under lupen</title><meta property="article:published_time" content="2023-04-05T06:07:08Z">' +
      '<meta property="og:url" content="https://avis.example/sak"></head><body><p>Tekst.</p></body></html>';
    expect(articleFromBuffer(input, Buffer.from(html))).toMatchObject({
      format: 'html', text: 'Tekst.', title: 'Konsulat under lupen', published: '2023-04-05', url: 'https://avis.example/sak', diagnostics: [],
    });
  });

  it('falls back to a dateline in the visible text', () => {
    const html = '<body><h1>Student avhørt etter demonstrasjon</h1><p>Publisert 7. juni 2022</p><p>Tekst.</p></body>';
    expect(articleFromBuffer(input, Buffer.from(html))).toMatchObject({ title: 'Student avhørt etter demonstrasjon', published: '2022-06-07' });
  });

  it('warns when a page has markup but no visible text', () => {
    const a = articleFromBuffer(input, Buffer.from('<html><head><script>x()</script></head><body></body></html>'));
    expect(a.diagnostics.map((d) => [d.code, d.level])).toEqual([['no-visible-text', 'warning']]);
  });
});
