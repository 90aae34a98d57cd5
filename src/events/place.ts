// Where the act happened: place mentions in the sentence that the grammar
// puts at the act ("in Antwerp", "i Minsk"); a destination ("deported to
// China") or an origin ("fled from China") is not the place, nor is a name
// without a preposition (the subject "Beijing says", "the Washington-based
// group", "The New York Times").
import type { Mention } from '../types.js';
import type { ActorCandidate } from './actors.js';
import type { CompiledGrammar } from './grammar.js';
import { phraseEnds, prepositionBefore, wordsBetween, type SentenceView } from './sentence-view.js';

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

/** The state that accuses another of the act: "Swedish authorities accused a Chinese man of spying". */
export function accuserOf(v: SentenceView, actors: ActorCandidate[], trig: Mention, g: CompiledGrammar): { country: string | null } | null {
  const ti = v.wordAt(trig.start);
  for (let k = ti - 1; k >= 0 && ti - k <= 12; k--) {
    if (!g.accusation.has(v.tokens[k].key)) continue;
    const verb = v.tokens[k];
    // "was convicted by a Swedish court of spying": the agent after the verb judges
    const by = v.tokens[k + 1] && g.agent.has(v.tokens[k + 1].key) ? actors.find((a) => a.start >= verb.end && a.end <= trig.start && wordsBetween(v, verb.end, a.start) <= 3 && a.country) : undefined;
    if (by) return by;
    const before = actors.filter((a) => a.end <= verb.start && a.strength >= 2 && wordsBetween(v, a.end, verb.start) <= 2);
    if (before.length) return before[before.length - 1];
    // a capital standing for its state: "Berlin has accused Vietnam of kidnapping"
    const city = v.mentions.filter((m) => m.kind === 'place' && m.end <= verb.start && wordsBetween(v, m.end, verb.start) <= 2 && !g.locative.has(prepositionBefore(v, m.start, g.determiners)) && !g.origin.has(prepositionBefore(v, m.start, g.determiners))).pop();
    return city ? { country: city.value } : null;
  }
  return null;
}

/**
 * Where someone arrived when a local power acted on them: "arrested when he
 * returned to Iran", "pågrepet da han kom hjem til Iran".
 */
export function arrivalPlace(v: SentenceView, g: CompiledGrammar): Mention | null {
  for (const k of phraseEnds(v, g.arrival)) {
    // "have been returned to China" names a deportation, not an arrival
    if (v.mentions.some((m) => m.kind === 'trigger' && m.start < v.tokens[k - 1].end && m.end > v.tokens[k - 1].start)) continue;
    let i = k;
    while (i < v.tokens.length && g.determiners.has(v.tokens[i].key)) i++;
    const at = v.tokens[i];
    const m = at && v.mentions.find((x) => x.kind === 'place' && x.start === at.start);
    if (m) return m;
  }
  return null;
}
