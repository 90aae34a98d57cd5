import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inShard, parseShard, shardOf } from '../../src/pipeline/shard.js';

describe('parseShard', () => {
  it.each([
    ['1/1', { index: 1, count: 1 }],
    ['3/8', { index: 3, count: 8 }],
    [' 2 / 3 ', { index: 2, count: 3 }],
  ])('reads %j', (spec, want) => expect(parseShard(spec)).toEqual(want));

  it.each(['0/3', '4/3', '1/0', '2', 'a/b', '1/2/3', '-1/3'])('rejects %j with a usable message', (spec) => {
    expect(() => parseShard(spec)).toThrow(/K\/N|between 1 and N/);
  });
});

describe('shard assignment', () => {
  const paths = Array.from({ length: 3000 }, (_, i) => `archive/${i % 7}/article-${i}.txt`);

  it('puts every file in exactly one of N shards', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ minLength: 1 }), { maxLength: 50 }), fc.integer({ min: 1, max: 12 }), (files, n) => {
        for (const f of files) {
          const owners = Array.from({ length: n }, (_, k) => k + 1).filter((k) => inShard(f, { index: k, count: n }));
          expect(owners).toHaveLength(1);
          expect(owners[0]).toBe(shardOf(f, n));
        }
      }),
    );
  });

  it('depends only on the display path, so machines agree and adding files moves none', () => {
    const before = paths.map((p) => shardOf(p, 5));
    const after = [...paths, 'new/one.txt', 'another/new.txt'].map((p) => shardOf(p, 5)).slice(0, paths.length);
    expect(after).toEqual(before);
  });

  it('spreads files evenly (each of 4 shards within 10% of a quarter)', () => {
    const counts = [0, 0, 0, 0];
    for (const p of paths) counts[shardOf(p, 4) - 1]++;
    for (const c of counts) expect(Math.abs(c - paths.length / 4)).toBeLessThan(paths.length * 0.025);
  });

  it('keeps everything in a 1/1 shard and without a shard', () => {
    expect(paths.every((p) => inShard(p, { index: 1, count: 1 }) && inShard(p, undefined))).toBe(true);
  });
});
