// The state an article is about, for acts whose sentence names no actor:
// the state of the doers of its acts, else the state it names most.
import type { Mention } from '../types.js';
import type { ActorCandidate } from './actors.js';
import { grammarFor } from './grammar.js';
import { followedBySpeech, phraseEndsAt, type SentenceView } from './sentence-view.js';

/** Counts the states of actors (an organ twice, a country named as subject once) and names the most counted. */
class StateTally {
  private readonly score = new Map<string, { n: number; first: ActorCandidate }>();
  add(a: ActorCandidate): void {
    if (!a.country) return;
    const s = this.score.get(a.country) ?? { n: 0, first: a };
    s.n += a.strength === 3 ? 2 : 1;
    this.score.set(a.country, s);
  }
  best(): ActorCandidate | null {
    let best: { n: number; first: ActorCandidate } | null = null;
    for (const s of this.score.values()) if (!best || s.n > best.n) best = s;
    return best?.first ?? null;
  }
}

/** The state the article names most, by its organs and as a subject. */
export function dominantState(views: SentenceView[], perSentence: ActorCandidate[][]): ActorCandidate | null {
  const tally = new StateTally();
  for (const v of views)
    for (const a of perSentence[v.index]) {
      if (!a.country || a.strength < 2 || a.type === 'host-agency') continue;
      // an organ that reports or investigates ("Tysk politi etterforsker", "police said") is not what the article is about
      if (followedBySpeech(v, a.end, 2, grammarFor(v.lang))) continue;
      tally.add(a);
    }
  return tally.best();
}

/**
 * The state the article's acts are told of: the state of the actors that
 * stand as doers of acts in their own sentences. An organ that only
 * investigates, receives reports or comments (a host country's police) does
 * not make the article about its state. `reported` and `doerOf` are the event
 * stage's own judgements (memoised there, so no trigger is judged twice).
 */
export function actingState(views: SentenceView[], reported: (v: SentenceView, trig: Mention) => boolean, doerOf: (v: SentenceView, trig: Mention) => ActorCandidate | null): ActorCandidate | null {
  const tally = new StateTally();
  for (const v of views) {
    const g = grammarFor(v.lang);
    for (const trig of v.mentions) {
      if (trig.kind !== 'trigger') continue;
      // a back-reference ("investigating the killing") or an act not reported names no doer
      if (phraseEndsAt(v, v.wordAt(trig.start), g.afterwards) || !reported(v, trig)) continue;
      const a = doerOf(v, trig);
      if (a && a.type !== 'host-agency') tally.add(a);
    }
  }
  return tally.best();
}
