// The tokenizer finds words through the interned word table (words.ts)
// rather than cutting and folding each one: for any text and span it must
// give exactly the words, offsets, keys and clitic flags of the plain
// scanner it replaced, kept here as the reference.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldKey } from '../../src/gazetteer/fold.js';
import { tokenize } from '../../src/gazetteer/tokenize.js';
import { wordGeneration, wordKey } from '../../src/gazetteer/words.js';

// ---- the reference: one substring and one foldKey per word ----

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

function wordCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff) return WORD_CHAR.test(text.slice(i, i + 2)) ? 2 : 0;
  return WORD_CHAR.test(String.fromCharCode(c)) ? 1 : 0;
}

function reference(text: string, start: number, end: number) {
  const out: { start: number; end: number; key: string; clitic: boolean }[] = [];
  let i = start;
  while (i < end) {
    let n = wordCharAt(text, i);
    if (n === 0) {
      i++;
      continue;
    }
    const s = i;
    i += n;
    while (i < end && (n = wordCharAt(text, i)) !== 0) i += n;
    if (i > end) i = end;
    const word = text.slice(s, i);
    const prev = text.charCodeAt(s - 1);
    const clitic = i - s === 1 && (word === 's' || word === 'S') && (prev === 0x27 || prev === 0x2019);
    out.push({ start: s, end: i, key: foldKey(word), clitic });
  }
  return out;
}

const plain = (tokens: ReturnType<typeof tokenize>) => tokens.map(({ start, end, key, clitic }) => ({ start, end, key, clitic }));

// ---- text with everything that makes words hard ----

const PIECES = [
  'a', 'A', 's', 'S', 'the', 'The', 'THE', 'police', 'Police', 'arrested', 'ARRESTED', 'internationally', 'Uyghurs', 'x1', '2020', '٣',
  'Türkiye', 'TÜRKIYE', 'İstanbul', 'ıi', 'Tromsø', 'ÆØÅ', 'æøå', 'straße', 'ΣΟΦΊΑ', 'ﬁnd', 'ǅemal', 'arre\u0301sted', 'T\u0308urkiye',
  '𝐀𝐁', '😀', '\ud835', '\udc00', ' ', '  ', '\u00a0', '\t', '\n', '\r\n', "'", '’', "'s", '’s', '-', '.', ',', '"', '(', ')',
];
const text = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
const textAndSpan = text.chain((t) =>
  fc.tuple(fc.constant(t), fc.nat({ max: t.length }), fc.nat({ max: t.length })).map(([s, a, b]) => ({ text: s, start: Math.min(a, b), end: Math.max(a, b) })),
);

describe('tokenize', () => {
  it('gives the reference scanner words, offsets, keys and clitics for any text', () => {
    fc.assert(
      fc.property(text, (t) => {
        expect(plain(tokenize(t))).toEqual(reference(t, 0, t.length));
      }),
      { numRuns: 2000 },
    );
  });

  it('and for any span of it, astral letters cut at the span end included', () => {
    fc.assert(
      fc.property(textAndSpan, ({ text: t, start, end }) => {
        expect(plain(tokenize(t, start, end))).toEqual(reference(t, start, end));
      }),
      { numRuns: 2000 },
    );
  });

  it('numbers each distinct key once, whichever way it was found', () => {
    const [a, b, c, d] = tokenize('Turkiye TURKIYE Türkiye arrested');
    expect(a.word).toBe(b.word);
    expect(a.word).toBe(c.word); // found by its folded key, not from ASCII text
    expect(wordKey(a.word)).toBe('turkiye');
    expect(d.word).not.toBe(a.word);
    expect(wordKey(d.word)).toBe('arrested');
  });

  it('starts the word table afresh between texts once it is full, and keys stay right', () => {
    const before = wordGeneration();
    // more distinct words than the table keeps (2^17)
    const many = Array.from({ length: 140_000 }, (_, i) => `w${i.toString(36)}`).join(' ');
    expect(tokenize(many).length).toBe(140_000);
    expect(wordGeneration()).toBe(before); // never within a text
    const after = 'Police arrested Türkiye’s journalists';
    expect(plain(tokenize(after))).toEqual(reference(after, 0, after.length));
    expect(wordGeneration()).toBe(before + 1);
    for (const t of tokenize(after)) expect(wordKey(t.word)).toBe(t.key);
  });
});
