import { appendFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cacheNamespace, codeVersion, ResultCache, type CachedResult } from '../../src/pipeline/cache.js';
import { runExtract, type ExtractOptions } from '../../src/pipeline/run.js';
import { DEFAULT_GAZETTEER_DIR } from '../../src/paths.js';
import { writeArticles } from './articles.js';

const tmp = (p: string) => mkdtempSync(join(tmpdir(), p));
const result: CachedResult = {
  article: { file: 'a.txt', diagnostics: [], language: 'en', detectedLanguage: 'eng' },
  events: [],
};

describe('ResultCache', () => {
  const other: CachedResult = { ...result, article: { ...result.article, file: 'b.txt' } };
  const packFiles = (dir: string, ext: string) => readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => join(dir, f));

  it('gives a later run back what was stored under the same key and namespace', () => {
    const dir = tmp('cache-');
    const c = new ResultCache(dir, 'ns1');
    const key = c.key(Buffer.from('text'), 'a.txt');
    expect(c.get(key)).toBeNull();
    expect(c.put(key, result)).toBe(true);
    c.close();
    const later = new ResultCache(dir, 'ns1');
    expect(later.get(key)).toEqual(result);
    expect(later.get(later.key(Buffer.from('other text'), 'a.txt'))).toBeNull();
    expect(later.stats).toEqual({ hits: 1, misses: 1, writeErrors: 0 });
    later.close();
  });

  it('stores a run\'s entries in one pack and one index file per writer, however many inputs', () => {
    const dir = tmp('cache-');
    const c = new ResultCache(dir, 'ns');
    for (let i = 0; i < 2500; i++) c.put(c.key(Buffer.from(`text ${i}`), 'a.txt'), result);
    c.close();
    expect(readdirSync(join(dir, 'ns')).sort().map((f) => f.replace(/^.*\./, ''))).toEqual(['idx', 'pack']);
    const later = new ResultCache(dir, 'ns');
    for (let i = 0; i < 2500; i++) expect(later.get(later.key(Buffer.from(`text ${i}`), 'a.txt'))).toEqual(result);
    later.close();
  });

  it('serves what several writers (threads, machines) stored in one folder', () => {
    const dir = tmp('cache-');
    const a = new ResultCache(dir, 'ns'), b = new ResultCache(dir, 'ns');
    const ka = a.key(Buffer.from('one'), 'a.txt'), kb = b.key(Buffer.from('two'), 'b.txt');
    a.put(ka, result);
    b.put(kb, other);
    a.close();
    b.close();
    const later = new ResultCache(dir, 'ns');
    expect(later.get(ka)).toEqual(result);
    expect(later.get(kb)).toEqual(other);
    later.close();
  });

  it('never serves an entry made under another namespace (other code, gazetteer or options)', () => {
    const dir = tmp('cache-');
    const old = new ResultCache(dir, 'old');
    const key = old.key(Buffer.from('text'), 'a.txt');
    old.put(key, result);
    old.close();
    expect(new ResultCache(dir, 'new').get(key)).toBeNull();
  });

  it('treats a damaged entry as missing', () => {
    const dir = tmp('cache-');
    const c = new ResultCache(dir, 'ns');
    const key = c.key(Buffer.from('text'), 'a.txt');
    c.put(key, result);
    c.close();
    const [pack] = packFiles(join(dir, 'ns'), '.pack');
    const bytes = readFileSync(pack);
    bytes.fill(0x20, bytes.length - 10); // the JSON loses its end
    writeFileSync(pack, bytes);
    expect(new ResultCache(dir, 'ns').get(key)).toBeNull();
  });

  it('serves nothing of an entry a stopped run left half-written, and everything before it', () => {
    const dir = tmp('cache-');
    const c = new ResultCache(dir, 'ns');
    const first = c.key(Buffer.from('first'), 'a.txt'), second = c.key(Buffer.from('second'), 'a.txt');
    c.put(first, result);
    c.put(second, other);
    c.close();
    const [pack] = packFiles(join(dir, 'ns'), '.pack');
    truncateSync(pack, statSync(pack).size - 5);
    const later = new ResultCache(dir, 'ns');
    expect(later.get(first)).toEqual(result);
    expect(later.get(second)).toBeNull();
    // made again by the next run, and then served
    later.put(second, other);
    later.close();
    expect(new ResultCache(dir, 'ns').get(second)).toEqual(other);
  });

  it('keys by content, display path and manifest row', () => {
    const c = new ResultCache(tmp('cache-'), 'ns');
    const base = c.key(Buffer.from('text'), 'a.txt');
    expect(c.key(Buffer.from('text'), 'a.txt')).toEqual(base);
    expect(c.key(Buffer.from('text!'), 'a.txt')).not.toEqual(base);
    expect(c.key(Buffer.from('text'), 'b/a.txt')).not.toEqual(base);
    expect(c.key(Buffer.from('text'), 'a.txt', { file: 'a.txt', url: null, title: 'T', published: '2020' })).not.toEqual(base);
  });

  it('namespaces by code, gazetteer version and options', () => {
    const ns = cacheNamespace('code', 'gaz', { includeDenied: false });
    expect(cacheNamespace('code', 'gaz', { includeDenied: false })).toBe(ns);
    expect(cacheNamespace('code2', 'gaz', { includeDenied: false })).not.toBe(ns);
    expect(cacheNamespace('code', 'gaz2', { includeDenied: false })).not.toBe(ns);
    expect(cacheNamespace('code', 'gaz', { includeDenied: true })).not.toBe(ns);
    expect(codeVersion()).toMatch(/^[0-9a-f]{16}$/);
    expect(codeVersion()).toBe(codeVersion());
  });
});

describe('incremental runs', () => {
  let corpus: string;
  let gazetteers: string;
  const outputs = (dir: string) => Object.fromEntries(['events.json', 'events.csv', 'run-report.json'].map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
  const run = (extra: Partial<ExtractOptions> = {}) => {
    const outDir = tmp('out-');
    return runExtract({ inputs: [corpus], outDir, formats: ['json', 'csv'], gazetteerDir: gazetteers, ...extra }).then((r) => ({ ...r, out: outputs(outDir) }));
  };

  beforeAll(() => {
    corpus = writeArticles(10);
    gazetteers = tmp('gaz-');
    cpSync(DEFAULT_GAZETTEER_DIR, gazetteers, { recursive: true }); // a snapshot: the real files may be edited meanwhile
  });

  it('reprocesses only the files that changed, with the same output as a run without cache', async () => {
    const cacheDir = tmp('cache-');
    const first = await run({ cacheDir });
    expect(first.cache).toEqual({ hits: 0, misses: 10, writeErrors: 0 });
    expect(first.events).toBeGreaterThan(0);

    const again = await run({ cacheDir });
    expect(again.cache).toEqual({ hits: 10, misses: 0, writeErrors: 0 });
    expect(again.out).toEqual(first.out);
    expect((await run()).out).toEqual(first.out);

    const one = join(corpus, readdirSync(corpus).find((f) => f.endsWith('.txt'))!);
    appendFileSync(one, '\nPolice later arrested a second activist in Oslo.\n');
    const changed = await run({ cacheDir });
    expect(changed.cache).toEqual({ hits: 9, misses: 1, writeErrors: 0 });
    expect(changed.out).toEqual((await run()).out);
  }, 60_000);

  it('does not reuse results made with other options or another gazetteer', async () => {
    const cacheDir = tmp('cache-');
    await run({ cacheDir });
    expect((await run({ cacheDir, includeDenied: true })).cache?.hits).toBe(0);
    const edited = tmp('gaz-');
    cpSync(gazetteers, edited, { recursive: true });
    appendFileSync(join(edited, 'triggers.tsv'), '\nkidnapped in broad daylight\tDETENTION\ten\ttest row\n');
    const withEdited = await runExtract({ inputs: [corpus], outDir: tmp('out-'), formats: ['json'], gazetteerDir: edited, cacheDir });
    expect(withEdited.cache?.hits).toBe(0);
  }, 60_000);

  it('keeps no cache unless asked', async () => {
    expect((await run()).cache).toBeUndefined();
  });
});
