// The gazetteer stage: every sentence's words looked up in the compiled trie.
// Within one kind (place, actor, trigger...) the leftmost longest match wins;
// different kinds may overlap ("Beijing" is a place and, as a metonym, an actor).
import type { Article, Lang, Mention } from '../types.js';
import type { GazEntry, Gazetteer } from './load.js';
import { tokenize } from './tokenize.js';

// Norwegian rows match in any Norwegian sentence: detection often confuses
// Bokmål and Nynorsk, and a form of one standard rarely means something else
// in the other. The nb/nn label documents the form's standard.
const NORWEGIAN = new Set(['no', 'nb', 'nn']);
function langOk(entryLang: string, lang: Lang): boolean {
  return entryLang === '*' || entryLang === lang || (lang !== 'en' && NORWEGIAN.has(entryLang));
}

function isCapitalised(c: string): boolean {
  return c !== c.toLowerCase();
}

interface Candidate {
  entry: GazEntry;
  start: number;
  end: number;
}

export function matchSentence(text: string, start: number, end: number, lang: Lang, gaz: Gazetteer, sentence: number): Mention[] {
  const tokens = tokenize(text, start, end);
  const byKind = new Map<string, Candidate[]>();
  // One callback per sentence (not per word: this loop runs for every word of
  // the corpus); `capital` is worked out only when a place matches.
  let i = 0;
  let capital = -1;
  const found = (entry: GazEntry, last: number) => {
    if (!langOk(entry.lang, lang)) return;
    if (entry.kind === 'place') {
      // place names are proper nouns: "date", "split" or "moss" in lower case are words
      if (capital < 0) capital = isCapitalised(text.charAt(tokens[i].start)) ? 1 : 0;
      if (capital === 0) return;
    }
    let list = byKind.get(entry.kind);
    if (!list) byKind.set(entry.kind, (list = []));
    list.push({ entry, start: tokens[i].start, end: tokens[last].end });
  };
  for (; i < tokens.length; i++) {
    if (tokens[i].clitic) continue;
    capital = -1;
    gaz.trie.matchAt(tokens, i, found);
  }
  const out: Mention[] = [];
  for (const list of byKind.values()) {
    list.sort((a, b) => a.start - b.start || b.end - a.end);
    let reach = -1;
    for (const c of list) {
      if (c.start < reach) continue;
      reach = c.end;
      out.push({
        kind: c.entry.kind,
        start: c.start,
        end: c.end,
        text: text.slice(c.start, c.end),
        value: c.entry.value,
        attrs: c.entry.attrs,
        origin: c.entry.origin,
        sentence,
      });
    }
  }
  // kinds are lower-case ASCII words: code-unit order is alphabetical (and far cheaper than localeCompare)
  return out.sort((a, b) => a.start - b.start || b.end - a.end || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
}

export function matchGazetteer(article: Article, gaz: Gazetteer): Article {
  const mentions: Mention[] = [];
  (article.sentences ?? []).forEach((s, i) => {
    for (const m of matchSentence(article.text, s.start, s.end, s.lang, gaz, i)) mentions.push(m);
  });
  return { ...article, mentions };
}
