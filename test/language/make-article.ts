// Builds a minimal Article around a text, as the reader stage would.
import type { Article } from '../../src/types.js';

export function makeArticle(text: string, file = 'test.txt'): Article {
  return { file, path: file, format: 'text', text, title: null, published: null, url: null, diagnostics: [] };
}
