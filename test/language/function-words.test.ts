import { describe, expect, it } from 'vitest';
import { functionWordProfile, isClearlySwedish } from '../../src/language/function-words.js';
import { nynorskMarkers } from '../../src/language/norwegian-standard.js';
import { textStats } from '../../src/language/text-stats.js';
import { BOKMAL, DANISH, ENGLISH, FOREIGN, NYNORSK, SWEDISH } from './texts.js';

const stats = (text: string) => textStats(text, nynorskMarkers());

describe('function-word profile', () => {
  it.each([
    ['English', ENGLISH, 'en'],
    ['Bokmål', BOKMAL, 'no'],
    ['Nynorsk', NYNORSK, 'no'],
    ['Danish', DANISH, 'no'],
  ])('recognises %s prose', (_name, text, profile) => {
    expect(functionWordProfile(stats(text))).toBe(profile);
  });

  it('stays undecided on Swedish and on other languages, leaving them to franc', () => {
    expect(functionWordProfile(stats(SWEDISH))).toBeNull();
    for (const [code, text] of FOREIGN) expect(functionWordProfile(stats(text)), code).toBeNull();
  });

  it('stays undecided on a headline of names', () => {
    expect(functionWordProfile(stats('Xi Jinping, Vladimir Putin and Recep Tayyip Erdogan'))).toBeNull();
  });

  it('tells Swedish from Norwegian by their own spellings', () => {
    expect(isClearlySwedish(stats(SWEDISH))).toBe(true);
    expect(isClearlySwedish(stats(BOKMAL))).toBe(false);
    expect(isClearlySwedish(stats(DANISH))).toBe(false);
  });
});

describe('textStats', () => {
  it('counts letters and words, and markers case-insensitively', () => {
    const s = stats('Eg veit IKKJE kva 2019 var.');
    expect(s.words).toBe(6);
    expect(s.letters).toBe(17);
    expect(s.markers).toEqual({ nb: 0, nn: 4 });
  });

  it('counts letters outside Latin script apart', () => {
    const s = stats('Путин said');
    expect(s.letters).toBe(9);
    expect(s.latinLetters).toBe(4);
  });
});
