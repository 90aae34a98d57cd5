import { describe, expect, it } from 'vitest';
import { batchFiles } from '../../src/pipeline/batches.js';
import type { InputFile } from '../../src/read/index.js';

const files = (n: number, size = 5000): InputFile[] => Array.from({ length: n }, (_, i) => ({ path: `/a/${i}.txt`, file: `${i}.txt`, size }));

describe('batchFiles', () => {
  it('keeps every file once, in input order (the output order depends on it)', () => {
    const input = files(1000);
    expect(batchFiles(input, 3).flat()).toEqual(input);
  });

  it('gives each worker several batches so the last ones balance the load', () => {
    expect(batchFiles(files(160), 2).length).toBeGreaterThanOrEqual(16);
    expect(batchFiles(files(10), 2)).toHaveLength(10);
  });

  it('caps a batch at 32 files and about 512 KB', () => {
    const many = batchFiles(files(100_000), 2);
    expect(Math.max(...many.map((b) => b.length))).toBe(32);
    const big = batchFiles(files(100, 400_000), 2);
    for (const b of big) expect(b.length === 1 || b.reduce((n, f) => n + f.size, 0) <= 512 * 1024).toBe(true);
    expect(batchFiles([{ path: '/huge', file: 'huge', size: 50e6 }], 2)).toHaveLength(1);
  });
});
