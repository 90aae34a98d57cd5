import { describe, expect, it } from 'vitest';
import { classifyText } from '../../src/language/classify.js';
import { detectLanguages } from '../../src/language/index.js';
import { nynorskMarkers } from '../../src/language/norwegian-standard.js';
import { textStats } from '../../src/language/text-stats.js';
import { makeArticle } from './make-article.js';
import { BOKMAL, ENGLISH, NYNORSK } from './texts.js';

// franc runs on a paragraph only where its answer can change what is done
// with it; elsewhere the paragraph reports the code of its language.
const paragraphs = (text: string) => {
  const article = detectLanguages(makeArticle(text));
  return article.paragraphs!.map((p) => ({ text: text.slice(p.start, p.end), lang: p.lang, detected: p.detected }));
};

describe('paragraph codes', () => {
  it.each([
    ['English', ENGLISH, 'en', 'eng'],
    ['Bokmål', BOKMAL, 'nb', 'nob'],
    ['Nynorsk', NYNORSK, 'nn', 'nno'],
  ])('gives a %s headline the code of the language it takes from the text', (_name, text, lang, code) => {
    expect(paragraphs(text)[0]).toMatchObject({ lang, detected: code });
  });

  it('names the language franc finds in a short line that is skipped', () => {
    const text = `${ENGLISH}\n\nВладимир Путин и Си Цзиньпин`;
    const last = paragraphs(text).at(-1)!;
    expect(last.lang).toBeNull();
    expect(['rus', 'ukr']).toContain(last.detected);
    const article = detectLanguages(makeArticle(text));
    expect(article.diagnostics.find((d) => d.code === 'mixed-language')?.message).toContain(last.detected);
  });

  // Written for these tests: names and one function word, under 100 letters.
  // The code is the one the function words imply, as for paragraphs they
  // decide alone: Bokmål unless Nynorsk markers outnumber Bokmål ones.
  it.each([
    ['English', ENGLISH, 'Xi Jinping, Vladimir Putin and Recep Tayyip Erdogan in Beijing', 'en', 'eng'],
    ['Bokmål', BOKMAL, 'Xi Jinping, Vladimir Putin og Recep Tayyip Erdogan i Beijing', 'nb', 'nob'],
    ['Nynorsk', NYNORSK, 'Xi Jinping, Vladimir Putin og Recep Tayyip Erdogan i Beijing', 'nn', 'nob'],
  ])('keeps a short %s list of names in the document language without franc', (_name, text, line, lang, code) => {
    const found = paragraphs(`${text}\n\n${line}`).at(-1)!;
    expect(found).toMatchObject({ text: line, lang, detected: code });
  });
});

describe('classifyText', () => {
  const stats = (text: string) => textStats(text, nynorskMarkers());

  it('leaves the document language only on franc’s evidence, for text long enough', () => {
    const german =
      'Die Polizei hat am Dienstag mehrere Wohnungen durchsucht und zwei Männer festgenommen, teilte die Staatsanwaltschaft mit.';
    expect(classifyText(german, stats(german), 'en')).toEqual({ family: 'other', detected: 'deu' });
  });

  it('keeps short text holding a word of the document language in it', () => {
    const line = 'Xi Jinping, Vladimir Putin and Recep Tayyip Erdogan';
    expect(classifyText(line, stats(line), 'en')).toEqual({ family: 'en', detected: 'eng' });
    expect(classifyText(line, stats(line), 'no').family).not.toBe('no'); // no Norwegian word in it
  });
});
