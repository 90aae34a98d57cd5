import { describe, expect, it } from 'vitest';
import { loadGazetteer } from '../../src/gazetteer/load.js';
import { matchSentence } from '../../src/gazetteer/match.js';
import { GazetteerError } from '../../src/gazetteer/tsv.js';
import { writeGazetteer } from '../helpers/tiny-gazetteer.js';

const gaz = loadGazetteer(writeGazetteer({}));
const match = (text: string, lang: 'en' | 'nb' | 'nn' = 'en') => matchSentence(text, 0, text.length, lang, gaz, 0);

describe('gazetteer matching', () => {
  it('matches prefix patterns across inflections and keeps exact offsets', () => {
    for (const form of ['arrest', 'arrested', 'arresting', 'arrests']) {
      const text = `The police ${form} two men.`;
      const t = match(text).find((m) => m.kind === 'trigger')!;
      expect(t.value).toBe('DETENTION');
      expect(text.slice(t.start, t.end)).toBe(form);
    }
  });

  it('prefers the longest multi-word pattern and records its origin', () => {
    const text = 'He was sent to prison in 2019.';
    const t = match(text).filter((m) => m.kind === 'trigger');
    expect(t).toHaveLength(1);
    expect(t[0].text).toBe('sent to prison');
    expect(t[0].origin).toMatch(/^triggers\.tsv:\d+$/);
  });

  it("steps over possessive 's and folds accents without touching the text", () => {
    const text = "China’s police watched Turkiye and TÜRKIYE.";
    const ms = match(text);
    expect(ms.find((m) => m.kind === 'place' && m.value === 'CN')?.text).toBe('China');
    const tr = ms.filter((m) => m.value === 'TR');
    expect(tr.map((m) => text.slice(m.start, m.end))).toEqual(['Turkiye', 'TÜRKIYE']);
  });

  it('matches Norwegian inflected forms only in Norwegian sentences', () => {
    const nb = 'Uigurene ble arrestert av kinesiske myndigheter.';
    const kinds = match(nb, 'nb').map((m) => `${m.kind}:${m.text}`);
    expect(kinds).toEqual(expect.arrayContaining(['group:Uigurene', 'trigger:arrestert', 'demonym:kinesiske', 'actor:myndigheter']));
    expect(match(nb, 'en').some((m) => m.kind === 'actor')).toBe(false);
  });

  it('splits hyphenated words and never matches inside a word', () => {
    expect(match('in the Xinjiang-China region', 'en').some((m) => m.value === 'CN')).toBe(true);
    expect(match('Chinatown police', 'en').some((m) => m.value === 'CN')).toBe(false);
  });

  it('every mention slices to its own text (NFD input, NBSP, astral characters)', () => {
    const text = '😀 The\u00a0police arre\u0301sted Uyghurs in Norway; T\u0308urkiye threatened.';
    for (const m of match(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('gazetteer loading errors', () => {
  it('names file, line and column of an unknown tactic', () => {
    const dir = writeGazetteer({ 'triggers.tsv': 'pattern\ttactic\tlang\tnote\nbeat*\tBEATING\ten\t\n' });
    expect(() => loadGazetteer(dir)).toThrow(GazetteerError);
    expect(() => loadGazetteer(dir)).toThrow(/triggers\.tsv:2:7: unknown tactic "BEATING"/);
  });

  it('rejects a row with a missing column and a too-short prefix', () => {
    expect(() => loadGazetteer(writeGazetteer({ 'groups.tsv': 'form\tgroup\tlang\tnote\nexiles\n' }))).toThrow(/groups\.tsv:2:\d+: expected/);
    expect(() => loadGazetteer(writeGazetteer({ 'triggers.tsv': 'pattern\ttactic\tlang\tnote\nar*\tDETENTION\ten\t\n' }))).toThrow(/at least 3 letters/);
  });

  it('rejects an unknown country code in actors', () => {
    expect(() => loadGazetteer(writeGazetteer({ 'actors.tsv': 'form\ttype\tcountry\tlang\tnote\nSecret Service\tsecurity\tQQ\ten\t\n' }))).toThrow(/actors\.tsv:2:\d+: unknown country code "QQ"/);
  });
});
