// The sentence and language stages' data files (abbreviations.tsv,
// nynorsk-markers.tsv) are read from the --gazetteers folder like every
// other gazetteer file, checked when the gazetteer loads (so a bad or
// missing one stops the run before anything is written), and hashed into
// the gazetteer version (so an edit invalidates the result cache).
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { GazetteerError } from '../../src/gazetteer/tsv.js';
import { nynorskMarkers } from '../../src/language/norwegian-standard.js';
import { DEFAULT_GAZETTEER_DIR } from '../../src/paths.js';
import { runExtract } from '../../src/pipeline/run.js';
import { abbreviations } from '../../src/sentences/abbreviations.js';
import { writeGazetteer } from '../helpers/tiny-gazetteer.js';
import { mkTemp, removeTemp, writeGood } from '../reliability/corpus.js';

const ABBREVIATIONS = 'form\tlang\tnext\tnote\n';
const MARKERS = 'form\tstandard\tnote\n';

const tmp = mkTemp('stage-data');
afterAll(() => {
  loadGazetteer(DEFAULT_GAZETTEER_DIR); // leave this thread on the shipped files
  removeTemp(tmp);
});

function loadError(dir: string): GazetteerError {
  try {
    loadGazetteer(dir);
  } catch (err) {
    expect(err).toBeInstanceOf(GazetteerError);
    return err as GazetteerError;
  }
  throw new Error('loaded without error');
}

describe('stage data files in the --gazetteers folder', () => {
  it('are the ones the sentence and language stages use', () => {
    const dir = writeGazetteer({ 'abbreviations.tsv': ABBREVIATIONS + 'Xyz.\ten\tany\t\n', 'nynorsk-markers.tsv': MARKERS + 'ikke\tnn\t\n' });
    loadGazetteer(dir);
    expect(abbreviations().get('en')!.get('xyz.')).toBe('any');
    expect(abbreviations().get('en')!.has('mr.')).toBe(false);
    expect(nynorskMarkers().get('ikke')).toBe('nn');
    loadGazetteer(DEFAULT_GAZETTEER_DIR);
    expect(abbreviations().get('en')!.has('xyz.')).toBe(false);
    expect(abbreviations().get('en')!.get('mr.')).toBe('any');
    expect(nynorskMarkers().get('ikke')).toBe('nb');
  });

  it('are part of the gazetteer version', () => {
    const a = loadGazetteer(writeGazetteer({})).version;
    const b = loadGazetteer(writeGazetteer({ 'abbreviations.tsv': ABBREVIATIONS + 'Xyz.\ten\tany\t\n' })).version;
    const c = loadGazetteer(writeGazetteer({ 'nynorsk-markers.tsv': MARKERS + 'ikkje\tnn\t\n' })).version;
    expect(new Set([a, b, c]).size).toBe(3);
  });

  it.each([
    ['a bad `next` in abbreviations.tsv', 'abbreviations.tsv', ABBREVIATIONS + 'Mr.\ten\tany\t\nDr.\ten\tsometimes\t\n', 3, 8, 'next must be any, lower or digit, not "sometimes"'],
    ['an abbreviation without its full stop', 'abbreviations.tsv', ABBREVIATIONS + 'Mr\ten\tany\t\n', 2, 1, 'form must end in "."'],
    ['a bad standard in nynorsk-markers.tsv', 'nynorsk-markers.tsv', MARKERS + 'ikkje\tnn\t\neg\tnno\t\n', 3, 4, 'standard must be nb or nn, not "nno"'],
    ['a missing column in nynorsk-markers.tsv', 'nynorsk-markers.tsv', MARKERS + 'ikkje\n', 2, 6, 'expected 3 tab-separated columns, found 1'],
  ])('%s stops loading with file:line:column', (_what, file, content, line, column, reason) => {
    const dir = writeGazetteer({ [file]: content });
    const e = loadError(dir);
    expect(e.message.startsWith(`${join(dir, file)}:${line}:${column}: ${reason}`), e.message).toBe(true);
  });

  it.each(['abbreviations.tsv', 'nynorsk-markers.tsv'])('a missing %s stops loading, naming the file', (file) => {
    const dir = writeGazetteer({});
    rmSync(join(dir, file));
    expect(loadError(dir).message).toBe(`${join(dir, file)}:0:0: file not found`);
  });

  it('a bad one stops extract before anything is written', async () => {
    const corpus = join(tmp, 'corpus');
    writeGood(corpus);
    const gaz = writeGazetteer({ 'abbreviations.tsv': ABBREVIATIONS + 'Dr.\tsv\tany\t\n' });
    const out = join(tmp, 'out');
    await expect(runExtract({ inputs: [corpus], outDir: out, formats: ['json', 'csv'], gazetteerDir: gaz })).rejects.toThrow(
      `${join(gaz, 'abbreviations.tsv')}:2:5: lang must be en, nb, nn, no or *, not "sv"`,
    );
    expect(existsSync(out) ? readdirSync(out) : []).toEqual([]);
    writeFileSync(join(gaz, 'abbreviations.tsv'), ABBREVIATIONS + 'Dr.\ten\tany\t\n');
    const ok = await runExtract({ inputs: [corpus], outDir: out, formats: ['json'], gazetteerDir: gaz });
    expect(ok.events).toBeGreaterThan(0);
  }, 60_000);
});
