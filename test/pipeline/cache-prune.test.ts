import { appendFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { HEADER, LINE, ResultCache, type CachedResult } from '../../src/pipeline/cache.js';
import { KeyList, pruneCache } from '../../src/pipeline/cache-prune.js';
import { runExtract, type ExtractOptions } from '../../src/pipeline/run.js';
import { DEFAULT_GAZETTEER_DIR } from '../../src/paths.js';
import { writeArticles } from './articles.js';

const tmp = (p: string) => mkdtempSync(join(tmpdir(), p));
const entry = (file: string): CachedResult => ({ article: { file, diagnostics: [], language: 'en', detectedLanguage: 'eng' }, events: [] });
const filesOf = (dir: string, ext: string) => readdirSync(dir).filter((f) => f.endsWith(ext));
const indexLines = (dir: string) => filesOf(dir, '.idx').reduce((n, f) => n + statSync(join(dir, f)).size / LINE, 0);

/** A new cache folder whose namespace holds the entries of a.txt, b.txt and c.txt in one pack. */
function threeEntries(namespace: string) {
  const dir = tmp('cache-');
  const c = new ResultCache(dir, namespace);
  const keys = ['a', 'b', 'c'].map((f) => c.key(Buffer.from(f), `${f}.txt`));
  keys.forEach((k, i) => c.put(k, entry(`${'abc'[i]}.txt`)));
  c.close();
  return { dir, keys, ns: join(dir, namespace) };
}

describe('KeyList', () => {
  it('gives back every key pushed, in order, across its blocks', () => {
    const keys = new KeyList();
    const made: Buffer[] = [];
    for (let i = 0; i < 2500; i++) {
      const k = Buffer.alloc(32, i % 251);
      k.writeUInt32LE(i, 0);
      made.push(k);
      keys.push(new Uint8Array(k)); // as a key arrives from a worker
    }
    expect(keys.length).toBe(2500);
    expect([...keys].map((k) => k.toString('hex'))).toEqual(made.map((k) => k.toString('hex')));
  });

  it('refuses a key that is not 32 bytes', () => {
    expect(() => new KeyList().push(new Uint8Array(31))).toThrow(/32 bytes/);
  });
});

describe('pruneCache', () => {
  it('keeps exactly the listed entries, in one pack, and they are still served', () => {
    const dir = tmp('cache-');
    const c = new ResultCache(dir, '00000000000000aa');
    const keys = Array.from({ length: 2500 }, (_, i) => c.key(Buffer.from(`text ${i}`), `f${i}.txt`));
    keys.forEach((k, i) => c.put(k, entry(`f${i}.txt`)));
    c.close();
    const second = new ResultCache(dir, '00000000000000aa'); // a second writer: two packs
    const extra = second.key(Buffer.from('another'), 'g.txt');
    second.put(extra, entry('g.txt'));
    second.close();

    const live = keys.filter((_, i) => i % 3 !== 0);
    const stats = pruneCache(dir, '00000000000000aa', [...live, extra, live[0]]); // a key listed twice is kept once
    expect(stats.kept).toBe(live.length + 1);
    expect(stats.removedBytes).toBeGreaterThan(0);
    const ns = join(dir, '00000000000000aa');
    expect(filesOf(ns, '.pack')).toHaveLength(1);
    expect(indexLines(ns)).toBe(live.length + 1);

    const later = new ResultCache(dir, '00000000000000aa');
    keys.forEach((k, i) => expect(later.get(k)).toEqual(i % 3 !== 0 ? entry(`f${i}.txt`) : null));
    expect(later.get(extra)).toEqual(entry('g.txt'));
    later.close();
  });

  it('leaves a pack alone that holds exactly the entries to keep, and rewrites it when one is stale', () => {
    const { dir, keys, ns } = threeEntries('00000000000000a1');
    const written = readdirSync(ns).sort();
    expect(pruneCache(dir, '00000000000000a1', keys)).toMatchObject({ kept: 3, removedBytes: 0 });
    expect(readdirSync(ns).sort()).toEqual(written); // not copied again
    expect(pruneCache(dir, '00000000000000a1', keys.slice(1)).kept).toBe(2);
    expect(readdirSync(ns).sort()).not.toEqual(written);
    expect(indexLines(ns)).toBe(2);
  });

  it('does not copy a damaged entry (the next run makes it again)', () => {
    const { dir, keys, ns } = threeEntries('00000000000000bb');
    const pack = join(ns, filesOf(ns, '.pack')[0]);
    // the second record's key, as stored in its header, no longer matches its index line
    const second = readFileSync(pack).indexOf(keys[1]);
    const fd = openSync(pack, 'r+');
    writeSync(fd, Buffer.from([keys[1][0] ^ 0xff]), 0, 1, second);
    closeSync(fd);
    expect(second).toBeGreaterThanOrEqual(HEADER);

    expect(pruneCache(dir, '00000000000000bb', keys).kept).toBe(2);
    const later = new ResultCache(dir, '00000000000000bb');
    expect([later.get(keys[0]), later.get(keys[1]), later.get(keys[2])]).toEqual([entry('a.txt'), null, entry('c.txt')]);
    later.close();
  });

  it('removes packs and indexes left without their other half by a stopped writer', () => {
    const dir = tmp('cache-');
    const c = new ResultCache(dir, '00000000000000ff');
    const key = c.key(Buffer.from('x'), 'x.txt');
    c.put(key, entry('x.txt'));
    c.close();
    const ns = join(dir, '00000000000000ff');
    writeFileSync(join(ns, 'other-host-1-0-0-0.pack'), 'a pack whose index was never made');
    writeFileSync(join(ns, 'other-host-2-0-0-0.idx'), Buffer.alloc(LINE));
    expect(pruneCache(dir, '00000000000000ff', [key]).kept).toBe(1);
    expect(readdirSync(ns).map((f) => f.replace(/^.*\./, '')).sort()).toEqual(['idx', 'pack']);
    const later = new ResultCache(dir, '00000000000000ff');
    expect(later.get(key)).toEqual(entry('x.txt'));
    later.close();
  });

  it('removes other versions\' folders but nothing it did not make', () => {
    const dir = tmp('cache-');
    for (const ns of ['00000000000000cc', '00000000000000dd']) {
      const c = new ResultCache(dir, ns);
      c.put(c.key(Buffer.from('x'), 'x.txt'), entry('x.txt'));
      c.close();
    }
    mkdirSync(join(dir, 'notes'));
    writeFileSync(join(dir, 'notes', 'readme.txt'), 'mine\n');
    mkdirSync(join(dir, '0123456789abcdef'));
    writeFileSync(join(dir, '0123456789abcdef', 'data.csv'), 'mine too\n');
    writeFileSync(join(dir, 'fedcba9876543210'), 'a file, not a folder\n');

    const stats = pruneCache(dir, '00000000000000cc', []);
    expect(stats).toMatchObject({ kept: 0, otherNamespaces: 1 });
    expect(readdirSync(dir).sort()).toEqual(['00000000000000cc', '0123456789abcdef', 'fedcba9876543210', 'notes']);
    expect(readFileSync(join(dir, 'notes', 'readme.txt'), 'utf8')).toBe('mine\n');
    expect(readFileSync(join(dir, '0123456789abcdef', 'data.csv'), 'utf8')).toBe('mine too\n');
  });

  it('leaves a cache folder that does not exist as it is', () => {
    const dir = join(tmp('cache-'), 'none');
    expect(pruneCache(dir, '00000000000000ee', [])).toEqual({ kept: 0, keptBytes: 0, removedBytes: 0, otherNamespaces: 0 });
    expect(existsSync(dir)).toBe(false);
  });
});

describe('extract --prune-cache', () => {
  let gazetteers: string;
  const outputs = (dir: string) => Object.fromEntries(['events.json', 'events.csv', 'run-report.json'].map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  const run = (corpus: string, extra: Partial<ExtractOptions> = {}) => {
    const outDir = tmp('out-');
    return runExtract({ inputs: [corpus], outDir, formats: ['json', 'csv'], gazetteerDir: gazetteers, minBytesPerWorker: 0, ...extra }).then((r) => ({ ...r, out: outputs(outDir) }));
  };
  const namespaces = (cacheDir: string) => readdirSync(cacheDir).filter((n) => /^[0-9a-f]{16}$/.test(n));

  beforeAll(() => {
    gazetteers = tmp('gaz-');
    cpSync(DEFAULT_GAZETTEER_DIR, gazetteers, { recursive: true });
  });

  // in this thread; with worker threads (which need the compiled package): test/pipeline/parallel.test.ts
  {
    const jobs = 0;
    it('keeps only the current files\' entries of the current configuration', async () => {
      const corpus = writeArticles(10);
      const cacheDir = tmp('cache-');
      await run(corpus, { cacheDir, jobs });
      await run(corpus, { cacheDir, jobs, includeDenied: true }); // another configuration: another folder
      const txt = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort();
      appendFileSync(join(corpus, txt[0]), '\nPolice later arrested a second activist in Oslo.\n'); // changed: its old entry is stale
      rmSync(join(corpus, txt[1])); // removed: its entry is stale
      expect(namespaces(cacheDir)).toHaveLength(2);

      const pruning = await run(corpus, { cacheDir, jobs, pruneCache: true });
      expect(pruning.cache).toEqual({ hits: 8, misses: 1, writeErrors: 0 });
      expect(pruning.pruned).toMatchObject({ kept: 9, otherNamespaces: 1 });
      const [ns] = namespaces(cacheDir);
      expect(namespaces(cacheDir)).toHaveLength(1);
      expect(indexLines(join(cacheDir, ns))).toBe(9);

      const next = await run(corpus, { cacheDir, jobs });
      expect(next.cache).toEqual({ hits: 9, misses: 0, writeErrors: 0 });
      expect(next.out).toEqual((await run(corpus)).out);
      expect(pruning.out).toEqual(next.out);
    }, 60_000);
  }

  it('refuses to prune in a shard run or without a cache, before writing anything', async () => {
    const corpus = writeArticles(2);
    const outDir = join(tmp('out-'), 'never');
    const base = { inputs: [corpus], outDir, formats: ['json' as const], gazetteerDir: gazetteers, pruneCache: true };
    await expect(runExtract({ ...base, cacheDir: tmp('cache-'), shard: '1/2' })).rejects.toThrow(/shard/);
    await expect(runExtract(base)).rejects.toThrow(/needs a cache/);
    expect(existsSync(outDir)).toBe(false);
  });
});
