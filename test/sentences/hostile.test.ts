import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/sentences/index.js';
import { MAX_SENTENCE } from '../../src/sentences/merge.js';
import { expectSoundSpans, withParagraphs } from './split-helper.js';

// Inputs built to break a splitter: one paragraph of a megabyte with no blank
// line. They must finish with sound spans. The generous timeout only catches
// quadratic blow-ups (minutes), not a slow or busy machine.
const MB = 1_000_000;

function run(text: string) {
  const article = splitSentences(withParagraphs(text, 'en'));
  expectSoundSpans(article);
  return article.sentences!;
}

describe('hostile paragraphs of 1 MB', { timeout: 60_000 }, () => {
  it('repeated punctuation', () => {
    const text = '!?.…'.repeat(MB / 4) + ' end.';
    const sentences = run(text);
    // Punctuation alone is no sentence; the one word at the end is kept.
    expect(sentences).toHaveLength(1);
    expect(text.slice(sentences[0].start, sentences[0].end)).toMatch(/end\.$/);
  });

  it('one token without spaces', () => {
    const sentences = run('x'.repeat(MB));
    expect(sentences.length).toBeGreaterThan(1); // cut, not one megabyte-long sentence
    expect(sentences.reduce((n, s) => n + s.end - s.start, 0)).toBe(MB);
  });

  it('a lowercase token glued to full stops and capitals', () => {
    const sentences = run(('a'.repeat(5000) + '.Ab ').repeat(MB / 5004));
    expect(sentences.length).toBeGreaterThan(1);
  });

  it('initials, abbreviations and ordinals without end', () => {
    const sentences = run('Mr. J. K. 25. Feb. e.g. U.S. '.repeat(MB / 29));
    expect(sentences.length).toBeGreaterThan(MB / 29); // split at least once per repetition
  });

  it('ordinary sentences on one line', () => {
    const sentence = 'The police questioned his parents again on Monday. ';
    const sentences = run(sentence.repeat(Math.ceil(MB / sentence.length)));
    expect(sentences.length).toBe(Math.ceil(MB / sentence.length));
  });

  it('many short lines', () => {
    const lines = Math.floor(MB / 17);
    expect(run('Line without end\n'.repeat(lines))).toHaveLength(lines);
  });

  it('a run of abbreviations that would join without end', () => {
    const sentences = run('Mr. '.repeat(MB / 4));
    expect(Math.max(...sentences.map((s) => s.end - s.start))).toBeLessThanOrEqual(MAX_SENTENCE);
  });
});
