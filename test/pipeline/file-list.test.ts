// The packed file list must give back exactly the files it was made from,
// in order: every path and display path, whatever characters they hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchBounds } from '../../src/pipeline/batches.js';
import { FileList, type PackedFileData } from '../../src/pipeline/file-list.js';
import type { InputFile } from '../../src/read/index.js';

const pathText = fc.string({ unit: fc.constantFrom('a', 'Z', '/', '.', ' ', 'æ', 'ø', '中', '😀', '\n', ','), minLength: 1, maxLength: 30 });
const size = fc.nat({ max: 2e9 });
// Mostly as a walk finds them (disk path = a folder + the display path), some not.
const rooted = fc.record({ root: fc.constantFrom('/data/in/', '/data/other/', 'C:\\Ø\\', '/x/'), file: pathText, size }).map(({ root, file, size }) => ({ path: root + file, file, size }));
const inputFile: fc.Arbitrary<InputFile> = fc.oneof(rooted, fc.record({ path: pathText, file: pathText, size }));

const EMPTY: PackedFileData = {
  paths: new Uint8Array(0), files: new Uint8Array(0), pathEnds: new Uint32Array(0), fileEnds: new Uint32Array(0),
  sizes: new Float64Array(0), rootOf: new Int32Array(0), roots: new Uint8Array(0), rootEnds: new Uint32Array(0),
};
/** The files as one packed part. */
const onePart = (files: InputFile[]): PackedFileData => (files.length ? [...FileList.packInParts(files, files.length)][0] : EMPTY);

describe('FileList', () => {
  it('gives back every file as it was packed', () => {
    fc.assert(
      fc.property(fc.array(inputFile, { maxLength: 40 }), (files) => {
        const list = FileList.pack(files);
        expect(list.length).toBe(files.length);
        expect(list.slice(0, list.length)).toEqual(files);
        expect(Array.from(list.sizes)).toEqual(files.map((f) => f.size));
        // as the discovery worker sends it: the packed data alone
        expect(new FileList([structuredClone(onePart(files))]).slice(0, files.length)).toEqual(files);
      }),
      { numRuns: 300 },
    );
  });

  it('sent in parts and joined again, is the list it was', () => {
    fc.assert(
      fc.property(fc.array(inputFile, { maxLength: 40 }), fc.integer({ min: 1, max: 12 }), (files, size) => {
        // as the discovery worker sends them: their buffers transferred
        const parts = [...FileList.pack(files).parts(size)].map((p) => structuredClone(p, { transfer: FileList.buffers(p) }));
        expect(parts.length).toBe(Math.ceil(files.length / size));
        expect(new FileList(parts).slice(0, files.length)).toEqual(files);
      }),
      { numRuns: 300 },
    );
  });

  it('finds each file in its part, whatever the parts\' sizes, and refuses a number outside the list', () => {
    fc.assert(
      fc.property(fc.array(fc.array(inputFile, { maxLength: 6 }), { maxLength: 8 }), (groups) => {
        const files = groups.flat();
        const list = new FileList(groups.map(onePart));
        expect(list.length).toBe(files.length);
        files.forEach((f, i) => expect(list.get(i)).toEqual(f));
        expect(Array.from(list.sizes)).toEqual(files.map((f) => f.size));
        expect(() => list.get(files.length)).toThrow(RangeError);
        expect(() => list.get(-1)).toThrow(RangeError);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a disk path whole when the display path would split a surrogate pair from its root', () => {
    const list = FileList.pack([{ path: '/x/😀a', file: '\uDE00a', size: 1 }]);
    expect(list.get(0).path).toBe('/x/😀a');
  });

  it('batches by size alone as by the files themselves', () => {
    const files = Array.from({ length: 500 }, (_, i) => ({ path: `/c/${i}.txt`, file: `${i}.txt`, size: (i * 7919) % 300_000 }));
    const list = FileList.pack(files);
    const bounds = [...batchBounds(list.sizes, 2)];
    expect(bounds.flatMap(([s, e]) => list.slice(s, e))).toEqual(files);
    expect(bounds.length).toBeGreaterThan(16);
  });
});
