// Actor types and cue names form closed sets (src/gazetteer/values.ts): a
// value the event rules do not know stops loading with file:line:column,
// instead of matching text that the rules then ignore or misread.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { GazetteerError } from '../../src/gazetteer/tsv.js';
import { ACTOR_TYPES, CUES } from '../../src/gazetteer/values.js';
import { DEFAULT_GAZETTEER_DIR } from '../../src/paths.js';
import { writeGazetteer } from '../helpers/tiny-gazetteer.js';

const ACTORS = 'form\ttype\tcountry\tlang\tnote\n';
const CUE_HEADER = 'pattern\tcue\tlang\tnote\n';

describe('closed gazetteer values', () => {
  it.each([
    ['an unknown actor type', 'actors.tsv', ACTORS + 'police\tpolice\t\ten\t\nsecret police\tcops\t\ten\t\n', 3, 15, /unknown actor type "cops" \(one of government, .*host-agency\)/],
    ['an empty actor type', 'actors.tsv', ACTORS + 'police\t\t\ten\t\n', 2, 8, /missing actor type \(one of /],
    ['a cue name in the wrong case', 'cues.tsv', CUE_HEADER + 'not\tNegation\ten\t\n', 2, 5, /unknown cue "Negation" \(one of negation, /],
    ['a misspelt cue name', 'cues.tsv', CUE_HEADER + 'not\tnegation\ten\t\nmay\thypothetic\ten\t\n', 3, 5, /unknown cue "hypothetic"/],
  ])('%s stops loading with file:line:column', (_what, file, content, line, column, reason) => {
    const dir = writeGazetteer({ [file]: content });
    let error: unknown;
    try {
      loadGazetteer(dir);
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(GazetteerError);
    const e = error as GazetteerError;
    expect([e.file, e.line, e.column]).toEqual([join(dir, file), line, column]);
    expect(e.message).toMatch(reason);
    expect(e.message.startsWith(`${join(dir, file)}:${line}:${column}: `)).toBe(true);
  });

  it('accepts every value the shipped gazetteer uses, and every documented one', () => {
    const gaz = loadGazetteer(DEFAULT_GAZETTEER_DIR);
    expect(gaz.tactics.size).toBeGreaterThan(0);
    const rows = (types: readonly string[], make: (t: string) => string) => types.map(make).join('');
    const dir = writeGazetteer({
      'actors.tsv': ACTORS + rows(ACTOR_TYPES, (t) => `${t} organ\t${t}\t\ten\t\n`),
      'cues.tsv': CUE_HEADER + rows(CUES, (c) => `${c} word\t${c}\ten\t\n`),
    });
    expect(() => loadGazetteer(dir)).not.toThrow();
  });

  it('gazetteers/README.md lists every one of these values', () => {
    const doc = readFileSync(join(DEFAULT_GAZETTEER_DIR, 'README.md'), 'utf8').split('\n');
    const named = (file: string) => new Set([...(doc.find((l) => l.startsWith(`| \`${file}\``)) ?? '').matchAll(/`([a-z-]+)`/g)].map((m) => m[1]));
    for (const t of ACTOR_TYPES) expect(named('actors.tsv'), t).toContain(t);
    for (const c of CUES) expect(named('cues.tsv'), c).toContain(c);
  });
});
