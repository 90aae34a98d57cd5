import { describe, expect, it } from 'vitest';
import { chunkSpan, MAX_CHUNK } from '../../src/sentences/chunks.js';

const pieces = (text: string, max?: number) => chunkSpan(text, 0, text.length, max).map((c) => text.slice(c.start, c.end));

describe('chunkSpan', () => {
  it('leaves a short paragraph whole', () => {
    expect(chunkSpan('Short text.', 0, 11)).toEqual([{ start: 0, end: 11 }]);
  });

  it('covers the paragraph exactly, with every chunk at most the limit', () => {
    const text = 'Word after word goes on. '.repeat(2000);
    const chunks = chunkSpan(text, 0, text.length);
    expect(chunks[0].start).toBe(0);
    expect(chunks.at(-1)!.end).toBe(text.length);
    for (let i = 0; i < chunks.length; i++) {
      expect(chunks[i].end - chunks[i].start).toBeLessThanOrEqual(MAX_CHUNK);
      if (i > 0) expect(chunks[i].start).toBe(chunks[i - 1].end);
    }
  });

  it('prefers a line break, then a full stop, then a space', () => {
    expect(pieces('aaaa bbbb cc.\ndd. eeee ffff', 20)).toEqual(['aaaa bbbb cc.\n', 'dd. eeee ffff']);
    expect(pieces('aaaa bbbb cc. dd eeee ffff', 20)).toEqual(['aaaa bbbb cc. ', 'dd eeee ffff']);
    expect(pieces('aaaa bbbb cccc dddd eeee', 20)).toEqual(['aaaa bbbb cccc dddd ', 'eeee']);
  });

  it('cuts a token longer than the limit without splitting a surrogate pair', () => {
    const text = '😀'.repeat(30); // 60 UTF-16 units
    const chunks = pieces(text, 25);
    expect(chunks.join('')).toBe(text);
    for (const chunk of chunks) expect(chunk).toBe([...chunk].join('')); // no lone surrogates
    expect(chunks.every((c) => !/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]$/.test(c))).toBe(true);
  });
});
