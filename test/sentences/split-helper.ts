// Runs the sentence stage on a text whose paragraphs all have a given language,
// and checks the invariants every caller depends on.
import { expect } from 'vitest';
import { splitParagraphs } from '../../src/language/paragraphs.js';
import { splitSentences } from '../../src/sentences/index.js';
import type { Article, Lang } from '../../src/types.js';
import { makeArticle } from '../language/make-article.js';

export function withParagraphs(text: string, lang: Lang | null): Article {
  const paragraphs = splitParagraphs(text).map((span) => ({ ...span, lang, detected: 'test' }));
  return { ...makeArticle(text), paragraphs, language: lang };
}

/** Sentence texts of `article` after checking that every span is sound. */
export function sentenceTexts(article: Article): string[] {
  const out = splitSentences(article);
  expectSoundSpans(out);
  return out.sentences!.map((s) => out.text.slice(s.start, s.end));
}

export function split(text: string, lang: Lang): string[] {
  return sentenceTexts(withParagraphs(text, lang));
}

/** Ordered, non-overlapping, trimmed, non-empty, inside their paragraph, in its language. */
export function expectSoundSpans(article: Article): void {
  let previousEnd = 0;
  for (const s of article.sentences!) {
    const paragraph = article.paragraphs![s.paragraph];
    expect(s.start).toBeGreaterThanOrEqual(previousEnd);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.start).toBeGreaterThanOrEqual(paragraph.start);
    expect(s.end).toBeLessThanOrEqual(paragraph.end);
    expect(s.lang).toBe(paragraph.lang);
    const slice = article.text.slice(s.start, s.end);
    expect(slice).toBe(slice.trim());
    previousEnd = s.end;
  }
}
