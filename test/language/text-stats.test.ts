import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ENGLISH, NORWEGIAN, SCANDINAVIAN, SWEDISH } from '../../src/language/function-words.js';
import { nynorskMarkers } from '../../src/language/norwegian-standard.js';
import { addStats, emptyStats, textStats, type TextStats } from '../../src/language/text-stats.js';
import { isWhiteSpaceCode } from '../../src/language/white-space.js';

const markers = nynorskMarkers();

/**
 * The counts by their plain definition: words are runs of UTF-16 units that
 * are letters, marks or digits each on their own, looked up lower-cased.
 * textStats walks a trie instead for ASCII words and must agree.
 */
function reference(text: string): TextStats {
  const stats = emptyStats();
  const isWordUnit = (c: string) => /[\p{L}\p{M}\p{N}]/u.test(c);
  let word = '';
  for (const c of text.split('').concat([' '])) {
    if (/\p{L}/u.test(c)) {
      stats.letters++;
      if (/\p{Script=Latin}/u.test(c)) stats.latinLetters++;
    }
    if (isWordUnit(c)) {
      word += c;
      continue;
    }
    if (!word) continue;
    stats.words++;
    const key = word.toLowerCase();
    if (ENGLISH.has(key)) stats.english++;
    if (SCANDINAVIAN.has(key) && word !== 'I') stats.scandinavian++;
    if (NORWEGIAN.has(key)) stats.norwegian++;
    if (SWEDISH.has(key)) stats.swedish++;
    if (markers.get(key) === 'nb') stats.markers.nb++;
    if (markers.get(key) === 'nn') stats.markers.nn++;
    word = '';
  }
  return stats;
}

// Written for these tests: function words in three languages and their
// capitalised forms, look-alikes (a Kelvin sign lower-cases to "k", a dotted
// capital I to two units), digits, marks and other scripts.
const WORDS = [
  'the', 'The', 'THE', 'and', 'I', 'i', 'I2', 'og', 'Og', 'ikkje', 'IKKJE', 'ikke', 'eg', 'jeg', 'på', 'PÅ', 'så',
  'frå', 'òg', 'Òg', 'och', 'inte', 'är', 'også', 'mykje', 'kva', 'hva', 'ble', 'vart', '\u212Aan', 'kan', 'İ', 'ı',
  'Путин', 'said', 'Oslo', '2019', 'x\u0301', 'ﬁ', 'ß', 'eg\u0308', '𝐀', 'theirs', 'thee', 'th',
];
const SEPARATORS = [' ', ' ', '\n', ', ', '. ', '-', '’', '\u00a0', '“'];

describe('textStats agrees with the plain definition of its counts', () => {
  it.each([
    'Eg veit IKKJE kva som skjer, men ho seier at dei er redde.',
    'Jeg vet ikke hva som skjer, men hun sier at de er redde.',
    'I do not know what is happening, but she says that they are afraid.',
  ])('%s', (text) => {
    expect(textStats(text, markers)).toEqual(reference(text));
  });

  it('on random mixes of function words, look-alikes and other scripts', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 12 }), (parts) => {
        const text = parts.map(([word, separator]) => word + separator).join('');
        expect(textStats(text, markers)).toEqual(reference(text));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('addStats', () => {
  it('gives the counts of two texts joined by a line break', () => {
    const a = 'Ho fortel at dei kom i går.';
    const b = 'The police did not say why.';
    const total = emptyStats();
    addStats(total, textStats(a, markers));
    addStats(total, textStats(b, markers));
    expect(total).toEqual(textStats(`${a}\n${b}`, markers));
  });
});

describe('isWhiteSpaceCode', () => {
  it('agrees with /\\s/ on every UTF-16 unit', () => {
    const differing: number[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (isWhiteSpaceCode(code) !== /\s/.test(String.fromCharCode(code))) differing.push(code);
    }
    expect(differing).toEqual([]);
  });
});
