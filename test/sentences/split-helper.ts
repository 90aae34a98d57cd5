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
  // Collected and asserted once: an expect() per sentence is slow on 50,000 sentences.
  const problems: string[] = [];
  let previousEnd = 0;
  for (const [i, s] of article.sentences!.entries()) {
    const paragraph = article.paragraphs![s.paragraph];
    const slice = article.text.slice(s.start, s.end);
    if (s.start < previousEnd) problems.push(`${i}: overlaps or is out of order`);
    if (s.end <= s.start) problems.push(`${i}: empty`);
    if (!paragraph || s.start < paragraph.start || s.end > paragraph.end) problems.push(`${i}: outside its paragraph`);
    else if (s.lang !== paragraph.lang) problems.push(`${i}: language differs from its paragraph`);
    if (slice !== slice.trim()) problems.push(`${i}: not trimmed`);
    previousEnd = s.end;
    if (problems.length > 5) break;
  }
  expect(problems).toEqual([]);
}
