import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CLASSES, UNSUPPORTED } from '../../src/sentences/break-classes.js';
import { scanSentences } from '../../src/sentences/scanner.js';
import { segmentChunk, segmenterPieces } from '../../src/sentences/segment.js';
import type { Span } from '../../src/types.js';

// The scanner must cut every chunk exactly where Intl.Segmenter does: the
// repair rules after it were written against Segmenter's pieces, and the
// stage's output must not change with the speed-up.
const whole = (text: string): Span => ({ start: 0, end: text.length });
const slices = (text: string, spans: Span[] | null) => spans && spans.map((s) => text.slice(s.start, s.end));
const scanned = (text: string) => slices(text, scanSentences(text, 0, text.length));
const segmenter = (text: string) => slices(text, segmenterPieces(text, whole(text), 'en'));

// All written for these tests.
const PROSE = [
  // English
  'Police questioned her twice. She left the country in March!',
  'Did they call again? Nobody knows... The embassy said nothing.',
  'The U.S. Embassy (in Oslo) declined. A spokesman said: “No comment.” Then he hung up.',
  'Growth was 3.5 per cent. 48 members voted against, e.g. the chair.',
  'He wrote "Leave now." and left.\r\nThe next line starts here. – A dash follows.',
  'Was it 9 a.m. or 10 a.m.? Reports differ. (See p. 4.) The rest is unclear!?',
  // Bokmål
  'Politiet avhørte foreldrene. – Vi er redde, sier hun.',
  'Han kom 17. mai kl. 14. Etterpå dro han, f.eks. til Bergen.',
  '«Hvorfor meg?» spør han. Ingen svarer!',
  'Saken gjelder ca. 300 personer… Ingen er pågrepet.',
  // Nynorsk
  'Eg veit ikkje kva som skjer. Det er uroleg, seier ho.',
  'Ho flykta i 2019. Sidan har familien vore under press!',
  '– Kvifor gjer dei dette? spør han. Dei veit ikkje, t.d. om brevet.',
  'Møtet var 25. Februar. Det vart avlyst.\nNy linje utan punktum',
];

describe('scanSentences: the same pieces as Intl.Segmenter', () => {
  it.each(PROSE)('%s', (text) => {
    expect(scanned(text)).toEqual(segmenter(text));
  });

  it('for every supported character in the places the rules look at', () => {
    const templates = [
      'a.X b', 'a. X b', 'a. Xb', 'a.Xb', 'A.X', 'a?X', 'a? X', 'a? Xb', 'a. (X', 'X. a', 'X? A', 'a.)X a',
      'aX. b', 'aX.B', '1.X', 'a.X\nb', 'X\nb', 'a. X.b', 'a.\tX b', 'a. X B', 'Xa. B', 'a X? B', 'a. X) b',
      'a? X, b', 'a. X1', 'X.Y', '.X',
    ];
    const differing: string[] = [];
    for (let code = 0; code < 0x10000; code++) {
      if (CLASSES[code] === UNSUPPORTED) continue;
      for (const template of templates) {
        const text = template.replace('X', String.fromCharCode(code));
        if (JSON.stringify(scanned(text)) !== JSON.stringify(segmenter(text))) differing.push(JSON.stringify(text));
      }
    }
    expect(differing.slice(0, 10)).toEqual([]);
  });

  it('for random strings of punctuation, spaces, letters and digits', () => {
    const units = [
      'a', 'z', 'A', 'Z', 'å', 'Ø', 'é', '1', '9', '.', '.', '!', '?', '…', ' ', ' ', '\t', '\u00a0', '\n', '\r',
      '\u2028', ',', ';', ':', '-', '–', '—', '"', "'", '“', '”', '«', '»', '‘', '’', '(', ')', '[', ']', '%', '/',
      '‼', '¿', '¡', '\u2024',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...units), { maxLength: 16 }), (parts) => {
        const text = parts.join('');
        expect(scanned(text)).toEqual(segmenter(text));
      }),
      { numRuns: 5000 },
    );
  });
});

describe('scanSentences: the rules by name', () => {
  it('ends a sentence after a terminal, its closing quotes and spaces (SB11)', () => {
    expect(scanned('Hun dro. Han ble.')).toEqual(['Hun dro. ', 'Han ble.']);
    expect(scanned('«Nei!» Så gjekk ho.')).toEqual(['«Nei!» ', 'Så gjekk ho.']);
  });

  it('does not end it before a digit, a capital after a letter, or lower case after a full stop (SB6–SB8)', () => {
    expect(scanned('Veksten var 3.5 prosent.')).toEqual(['Veksten var 3.5 prosent.']);
    expect(scanned('Troops of the U.S.A left.')).toEqual(['Troops of the U.S.A left.']);
    expect(scanned('Det gjeld t.d. (sjå under) brevet.')).toEqual(['Det gjeld t.d. (sjå under) brevet.']);
    expect(scanned('Growth was 3. 5 per cent.')).toEqual(['Growth was 3. 5 per cent.']);
  });

  it('does not end it before a comma, dash or another terminal (SB8a)', () => {
    expect(scanned('Hvorfor?! Ingen vet.')).toEqual(['Hvorfor?! ', 'Ingen vet.']);
    expect(scanned('Why? – he asked.')).toEqual(['Why? – he asked.']);
  });

  it('ends a piece at every line break, CR LF kept together (SB3, SB4)', () => {
    expect(scanned('Tittel\r\nIngress her\nTekst')).toEqual(['Tittel\r\n', 'Ingress her\n', 'Tekst']);
  });

  it('gives spans into the whole text for a chunk inside it', () => {
    const text = 'Skip this. Take this. And this.';
    expect(scanSentences(text, 11, text.length)).toEqual([{ start: 11, end: 22 }, { start: 22, end: 31 }]);
  });
});

describe('segmentChunk: characters the scanner leaves to Intl.Segmenter', () => {
  it.each([
    ['an emoji', 'Hun smilte 😀. Så gikk hun.'],
    ['a combining accent', 'He met Jose\u0301. Then he left.'],
    ['a soft hyphen', 'Det var ein demon\u00adstrasjon. Ho kom.'],
    ['Chinese', 'He said 你好. Then he left.'],
  ])('%s', (_name, text) => {
    expect(scanSentences(text, 0, text.length)).toBeNull();
    const fromSegmenter = segmenterPieces(text, whole(text), 'en').map((s) => text.slice(s.start, s.end).trim());
    expect(fromSegmenter).toHaveLength(2);
    expect(slices(text, segmentChunk(text, whole(text), 'en'))).toEqual(fromSegmenter);
  });
});
