import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFromBuffer, ManifestError, readManifest, type InputFile } from '../../src/read/index.js';
import { makeTempDir, type TempDir } from './temp-dir.js';

let dir: TempDir;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(() => dir.remove());

/** Write a manifest and return the error message it raises (or null). */
async function manifestError(name: string, csv: string): Promise<string | null> {
  const p = dir.write(name, csv);
  try {
    await readManifest(p);
    return null;
  } catch (err) {
    expect(err).toBeInstanceOf(ManifestError);
    return (err as Error).message.replace(`${p}:`, '');
  }
}

describe('readManifest', () => {
  it('reads columns in any order, ignores extra columns, a BOM and blank lines, and normalises dates', async () => {
    const csv = '\uFEFFpublished,notes,file,title,url\n2021-03-04,x,sub/a.txt,"Arrest, then release",https://example.org/a\n\n3 March 2020,,./b.txt,,\n';
    const m = await readManifest(dir.write('ok.csv', csv));
    expect([...m.values()]).toEqual([
      { file: 'sub/a.txt', url: 'https://example.org/a', title: 'Arrest, then release', published: '2021-03-04' },
      { file: 'b.txt', url: null, title: null, published: '2020-03-03' },
    ]);
  });

  it('needs only the file column', async () => {
    const m = await readManifest(dir.write('file-only.csv', 'file\nc.txt\n'));
    expect(m.get('c.txt')).toEqual({ file: 'c.txt', url: null, title: null, published: null });
  });

  it('rejects a manifest without a file column, at the header', async () => {
    expect(await manifestError('nofile.csv', 'path,url\na.txt,https://x\n')).toMatch(/^1:1: missing `file` column/);
  });

  it('rejects an unparsable date at its line and column', async () => {
    expect(await manifestError('baddate.csv', 'file,url,title,published\na.txt,,,2021-01-02\nb.txt,,,next Tuesday\n')).toBe(
      '3:4: unparsable date "next Tuesday" (use YYYY-MM-DD, YYYY-MM or YYYY)',
    );
  });

  it('rejects a duplicate file, naming the first line', async () => {
    expect(await manifestError('dup.csv', 'title,file\nOne,a.txt\nTwo,b.txt\nThree,./a.txt\n')).toBe('4:2: duplicate file "./a.txt" (first listed on line 2)');
  });

  it('counts lines correctly after a quoted field spanning lines', async () => {
    expect(await manifestError('multi.csv', 'file,title\na.txt,"two\nlines"\nb.txt,x\n,empty\n')).toBe('5:1: empty `file` value');
  });

  it('reports broken CSV syntax with a position', async () => {
    expect(await manifestError('broken.csv', 'file,title\na.txt,"unterminated\n')).toMatch(/^\d+:\d+: invalid CSV/);
  });

  it('reports a missing manifest file', async () => {
    await expect(readManifest(dir.path('absent.csv'))).rejects.toThrow(ManifestError);
  });
});

describe('manifest values in articles', () => {
  const text = Buffer.from('Headline in the text\nPublished 1 January 2020\n\nBody.\n');

  it('overrides what the text says, matched by display path', async () => {
    const m = await readManifest(dir.write('over.csv', 'file,title,published,url\nnews/x.txt,Manifest title,2021-06,https://example.org/x\n'));
    const input: InputFile = { path: '/nowhere', file: 'news/x.txt', size: 0 };
    expect(articleFromBuffer(input, text, m)).toMatchObject({ title: 'Manifest title', published: '2021-06', url: 'https://example.org/x' });
  });

  it('matches by basename and keeps text values where the manifest cell is empty', async () => {
    const m = await readManifest(dir.write('base.csv', 'file,title,published,url\nx.txt,,,https://example.org/x\n'));
    const input: InputFile = { path: '/nowhere', file: 'deep/folder/x.txt', size: 0 };
    expect(articleFromBuffer(input, text, m)).toMatchObject({ title: 'Headline in the text', published: '2020-01-01', url: 'https://example.org/x' });
  });

  it('leaves articles not in the manifest alone', async () => {
    const m = await readManifest(dir.write('other.csv', 'file,title\nother.txt,Other\n'));
    const input: InputFile = { path: '/nowhere', file: 'x.txt', size: 0 };
    expect(articleFromBuffer(input, text, m)).toMatchObject({ title: 'Headline in the text', url: null });
  });
});
