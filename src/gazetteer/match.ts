// The gazetteer stage: every sentence's words looked up in the compiled trie.
// Within one kind (place, actor, trigger...) the leftmost longest match wins;
// different kinds may overlap ("Beijing" is a place and, as a metonym, an actor).
import type { Article, Lang, Mention } from '../types.js';
import type { GazEntry, Gazetteer } from './load.js';
import { tokenize } from './tokenize.js';
import { CAPITALISED, EN, NO, isCapitalised, langOk } from './variants.js';

/**
 * Words are visited left to right, so matches arrive in order of their start.
 * That makes "leftmost longest per kind" a single pass: of the matches
 * starting at one word, each kind keeps its longest (the first found among
 * equally long ones), which is taken if it starts at or after where the
 * kind's previous match ended. This is what sorting all matches by start,
 * then longest first (a stable sort), and taking each kind's non-overlapping
 * ones greedily gives, without a candidate object per match or a sort.
 *
 * The one-word matches of a word (most matches) depend only on the word,
 * the sentence's language and whether the word is capitalised: the trie
 * has them worked out per word (variants.ts). Longer matches are walked.
 */
export function matchSentence(text: string, start: number, end: number, lang: Lang, gaz: Gazetteer, sentence: number): Mention[] {
  const out: Mention[] = [];
  matchInto(out, text, start, end, lang, gaz, sentence);
  return out;
}

/** Appends the sentence's mentions to `out`. */
function matchInto(out: Mention[], text: string, start: number, end: number, lang: Lang, gaz: Gazetteer, sentence: number): void {
  const tokens = tokenize(text, start, end);
  const trie = gaz.trie;
  const en = lang === 'en';
  // Per kind seen in this sentence: where its last taken match ends.
  const reachKind: string[] = [];
  const reachEnd: number[] = [];
  // The best match per kind of the current start word: the first `best` slots.
  const bestEntry: GazEntry[] = [];
  const bestEnd: number[] = [];
  let best = 0;
  let i = 0;
  let capital = -1;
  // One callback per sentence (not per word: this loop runs for every word of
  // the corpus), for matches of two words or more.
  const found = (entry: GazEntry, last: number) => {
    if (!langOk(entry.lang, lang)) return;
    if (entry.kind === 'place') {
      if (capital < 0) capital = isCapitalised(text, tokens[i].start) ? 1 : 0;
      if (capital === 0) return;
    }
    const e = tokens[last].end;
    for (let k = 0; k < best; k++) {
      if (bestEntry[k].kind !== entry.kind) continue;
      if (e > bestEnd[k]) {
        bestEntry[k] = entry;
        bestEnd[k] = e;
      }
      return;
    }
    bestEntry[best] = entry;
    bestEnd[best++] = e;
  };
  const singles = trie.singles;
  const lower = en ? EN : NO;
  for (; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.clitic) continue;
    const k = trie.stepOf(t);
    if (k < 0) continue;
    let from = trie.singlesFrom(k, lower);
    let count = trie.singlesCount(k, lower);
    capital = -1;
    const capFrom = trie.singlesFrom(k, lower + CAPITALISED), capCount = trie.singlesCount(k, lower + CAPITALISED);
    if (capFrom !== from || capCount !== count) {
      // the word's lists differ by capitals only when a place is among them
      capital = isCapitalised(text, t.start) ? 1 : 0;
      if (capital === 1) {
        from = capFrom;
        count = capCount;
      }
    }
    for (best = 0; best < count; best++) {
      bestEntry[best] = singles[from + best];
      bestEnd[best] = t.end;
    }
    // longer matches end further, so they replace one-word matches of their kind
    trie.matchLonger(k, tokens, i, found);
    if (best === 0) continue;
    const first = out.length;
    for (let k = 0; k < best; k++) {
      const entry = bestEntry[k];
      let r = 0;
      while (r < reachKind.length && reachKind[r] !== entry.kind) r++; // a handful of kinds: cheaper than indexOf
      if (r === reachKind.length) {
        reachKind.push(entry.kind);
        reachEnd.push(-1);
      }
      if (t.start < reachEnd[r]) continue;
      reachEnd[r] = bestEnd[k];
      out.push({
        kind: entry.kind,
        start: t.start,
        end: bestEnd[k],
        text: text.slice(t.start, bestEnd[k]),
        value: entry.value,
        attrs: entry.attrs,
        origin: entry.origin,
        sentence,
      });
    }
    if (out.length - first > 1) sortFrom(out, first);
  }
}

/**
 * Orders the mentions from `from` on (all with one start) longest first, then
 * by kind: kinds are lower-case ASCII words, so code-unit order is
 * alphabetical. At most one per kind, so an insertion sort.
 */
function sortFrom(out: Mention[], from: number): void {
  for (let a = from + 1; a < out.length; a++) {
    const m = out[a];
    let b = a - 1;
    while (b >= from && (out[b].end < m.end || (out[b].end === m.end && out[b].kind > m.kind))) {
      out[b + 1] = out[b];
      b--;
    }
    out[b + 1] = m;
  }
}

export function matchGazetteer(article: Article, gaz: Gazetteer): Article {
  const mentions: Mention[] = [];
  const sentences = article.sentences ?? [];
  for (let i = 0; i < sentences.length; i++) {
    const s = sentences[i];
    matchInto(mentions, article.text, s.start, s.end, s.lang, gaz, i);
  }
  return { ...article, mentions };
}
