// The packed file list must give back exactly the files it was made from,
// in order: every path and display path, whatever characters they hold.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchBounds } from '../../src/pipeline/batches.js';
import { FileList } from '../../src/pipeline/file-list.js';
import type { InputFile } from '../../src/read/index.js';

const pathText = fc.string({ unit: fc.constantFrom('a', 'Z', '/', '.', ' ', 'æ', 'ø', '中', '😀', '\n', ','), minLength: 1, maxLength: 30 });
const inputFile: fc.Arbitrary<InputFile> = fc.record({ path: pathText, file: pathText, size: fc.nat({ max: 2e9 }) });

describe('FileList', () => {
  it('gives back every file as it was packed', () => {
    fc.assert(
      fc.property(fc.array(inputFile, { maxLength: 40 }), (files) => {
        const list = FileList.pack(files);
        expect(list.length).toBe(files.length);
        expect(list.slice(0, list.length)).toEqual(files);
        expect(Array.from(list.sizes)).toEqual(files.map((f) => f.size));
        // as the discovery worker sends it: the packed data alone
        expect(new FileList(structuredClone(list.data)).slice(0, files.length)).toEqual(files);
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
        expect(FileList.concat(parts).slice(0, files.length)).toEqual(files);
      }),
      { numRuns: 300 },
    );
  });

  it('batches by size alone as by the files themselves', () => {
    const files = Array.from({ length: 500 }, (_, i) => ({ path: `/c/${i}.txt`, file: `${i}.txt`, size: (i * 7919) % 300_000 }));
    const list = FileList.pack(files);
    const bounds = [...batchBounds(list.sizes, 2)];
    expect(bounds.flatMap(([s, e]) => list.slice(s, e))).toEqual(files);
    expect(bounds.length).toBeGreaterThan(16);
  });
});
