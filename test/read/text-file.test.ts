// Data files read in pieces must give exactly what reading them whole gives:
// the gazetteers' text, and the bytes their version hash is made of.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileInPieces, readTextFile } from '../../src/read/text-file.js';
import { makeTempDir, type TempDir } from './temp-dir.js';

let dir: TempDir;
beforeAll(async () => {
  dir = await makeTempDir();
});
afterAll(() => dir.remove());

const PIECE = 64 * 1024;

/** A TSV-like text whose multi-byte letters fall across the 64 KB piece boundaries. */
function longText(): string {
  const rows: string[] = [];
  for (let i = 0; rows.join('\n').length < 3 * PIECE; i++) rows.push(`Tromsø ${i}\tÆrøskøbing\t北京\t😀\tNN`);
  return rows.join('\n') + '\n';
}

describe('readTextFile', () => {
  it('gives the text readFileSync gives, across piece boundaries', () => {
    const text = longText();
    // shift the text so that a 3- or 4-byte character straddles each boundary somewhere
    for (const pad of ['', 'a', 'ab', 'abc']) {
      const path = dir.write(`long${pad.length}.tsv`, pad + text);
      expect(readTextFile(path)).toBe(readFileSync(path, 'utf8'));
    }
  });

  it('keeps a byte order mark and replaces bad bytes as readFileSync does', () => {
    const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('kode\tnavn\n'), Buffer.from([0xc3, 0x28, 0xff]), Buffer.from('\n')]);
    const path = dir.write('bom.tsv', bytes);
    const text = readTextFile(path);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toBe(readFileSync(path, 'utf8'));
  });

  it('reads an empty file as the empty string', () => {
    expect(readTextFile(dir.write('empty.tsv', ''))).toBe('');
  });

  it('hands over exactly the file bytes, so a hash of the pieces is the hash of the file', () => {
    const path = dir.write('hash.tsv', longText());
    const whole = createHash('sha256').update(readFileSync(path)).digest('hex');
    const viaText = createHash('sha256');
    readTextFile(path, (b) => viaText.update(b));
    const viaPieces = createHash('sha256');
    readFileInPieces(path, (b) => viaPieces.update(b));
    expect(viaText.digest('hex')).toBe(whole);
    expect(viaPieces.digest('hex')).toBe(whole);
  });

  it('fails with the file system error for a missing file', () => {
    expect(() => readTextFile(dir.path('missing.tsv'))).toThrow(/ENOENT/);
  });
});
