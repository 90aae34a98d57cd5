import { describe, expect, it } from 'vitest';
import { detectLanguages } from '../../src/language/index.js';
import { abbreviations } from '../../src/sentences/abbreviations.js';
import { splitSentences } from '../../src/sentences/index.js';
import { makeArticle } from '../language/make-article.js';
import { ENGLISH, FOREIGN, NORWEGIAN_WITH_ENGLISH_LETTER, NYNORSK } from '../language/texts.js';
import { expectSoundSpans, sentenceTexts, withParagraphs } from './split-helper.js';

describe('splitSentences: the stage', () => {
  it('splits a mixed document in each paragraph’s language', () => {
    const article = splitSentences(detectLanguages(makeArticle(NORWEGIAN_WITH_ENGLISH_LETTER)));
    expectSoundSpans(article);
    const byText = new Map(article.sentences!.map((s) => [article.text.slice(s.start, s.end), s.lang]));
    expect(byText.get('Organisasjonen har derfor sendt et brev til statsministeren.')).toBe('nb');
    expect(byText.get('We hope that you will take this matter seriously and that you will respond to our letter.')).toBe('en');
    expect(byText.get('Yours sincerely,')).toBe('en');
    const paragraphs = article.sentences!.map((s) => s.paragraph);
    expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b));
  });

  it('leaves skipped paragraphs without sentences', () => {
    const article = splitSentences(detectLanguages(makeArticle(FOREIGN[0][1])));
    expect(article.sentences).toEqual([]);
    const text = 'Kept paragraph here.\n\nSkipped paragraph here.';
    const mixed = withParagraphs(text, 'en');
    mixed.paragraphs![1].lang = null;
    expect(sentenceTexts(mixed)).toEqual(['Kept paragraph here.']);
  });

  it('gives an article without paragraphs no sentences', () => {
    expect(splitSentences(makeArticle('Text that never went through the language stage.')).sentences).toEqual([]);
  });

  it('does not change the input article', () => {
    const input = withParagraphs('One sentence. Two sentences.', 'en');
    const frozen = JSON.stringify(input);
    splitSentences(input);
    expect(JSON.stringify(input)).toBe(frozen);
  });
});

describe('splitSentences after detectLanguages', () => {
  it('splits a Nynorsk article, headline included', () => {
    const article = splitSentences(detectLanguages(makeArticle(NYNORSK)));
    expectSoundSpans(article);
    const texts = article.sentences!.map((s) => article.text.slice(s.start, s.end));
    expect(texts[0]).toBe('Journalist i eksil fortel om press mot familien');
    expect(texts.at(-1)).toBe('Ambassaden har ikkje svart på spørsmål frå avisa.');
    expect(texts).toHaveLength(4);
    expect(article.sentences!.every((s) => s.lang === 'nn')).toBe(true);
  });

  it('numbers sentences by the paragraph they are in', () => {
    const article = splitSentences(detectLanguages(makeArticle(ENGLISH)));
    expect(article.sentences!.map((s) => s.paragraph)).toEqual([0, 1, 2, 3, 4]);
  });
});

describe('abbreviations.tsv', () => {
  it('loads abbreviations per language, Norwegian ones for both standards', () => {
    const table = abbreviations();
    expect(table.get('en')!.get('mr.')).toBe('any');
    expect(table.get('nb')!.get('f.eks.')).toBe('any');
    expect(table.get('nn')!.get('f.eks.')).toBe('any');
    expect(table.get('en')!.has('f.eks.')).toBe(false);
    expect(table.get('nb')!.get('osv.')).toBe('lower');
  });
});
