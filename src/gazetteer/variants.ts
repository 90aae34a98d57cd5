// Which gazetteer rows may match a word depends on the sentence's language
// and, for place names, on whether the word is capitalised. For one-word
// matches that is all it depends on, so the trie works out, once per word,
// the list for each of the four cases (first-steps.ts `Variants`), and the
// matcher only picks one per occurrence.
import type { Lang } from '../types.js';
import type { GazEntry } from './load.js';

// Norwegian rows match in any Norwegian sentence: detection often confuses
// Bokmål and Nynorsk, and a form of one standard rarely means something else
// in the other. The nb/nn label documents the form's standard.
const NORWEGIAN = new Set(['no', 'nb', 'nn']);
export function langOk(entryLang: string, lang: Lang): boolean {
  return entryLang === '*' || entryLang === lang || (lang !== 'en' && NORWEGIAN.has(entryLang));
}

/** Variant numbers: English or Norwegian sentence, plus one when the word is capitalised. */
export const EN = 0;
export const NO = 2;
export const CAPITALISED = 1;
export const VARIANTS = 4;

/** The rows that may match, first per kind (one-word matches all end at the same place: the first found wins). */
function firstPerKind(singles: readonly GazEntry[], lang: Lang, capital: boolean): GazEntry[] {
  const out: GazEntry[] = [];
  for (const e of singles) {
    if (!langOk(e.lang, lang)) continue;
    // place names are proper nouns: "date", "split" or "moss" in lower case are words
    if (e.kind === 'place' && !capital) continue;
    if (!out.some((o) => o.kind === e.kind)) out.push(e);
  }
  return out;
}

/** Any Norwegian standard stands for all: langOk treats nb and nn alike. */
export function singleVariants(singles: readonly GazEntry[]): GazEntry[][] {
  return [firstPerKind(singles, 'en', false), firstPerKind(singles, 'en', true), firstPerKind(singles, 'nb', false), firstPerKind(singles, 'nb', true)];
}

/** Whether the word starting at `at` is capitalised; ASCII without making a string. */
export function isCapitalised(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (c < 0x80) return c >= 0x41 && c <= 0x5a;
  const ch = text.charAt(at);
  return ch !== ch.toLowerCase();
}
