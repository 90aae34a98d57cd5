import { symlinkSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discoverFiles } from '../../src/read/index.js';
import { compareBytes } from '../../src/read/path-order.js';
import { makeTempDir, type TempDir } from './temp-dir.js';

let dir: TempDir;

beforeAll(async () => {
  dir = await makeTempDir();
  dir.write('corpus/a.txt', 'a');
  dir.write('corpus/B.md', 'b');
  dir.write('corpus/sub/deeper/c.html', '<p>c</p>');
  dir.write('corpus/sub/d.HTM', '<p>d</p>');
  dir.write('corpus/UPPER.TXT', 'upper');
  dir.write('corpus/notes.csv', 'x,y');
  dir.write('corpus/image.png', 'png');
  dir.write('corpus/.hidden.txt', 'hidden');
  dir.write('corpus/.git/config.txt', 'git');
  dir.write('corpus/node_modules/pkg/readme.md', 'pkg');
  dir.write('other/e.text', 'e');
  symlinkSync('../corpus/a.txt', dir.path('other/link-to-a.txt'));
  symlinkSync('../corpus/sub', dir.path('other/linked-sub'));
  symlinkSync('missing.txt', dir.path('other/dangling.txt'));
  // Two links back to an ancestor: a naive follower walks 2^depth paths.
  dir.write('loops/x/y.txt', 'y');
  symlinkSync('..', dir.path('loops/x/up1'));
  symlinkSync('..', dir.path('loops/x/up2'));
});

afterAll(() => dir.remove());

const names = async (inputs: string[], extensions?: string[]): Promise<string[]> =>
  (await discoverFiles(inputs, extensions ? { extensions } : undefined)).files.map((f) => f.file);

describe('discoverFiles: folders', () => {
  it('walks recursively, takes the default extensions in any case, skips hidden entries and node_modules', async () => {
    expect(await names([dir.path('corpus')])).toEqual(['B.md', 'UPPER.TXT', 'a.txt', 'sub/d.HTM', 'sub/deeper/c.html']);
  });

  it('honours a custom extension list', async () => {
    expect(await names([dir.path('corpus')], ['csv', '.png'])).toEqual(['image.png', 'notes.csv']);
  });

  it('gives disk paths that exist and sizes from the file system', async () => {
    const { files } = await discoverFiles([dir.path('corpus')]);
    const upper = files.find((f) => f.file === 'UPPER.TXT')!;
    expect(upper).toEqual({ path: dir.path('corpus/UPPER.TXT'), file: 'UPPER.TXT', size: 5 });
  });

  it('follows links to files and folders, reports a dangling link, and lists a file reached twice once', async () => {
    const result = await discoverFiles([dir.path('corpus'), dir.path('other')], { extensions: ['.txt', '.htm', '.html', '.md'] });
    const files = result.files.map((f) => f.file);
    // corpus/a.txt and other/link-to-a.txt are one file; corpus/sub and other/linked-sub one folder.
    expect(files.filter((f) => f === 'a.txt' || f === 'link-to-a.txt')).toEqual(['a.txt']);
    expect(files.filter((f) => f.endsWith('d.HTM'))).toEqual(['linked-sub/d.HTM']);
    expect(result.diagnostics.map((d) => [d.code, d.file])).toEqual([['broken-symlink', 'dangling.txt']]);
  });

  it('reports links back to an ancestor as loops and still finds the files', async () => {
    const started = performance.now();
    const result = await discoverFiles([dir.path('loops')]);
    expect(result.files.map((f) => f.file)).toEqual(['x/y.txt']);
    expect(result.diagnostics.map((d) => [d.code, d.level, d.file])).toEqual([
      ['symlink-loop', 'warning', 'x/up1'],
      ['symlink-loop', 'warning', 'x/up2'],
    ]);
    expect(performance.now() - started).toBeLessThan(2000);
  });
});

describe('discoverFiles: files, globs, bad inputs', () => {
  it('takes a file given directly whatever its extension, under its basename', async () => {
    const { files } = await discoverFiles([dir.path('other/e.text')]);
    expect(files).toEqual([{ path: dir.path('other/e.text'), file: 'e.text', size: 1 }]);
  });

  it('lists a file given twice (directly and through its folder) once', async () => {
    expect(await names([dir.path('corpus/a.txt'), dir.path('corpus'), dir.path('corpus/a.txt')])).toEqual([
      'B.md', 'UPPER.TXT', 'a.txt', 'sub/d.HTM', 'sub/deeper/c.html',
    ]);
  });

  it('expands globs, with display paths relative to the glob\u2019s fixed part', async () => {
    expect(await names([`${dir.root}/corpus/**/*.{html,HTM}`])).toEqual(['sub/d.HTM', 'sub/deeper/c.html']);
    expect(await names([`${dir.root}/corpus/s*/**`])).toEqual(['sub/d.HTM', 'sub/deeper/c.html']);
  });

  it('reports a missing path and a glob without matches, and goes on with the rest', async () => {
    const result = await discoverFiles([dir.path('nope'), `${dir.root}/corpus/*.docx`, dir.path('other/e.text')]);
    expect(result.files.map((f) => f.file)).toEqual(['e.text']);
    expect(result.diagnostics.map((d) => [d.code, d.level])).toEqual([
      ['input-not-found', 'error'],
      ['input-not-found', 'error'],
    ]);
  });

  it('does not read a literal path with glob characters as a pattern', async () => {
    dir.write('odd/[draft] (1).txt', 'draft');
    expect(await names([dir.path('odd/[draft] (1).txt')])).toEqual(['[draft] (1).txt']);
  });
});

describe('discoverFiles: order and scale', () => {
  it('sorts by UTF-8 byte order, not locale or UTF-16 order', async () => {
    for (const n of ['z.txt', 'Ø.txt', 'a.txt', 'B.txt', '\u{1F600}.txt', '\uFB01.txt', 'å.txt']) dir.write(`order/${n}`, 'x');
    expect(await names([dir.path('order')])).toEqual(['B.txt', 'a.txt', 'z.txt', 'Ø.txt', 'å.txt', '\uFB01.txt', '\u{1F600}.txt']);
    expect(compareBytes('\uFB01', '\u{1F600}')).toBeLessThan(0);
    expect(compareBytes('a', 'ab')).toBeLessThan(0);
  });

  it('finds 5,000 files in 50 folders quickly', async () => {
    for (let d = 0; d < 50; d++) for (let f = 0; f < 100; f++) dir.write(`many/d${d}/f${f}.txt`, '');
    const started = performance.now();
    const { files } = await discoverFiles([dir.path('many')]);
    expect(files).toHaveLength(5000);
    expect(files[0].file).toBe('d0/f0.txt');
    expect(performance.now() - started).toBeLessThan(5000);
  }, 30_000);
});
