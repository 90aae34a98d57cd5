import { describe, expect, it } from 'vitest';
import { splitParagraphs } from '../../src/language/paragraphs.js';

const texts = (text: string) => splitParagraphs(text).map((s) => text.slice(s.start, s.end));

describe('splitParagraphs', () => {
  it('separates paragraphs at one or more blank lines', () => {
    expect(texts('One.\n\nTwo.\n\n\n\nThree.')).toEqual(['One.', 'Two.', 'Three.']);
  });

  it('keeps single line breaks inside a paragraph', () => {
    expect(texts('Title\nByline\n\nBody line one\nline two.')).toEqual(['Title\nByline', 'Body line one\nline two.']);
  });

  it('treats lines of spaces, tabs and no-break spaces as blank', () => {
    expect(texts('One.\n \t\u00a0\nTwo.')).toEqual(['One.', 'Two.']);
  });

  it('handles CRLF and gives offsets into the original text', () => {
    const text = '  First para\r\nsecond line  \r\n\r\n\tSecond para.\r\n';
    const spans = splitParagraphs(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['First para\r\nsecond line', 'Second para.']);
    expect(spans[0].start).toBe(2);
  });

  it('handles old Mac line ends (CR only)', () => {
    expect(texts('One.\r\rTwo.')).toEqual(['One.', 'Two.']);
  });

  it('yields nothing for empty or blank text', () => {
    expect(splitParagraphs('')).toEqual([]);
    expect(splitParagraphs(' \n\n \r\n')).toEqual([]);
  });

  it('returns ordered, non-overlapping spans without surrounding whitespace', () => {
    const text = '\n\n  a b c  \n\n\n d\ne \n  \n f ';
    const spans = splitParagraphs(text);
    expect(texts(text)).toEqual(['a b c', 'd\ne', 'f']);
    for (let i = 1; i < spans.length; i++) expect(spans[i].start).toBeGreaterThan(spans[i - 1].end);
  });
});
