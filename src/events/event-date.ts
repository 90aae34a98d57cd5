// Which of a sentence's dates belongs to an act.
import type { DateMention, Mention } from '../types.js';
import type { CompiledGrammar } from './grammar.js';
import { wordsBetween, type SentenceView } from './sentence-view.js';

/** How far back from a date a relative pronoun makes it the relative clause's. */
const RELATIVE_REACH = 8;

/**
 * The date of the act named at `trigger`: a date opening the sentence dates
 * every act in it; any other date belongs to the act nearest to it in words,
 * and on a tie to the act before it, as adverbials follow their verb
 * ("extradited in September after being detained for two months").
 */
export function dateFor(v: SentenceView, allDates: DateMention[], trigger: Mention, triggers: Mention[], g: CompiledGrammar): DateMention | null {
  const words = (d: { start: number; end: number }, t: { start: number; end: number }) =>
    d.start >= t.end ? wordsBetween(v, t.end, d.start) : wordsBetween(v, d.end, t.start);
  // "he told reporters on Monday that...", "sa mandag at": the date of the telling, not of the act
  const dates = allDates.filter((d) => {
    const k = v.wordAt(d.start);
    if (v.tokens.slice(Math.max(0, k - 3), k).some((t) => g.speech.has(t.key))) return false;
    // "a pilot who defected last year has been found shot dead": the date is the relative clause's
    if (d.end <= trigger.start) {
      for (let r = k - 1; r >= 0 && k - r <= RELATIVE_REACH; r--) {
        if (triggers.some((t) => t.start >= v.tokens[r].start && t.end <= d.start)) break;
        if (g.relativePronouns.has(v.tokens[r].key)) return false;
      }
    }
    return true;
  });
  const first = triggers.reduce((a, t) => (t.start < a.start ? t : a), trigger);
  const own = dates.filter((d) => {
    if (d.end <= first.start) return true;
    // the closest act before the date, unless a comma or semicolon closes its clause first
    const before = triggers.filter((t) => t.end <= d.start && !/[,;:]/.test(v.text.slice(t.end, d.start)));
    if (before.length) return before.reduce((a, t) => (t.end > a.end ? t : a)) === trigger;
    const after = triggers.filter((t) => t.start >= d.end);
    return after.length ? after.reduce((a, t) => (words(d, t) < words(d, a) ? t : a)) === trigger : true;
  });
  if (!own.length) return null;
  return own.sort((a, b) => words(a, trigger) - words(b, trigger))[0];
}
