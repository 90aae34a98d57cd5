import { describe, expect, it } from 'vitest';
import { detectLanguages } from '../../src/language/index.js';
import { makeArticle } from './make-article.js';

// Large inputs must finish with sane output. The timeout only catches
// quadratic blow-ups (minutes), not a slow or busy machine.
describe('large inputs', { timeout: 60_000 }, () => {
  it('a 1 MB paragraph on one line', () => {
    const text = 'The police questioned his parents again on Monday. '.repeat(20_000);
    const article = detectLanguages(makeArticle(text));
    expect(article.language).toBe('en');
    expect(article.paragraphs).toEqual([{ start: 0, end: text.length - 1, lang: 'en', detected: 'eng' }]);
  });

  it('a 1 MB token', () => {
    const article = detectLanguages(makeArticle('x'.repeat(1_000_000)));
    expect(article.paragraphs).toHaveLength(1);
    expect(article.language).toBeNull();
  });

  it('20,000 alternating English and Norwegian paragraphs', () => {
    const pair = 'The police questioned his parents again on Monday and they said so.\n\n' +
      'Politiet avhørte foreldrene hans igjen på mandag, og de sa ikke noe mer.\n\n';
    const article = detectLanguages(makeArticle(pair.repeat(10_000)));
    const langs = article.paragraphs!.map((p) => p.lang);
    expect(langs).toHaveLength(20_000);
    expect(langs.filter((l) => l === 'en')).toHaveLength(10_000);
    expect(langs.filter((l) => l === 'nb')).toHaveLength(10_000);
  });
});
