import { describe, expect, it } from 'vitest';
import { fillShortParagraphs, type Route } from '../../src/language/short-paragraphs.js';

const fill = (decided: Array<Route | undefined>, documentRoute: Route = 'no', texts?: string[]) =>
  fillShortParagraphs(decided, texts ?? decided.map(() => 'Kort linje'), documentRoute);

describe('fillShortParagraphs', () => {
  it('keeps the routes of long paragraphs', () => {
    expect(fill(['en', 'no', 'skip'])).toEqual(['en', 'no', 'skip']);
  });

  it('gives a headline the language of the text below it', () => {
    expect(fill([undefined, undefined, 'en', 'en'], 'no')).toEqual(['en', 'en', 'en', 'en']);
  });

  it('gives a line between two paragraphs of one language that language', () => {
    expect(fill(['no', 'en', undefined, 'en', 'no'], 'no')).toEqual(['no', 'en', 'en', 'en', 'no']);
  });

  it('gives the lines after the last long paragraph its language (a letter signature)', () => {
    expect(fill(['no', 'en', undefined, undefined], 'no')).toEqual(['no', 'en', 'en', 'en']);
  });

  it('lets a line ending in a comma open the text that follows', () => {
    const texts = ['Lang tekst', 'Dear Sir,', 'Long text'];
    expect(fill(['no', undefined, 'en'], 'no', texts)).toEqual(['no', 'en', 'en']);
  });

  it('uses the document language when there is nothing to go by', () => {
    expect(fill([undefined, undefined], 'en')).toEqual(['en', 'en']);
    expect(fill(['skip', undefined, 'en'], 'no')).toEqual(['skip', 'no', 'en']);
  });
});
