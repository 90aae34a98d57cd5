// Files are read into buffers each thread keeps (process-file.ts): small and
// large files one after the other must each give exactly what reading that
// file on its own gives, with and without the cache.
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadGazetteer, type Gazetteer } from '../../src/gazetteer/load.js';
import { DEFAULT_GAZETTEER_DIR } from '../../src/paths.js';
import { processFile } from '../../src/pipeline/process-file.js';
import { processArticle } from '../../src/pipeline/process.js';
import { cacheNamespace, ResultCache } from '../../src/pipeline/cache.js';
import { articleFromBuffer, type InputFile } from '../../src/read/index.js';
import { english, norwegian } from './articles.js';

let dir: string;
let gaz: Gazetteer;
const inputs: InputFile[] = [];

/** An article padded past the small read buffer (64 KB) with paragraphs that name no act, its acts at the end (where a longer file read before would leave its own). */
const large = (text: string, n: number) => Array.from({ length: n }, (_, i) => `Background paragraph ${i} about the weather and the local football results.`).join('\n\n') + '\n\n' + text;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'process-file-'));
  gaz = loadGazetteer(DEFAULT_GAZETTEER_DIR);
  const files: [string, string][] = [
    ['a-small.txt', english(1)],
    ['b-large.txt', large(english(2), 1200)],
    ['c-small.txt', norwegian(3)],
    ['d-large.txt', large(english(5), 1500)],
    ['e-small.txt', english(6)],
  ];
  for (const [name, text] of files) {
    const path = join(dir, name);
    writeFileSync(path, text);
    inputs.push({ path, file: name, size: statSync(path).size });
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The file read on its own, into a buffer of its own. */
const alone = (input: InputFile) => processArticle(articleFromBuffer(input, readFileSync(input.path)), gaz);

describe('processFile', () => {
  it('the fixtures cross the small read buffer, and every file names acts', () => {
    expect(inputs.filter((f) => f.size > 64 * 1024).length).toBe(2);
    for (const f of inputs) expect(alone(f).events!.length).toBeGreaterThan(0);
  });

  it('gives each file, small and large in turn, the events of that file alone', async () => {
    for (const order of [inputs, [...inputs].reverse()]) {
      for (const input of order) {
        const r = await processFile(input, gaz, undefined, {});
        const expected = alone(input);
        expect(r.events).toEqual(expected.events);
        expect(r.article).toEqual({ file: input.file, diagnostics: expected.diagnostics, language: expected.language, detectedLanguage: expected.detectedLanguage });
      }
    }
  });

  it('keys and stores each file by its own bytes in the cache', async () => {
    // a cache reads its index when opened: the second run is a new one, as in a re-run
    const open = () => new ResultCache(join(dir, 'cache'), cacheNamespace('test', gaz.version, {}));
    const first = open();
    for (const input of inputs) expect((await processFile(input, gaz, undefined, {}, first)).cached).toBe(false);
    first.close();
    const second = open();
    try {
      for (const input of [...inputs].reverse()) {
        const r = await processFile(input, gaz, undefined, {}, second);
        expect(r.cached).toBe(true);
        expect(r.events).toEqual(alone(input).events);
      }
    } finally {
      second.close();
    }
  });
});
