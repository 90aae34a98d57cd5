// Sentence stage: splits every paragraph that the language stage kept into
// sentences, with offsets into the original text. Unicode's sentence rules
// (segment.ts) do the bulk, one chunk of at most 2,000 characters at a time;
// small rule passes repair their known errors for English and Norwegian.
import type { Article, Sentence, Span } from '../types.js';
import { abbreviations } from './abbreviations.js';
import { hasLetterOrDigit } from './characters.js';
import { chunkSpan } from './chunks.js';
import { repairSplits } from './merge.js';
import { segmentChunk } from './segment.js';
import { splitMissedEnds } from './split-rules.js';

export function splitSentences(article: Article): Article {
  abbreviations(); // a bad data file stops the run, not just this article
  try {
    return { ...article, sentences: sentencesOf(article) };
  } catch (error) {
    return {
      ...article,
      sentences: [],
      diagnostics: [
        ...article.diagnostics,
        { level: 'error', code: 'sentences-failed', message: `sentence splitting failed: ${String(error)}`, file: article.file },
      ],
    };
  }
}

function sentencesOf(article: Article): Sentence[] {
  const { text } = article;
  const sentences: Sentence[] = [];
  (article.paragraphs ?? []).forEach((paragraph, index) => {
    const lang = paragraph.lang;
    if (!lang) return;
    const pieces: Span[] = []; // (flatMap cost more than the segmentation)
    for (const chunk of chunkSpan(text, paragraph.start, paragraph.end)) {
      for (const piece of segmentChunk(text, chunk, lang)) pieces.push(piece);
    }
    for (const span of repairSplits(text, pieces, lang)) {
      for (const piece of splitMissedEnds(text, span, lang)) {
        // Separator lines ("* * *", "—") hold no words and are not sentences.
        if (piece.end > piece.start && hasLetterOrDigit(text, piece.start, piece.end)) {
          sentences.push({ start: piece.start, end: piece.end, paragraph: index, lang });
        }
      }
    }
  });
  return sentences;
}
