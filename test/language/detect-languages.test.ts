import { describe, expect, it } from 'vitest';
import { detectLanguages } from '../../src/language/index.js';
import { makeArticle } from './make-article.js';
import { BOKMAL, DANISH, ENGLISH, FOREIGN, NORWEGIAN_WITH_ENGLISH_LETTER, NYNORSK, SWEDISH, SWEDISH_ARTICLE } from './texts.js';

const langs = (text: string) => (detectLanguages(makeArticle(text)).paragraphs ?? []).map((p) => p.lang);
const codes = (article: ReturnType<typeof detectLanguages>) => article.diagnostics.map((d) => d.code);

describe('detectLanguages: documents in one language', () => {
  it.each([
    ['English', ENGLISH, 'en'],
    ['Bokmål', BOKMAL, 'nb'],
    ['Nynorsk', NYNORSK, 'nn'],
  ])('processes a %s article, every paragraph included', (_name, text, lang) => {
    const article = detectLanguages(makeArticle(text));
    expect(article.language).toBe(lang);
    expect(article.paragraphs!.length).toBeGreaterThan(2);
    expect(article.paragraphs!.every((p) => p.lang === lang)).toBe(true);
    expect(codes(article)).toEqual([]);
  });

  it('gives short headlines and bylines the document language', () => {
    const article = detectLanguages(makeArticle(ENGLISH));
    const first = article.paragraphs![0];
    expect(article.text.slice(first.start, first.end)).toBe('Exiled journalist says relatives were questioned');
    expect(first.lang).toBe('en');
  });

  it('processes Danish as Norwegian (franc confuses the two)', () => {
    const article = detectLanguages(makeArticle(DANISH));
    expect(article.language).toBe('nb');
    expect(codes(article)).toEqual([]);
  });

  it('reports the document code from franc when function words are not decisive', () => {
    expect(detectLanguages(makeArticle(FOREIGN[0][1])).detectedLanguage).toBe('deu');
  });
});

describe('detectLanguages: documents that are skipped', () => {
  it.each(FOREIGN)('skips a %s article and says which language it found', (code, text) => {
    const article = detectLanguages(makeArticle(text));
    expect(article.language).toBeNull();
    expect(article.detectedLanguage).toBe(code);
    expect(article.paragraphs!.every((p) => p.lang === null)).toBe(true);
    const skipped = article.diagnostics.find((d) => d.code === 'skipped-language');
    expect(skipped).toMatchObject({ level: 'info', file: 'test.txt' });
    expect(skipped!.message).toContain(code);
  });

  it.each([
    ['paragraph', SWEDISH],
    ['article', SWEDISH_ARTICLE],
  ])('skips a clearly Swedish %s', (_name, text) => {
    const article = detectLanguages(makeArticle(text));
    expect(article.language).toBeNull();
    expect(article.detectedLanguage).toBe('swe');
    expect(codes(article)).toEqual(['skipped-language']);
  });

  it('skips an empty or wordless document with a diagnostic', () => {
    for (const text of ['', '   \n\n  ', '12 345 — 67']) {
      const article = detectLanguages(makeArticle(text));
      expect(article.language).toBeNull();
      expect(codes(article)).toEqual(['skipped-language']);
    }
  });
});

describe('detectLanguages: mixed documents', () => {
  it('processes a Norwegian article with an English letter paragraph by paragraph', () => {
    const article = detectLanguages(makeArticle(NORWEGIAN_WITH_ENGLISH_LETTER));
    expect(article.language).toBe('nb');
    expect(article.paragraphs!.map((p) => p.lang)).toEqual(['nb', 'nb', 'nb', 'nb', 'en', 'en', 'en', 'en', 'en']);
    const mixed = article.diagnostics.find((d) => d.code === 'mixed-language');
    expect(mixed?.level).toBe('info');
    expect(mixed?.message).toContain("nb ×4");
    expect(mixed?.message).toContain("en ×5");
  });

  it('treats a Swedish paragraph inside a Norwegian article as Norwegian', () => {
    expect(langs(`${BOKMAL}\n\n${SWEDISH}`).every((l) => l === 'nb')).toBe(true);
  });

  it('skips a German paragraph inside an English article and processes the rest', () => {
    const article = detectLanguages(makeArticle(`${ENGLISH}\n\n${FOREIGN[0][1]}`));
    const paragraphs = article.paragraphs!;
    expect(paragraphs.at(-1)).toMatchObject({ lang: null, detected: 'deu' });
    expect(paragraphs.slice(0, -1).every((p) => p.lang === 'en')).toBe(true);
    expect(codes(article)).toEqual(['mixed-language']);
  });

  it('tells a Bokmål quote in a Nynorsk article by its own markers', () => {
    const quote = 'Jeg vet ikke hva som skjer med familien min, og jeg er redd for at de ikke får være i fred hjemme.';
    expect(langs(`${NYNORSK}\n\n${quote}`)).toEqual(['nn', 'nn', 'nn', 'nn', 'nb']);
  });
});

describe('detectLanguages: the article value', () => {
  it('does not change the input article and keeps earlier diagnostics', () => {
    const input = makeArticle(ENGLISH);
    input.diagnostics.push({ level: 'warning', code: 'earlier', message: 'from the reader', file: 'test.txt' });
    const frozen = JSON.stringify(input);
    const output = detectLanguages(input);
    expect(JSON.stringify(input)).toBe(frozen);
    expect(output.diagnostics[0].code).toBe('earlier');
    expect(output.text).toBe(input.text);
  });

  it('gives paragraph spans that slice to trimmed, non-empty text', () => {
    const text = `\r\n  ${BOKMAL.replace(/\n/g, '\r\n')}  \r\n`;
    for (const p of detectLanguages(makeArticle(text)).paragraphs!) {
      const slice = text.slice(p.start, p.end);
      expect(slice).toBe(slice.trim());
      expect(slice.length).toBeGreaterThan(0);
    }
  });
});
