import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentSample, SAMPLE_LENGTH } from '../../src/language/document-sample.js';
import { nynorskMarkers } from '../../src/language/norwegian-standard.js';
import { textStats } from '../../src/language/text-stats.js';

const markers = nynorskMarkers();

function piece(text: string) {
  const stats = textStats(text, markers);
  return { text, stats, long: stats.letters >= 40 && stats.words >= 6 };
}

/** The sample as it is defined: the long paragraphs (or all) joined by line breaks, cut at SAMPLE_LENGTH. */
function plainSample(texts: string[]): string {
  const pieces = texts.map(piece);
  const chosen = pieces.some((p) => p.long) ? pieces.filter((p) => p.long) : pieces;
  return chosen.map((p) => p.text).join('\n').slice(0, SAMPLE_LENGTH);
}

// Written for these tests.
const PARAGRAPHS = [
  'Utanriksdepartementet seier at saka er alvorleg, og at dei følgjer ho tett.',
  'Regjeringen sier at saken er alvorlig, og at den følges nøye av departementet.',
  'The ministry said the case was serious and that it was following it closely.',
  'Av Kari Nordmann',
  'Foto: NTB',
  'Ho sa: «Eg er ikkje redd.» Men familien hennar i heimlandet er under press, skriv avisa.',
];

describe('documentSample', () => {
  it('counts the sample as textStats would, without counting whole paragraphs again', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PARAGRAPHS), { maxLength: 80 }), (texts) => {
        const sample = documentSample(texts.map(piece), markers);
        expect(sample.text).toBe(plainSample(texts));
        expect(sample.stats).toEqual(textStats(sample.text, markers));
      }),
      { numRuns: 300 },
    );
  });

  it('cuts the last paragraph, even inside a word, and counts only what is kept', () => {
    const long = 'Journalisten skriv om regjeringa og om kva som skjer med familien. '.repeat(40);
    const sample = documentSample([piece(long)], markers);
    expect(sample.text).toHaveLength(SAMPLE_LENGTH);
    expect(sample.stats).toEqual(textStats(long.slice(0, SAMPLE_LENGTH), markers));
  });
});
