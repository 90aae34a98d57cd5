import { describe, expect, it } from 'vitest';
import { orderedMap } from '../../src/pipeline/ordered-map.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('orderedMap', () => {
  it('yields results in input order however long each takes', async () => {
    const items = Array.from({ length: 40 }, (_, i) => i);
    const out: number[] = [];
    for await (const r of orderedMap(items, 6, async (x) => {
      await sleep((x * 7) % 5);
      return x * 2;
    })) out.push(r);
    expect(out).toEqual(items.map((x) => x * 2));
  });

  it('never has more than `window` calls in flight (memory stays bounded)', async () => {
    let inFlight = 0;
    let most = 0;
    const items = Array.from({ length: 50 }, (_, i) => i);
    for await (const _ of orderedMap(items, 4, async (x) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await sleep(x % 3);
      inFlight--;
      return x;
    })) void _;
    expect(most).toBe(4);
  });

  it('starts no more work than the consumer can take plus the window', async () => {
    let started = 0;
    const gen = orderedMap(Array.from({ length: 100 }, (_, i) => i), 3, async (x) => {
      started++;
      return x;
    });
    await gen.next();
    expect(started).toBeLessThanOrEqual(4);
    await gen.return(undefined);
  });

  it('rethrows a failure at its position, after the results before it', async () => {
    const got: number[] = [];
    const run = async () => {
      for await (const r of orderedMap([0, 1, 2, 3], 4, async (x) => {
        if (x === 2) throw new Error('item 2 failed');
        return x;
      })) got.push(r);
    };
    await expect(run()).rejects.toThrow('item 2 failed');
    expect(got).toEqual([0, 1]);
  });
});
