// Abbreviations whose full stop does not end a sentence, per language, from
// gazetteers/abbreviations.tsv (form, lang, next, note).
import { dataDir, readDataFile } from '../language/data-file.js';
import type { Lang } from '../types.js';
import { OPENING, isSpace } from './characters.js';

/** When a split after the abbreviation is undone: always, before lowercase/digits, or before digits. */
export type NextRule = 'any' | 'lower' | 'digit';

const LANGS = new Set(['en', 'nb', 'nn', 'no', '*']);
const NEXT = new Set(['any', 'lower', 'digit']);
/** No abbreviation is longer; looking further back would cost time on long tokens. */
const MAX_FORM_LENGTH = 24;

let table: Map<Lang, Map<string, NextRule>> | null = null;
let tableDir: string | null = null;

export function abbreviations(): Map<Lang, Map<string, NextRule>> {
  if (table && tableDir === dataDir()) return table;
  const rows = readDataFile('abbreviations.tsv', ['form', 'lang', 'next'], ['note'], (column, value) => {
    if (column === 'lang' && !LANGS.has(value)) return `lang must be en, nb, nn, no or *, not "${value}"`;
    if (column === 'next' && !NEXT.has(value)) return `next must be any, lower or digit, not "${value}"`;
    if (column === 'form' && (!value.endsWith('.') || value.length > MAX_FORM_LENGTH)) {
      return `form must end in "." and be at most ${MAX_FORM_LENGTH} characters`;
    }
    return null;
  });
  const built = new Map<Lang, Map<string, NextRule>>([['en', new Map()], ['nb', new Map()], ['nn', new Map()]]);
  for (const row of rows) {
    const { form, lang, next } = row.cells;
    const targets: Lang[] = lang === '*' ? ['en', 'nb', 'nn'] : lang === 'no' ? ['nb', 'nn'] : [lang as Lang];
    const key = form.toLowerCase().replace(/\s+/g, ' ');
    for (const target of targets) built.get(target)!.set(key, next as NextRule);
  }
  table = built;
  tableDir = dataDir();
  return built;
}

/**
 * The rule of the abbreviation that ends exactly at `end` (one word such as
 * "f.eks.", or two such as "et al."), or null.
 */
export function abbreviationBefore(text: string, start: number, end: number, lang: Lang): NextRule | null {
  const forms = abbreviations().get(lang)!;
  const word = wordBefore(text, start, end);
  if (!word) return null;
  const one = forms.get(stripOpening(word.text).toLowerCase());
  if (one) return one;
  // Lower-casing "<previous> <word>" lower-cases each word alone (the space
  // stops the one context rule, final sigma), so unless `word` ends a two-word
  // form there is nothing more to find. Most stops end here.
  if (!lastWordsOf(forms).has(word.text.toLowerCase())) return null;
  const previous = text[word.start - 1] === ' ' ? wordBefore(text, start, word.start - 1) : null;
  if (!previous) return null;
  return forms.get(`${stripOpening(previous.text)} ${word.text}`.toLowerCase()) ?? null;
}

const lastWords = new WeakMap<Map<string, NextRule>, Set<string>>();

/** The last words of a language's two-word forms ("al." of "et al."). */
function lastWordsOf(forms: Map<string, NextRule>): Set<string> {
  let words = lastWords.get(forms);
  if (!words) {
    words = new Set([...forms.keys()].filter((key) => key.includes(' ')).map((key) => key.slice(key.lastIndexOf(' ') + 1)));
    lastWords.set(forms, words);
  }
  return words;
}

function wordBefore(text: string, start: number, end: number): { text: string; start: number } | null {
  let i = end;
  while (i > start && !isSpace(text[i - 1])) {
    i--;
    if (end - i > MAX_FORM_LENGTH) return null;
  }
  return i < end ? { text: text.slice(i, end), start: i } : null;
}

function stripOpening(word: string): string {
  let i = 0;
  while (i < word.length - 1 && OPENING.has(word[i])) i++;
  return word.slice(i);
}
