// Where the act happened: place mentions in the sentence that the grammar
// puts at the act ("in Antwerp", "i Minsk"); a destination ("deported to
// China") or an origin ("fled from China") is not the place, nor is a name
// without a preposition (the subject "Beijing says", "the Washington-based
// group", "The New York Times").
import type { Mention } from '../types.js';
import type { CompiledGrammar } from './grammar.js';
import { prepositionBefore, wordsBetween, type SentenceView } from './sentence-view.js';

const RANK: Record<string, number> = { city: 3, region: 2, country: 1 };

export function placeCandidates(v: SentenceView, g: CompiledGrammar): Mention[] {
  return v.mentions.filter((m) => {
    if (m.kind !== 'place') return false;
    return g.locative.has(prepositionBefore(v, m.start, g.determiners));
  });
}

export function placeFor(v: SentenceView, cands: Mention[], trigger: Mention, passive = false): Mention | null {
  if (!cands.length) return null;
  // in the passive a place before the act describes its subject ("a student in Paris was
  // questioned by officers in Alexandria"): a place after the act, if any, is where it happened
  if (passive) {
    const after = cands.filter((m) => m.start >= trigger.end && wordsBetween(v, trigger.end, m.start) <= 8);
    if (after.length && cands.some((m) => m.end <= trigger.start)) cands = after;
  }
  const dist = (m: Mention) => (m.start >= trigger.end ? wordsBetween(v, trigger.end, m.start) : wordsBetween(v, m.end, trigger.start));
  return [...cands].sort((a, b) => (RANK[b.attrs.precision] ?? 0) - (RANK[a.attrs.precision] ?? 0) || dist(a) - dist(b))[0];
}
