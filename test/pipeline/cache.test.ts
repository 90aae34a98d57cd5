import { appendFileSync, cpSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
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
  it('gives back what was stored under the same key and namespace', () => {
    const c = new ResultCache(tmp('cache-'), 'ns1');
    const key = c.key(Buffer.from('text'), 'a.txt');
    expect(c.get(key)).toBeNull();
    c.put(key, result);
    expect(c.get(key)).toEqual(result);
    expect(c.stats).toEqual({ hits: 1, misses: 1, writeErrors: 0 });
  });

  it('never serves an entry made under another namespace (other code, gazetteer or options)', () => {
    const dir = tmp('cache-');
    const old = new ResultCache(dir, 'old');
    const key = old.key(Buffer.from('text'), 'a.txt');
    old.put(key, result);
    expect(new ResultCache(dir, 'new').get(key)).toBeNull();
  });

  it('treats a damaged entry as missing', () => {
    const dir = tmp('cache-');
    const c = new ResultCache(dir, 'ns');
    const key = c.key(Buffer.from('text'), 'a.txt');
    c.put(key, result);
    writeFileSync(join(dir, 'ns', key.slice(0, 2), `${key}.json`), '{"namespace":"ns","key":"');
    expect(c.get(key)).toBeNull();
  });

  it('keys by content, display path and manifest row', () => {
    const c = new ResultCache(tmp('cache-'), 'ns');
    const base = c.key(Buffer.from('text'), 'a.txt');
    expect(c.key(Buffer.from('text'), 'a.txt')).toBe(base);
    expect(c.key(Buffer.from('text!'), 'a.txt')).not.toBe(base);
    expect(c.key(Buffer.from('text'), 'b/a.txt')).not.toBe(base);
    expect(c.key(Buffer.from('text'), 'a.txt', { file: 'a.txt', url: null, title: 'T', published: '2020' })).not.toBe(base);
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
