// Whether a trigger reports an act: cues from cues.tsv in the words before
// it. A negation close before ("was not detained", "ble ikke arrestert") or
// just after in Norwegian word order ("arresterte ham ikke"), and an appeal,
// hypothetical, fear or law earlier in the same clause cancel the event; a
// denial anywhere in the sentence marks it as denied. A few cues follow the
// act they bear on ("this harassment must end", "fengslingen må stanses"):
// their note in cues.tsv starts with "after" (they still apply before an act too).
import type { Mention } from '../types.js';
import type { CompiledGrammar } from './grammar.js';
import type { SentenceView } from './sentence-view.js';

export type Modality = 'asserted' | 'denied' | 'none';

const NEGATION_WINDOW = 4;
const CLAUSE_WINDOW = 8;
/** An appeal governs its whole clause: "urged Riyadh to release the brothers and lift the travel bans". */
const APPEAL_WINDOW = 15;
/** Rights texts list acts at length: "the right to protection from ... arbitrary arrest, detention or exile". */
const LAW_WINDOW = 12;
const CANCELLING = new Set(['hypothetical', 'fear', 'appeal', 'law']);
/** Modal verbs cancel only right before the act: "can be sent", "kan bli pågrepet". */
const MODAL_WINDOW = 3;
/** A cue that follows its act applies only right after it: "the surveillance needs to end". */
const AFTER_WINDOW = 6;
/**
 * A cue that spans the trigger ("face the threat of", "murder weapon") decides
 * its modality; a hypothetical one only if it starts before the trigger
 * ("facing deportation"), as "threats of" starts with its own act.
 */
const SPANNING = new Set(['law', 'nonact', 'fear', 'appeal']);

export function modalityOf(text: string, v: SentenceView, trigger: Mention, g: CompiledGrammar): { modality: Modality; cue: Mention | null } {
  const ti = v.wordAt(trigger.start);
  // a cue inside the trigger's own words belongs to it ("denied a passport",
  // "not allowed to leave"); a cue that spans the trigger still applies
  const cues = v.mentions.filter((m) => m.kind === 'cue' && !(m.start >= trigger.start && m.end <= trigger.end && (m.start > trigger.start || m.end < trigger.end)));
  for (const c of cues) {
    const ci = v.wordAt(c.start);
    if (/^after/.test(c.attrs.note ?? '')) {
      // the act is the subject of the cue: nothing but a few words of its own noun phrase between them
      const j = v.wordAt(trigger.end);
      if (c.start >= trigger.end && ci - j <= AFTER_WINDOW && !/[,;:.!?]/.test(text.slice(trigger.end, c.start)) && !v.tokens.slice(j, ci).some((t) => g.coordination.has(t.key) || g.clauseBreakers.has(t.key))) return { modality: 'none', cue: c };
    }
    if (c.value === 'negation') {
      if ((ci < ti && ti - ci <= NEGATION_WINDOW) || (v.lang !== 'en' && ci > ti && ci - ti <= 2)) return { modality: 'none', cue: c };
    } else if (c.value === 'modal') {
      if (c.end <= trigger.start && ti - ci <= MODAL_WINDOW) return { modality: 'none', cue: c };
    } else if ((SPANNING.has(c.value) || (c.value === 'hypothetical' && c.start < trigger.start)) && c.start <= trigger.start && c.end >= trigger.end) {
      return { modality: 'none', cue: c }; // the cue spans the trigger: "extradition treaty", "murder weapon"
    } else if (CANCELLING.has(c.value) && c.end <= trigger.start && ti - ci <= (c.value === 'law' ? LAW_WINDOW : c.value === 'appeal' ? APPEAL_WINDOW : CLAUSE_WINDOW)) {
      const between = text.slice(c.end, trigger.start);
      const brokenByClause = /[;:.!?]/.test(between) || v.tokens.slice(ci + 1, ti).some((t) => g.clauseBreakers.has(t.key));
      if (!brokenByClause) return { modality: 'none', cue: c };
    }
  }
  // a denial before the act counts only in its clause: "China rejects it, but exiles say they are threatened"
  // a person denying, after the act ("charged with extremism, which he denies"), denies the charge, not the act
  const personDenies = (c: Mention) => {
    const subject = v.tokens[v.wordAt(c.start) - 1]?.key ?? '';
    return c.start >= trigger.end && (g.subjectPronouns.has(subject) || g.pronounsPerson.has(subject));
  };
  const denial = cues.find((c) => c.value === 'denial' && !personDenies(c) && !(c.end <= trigger.start && v.tokens.slice(v.wordAt(c.end), ti).some((t) => g.clauseBreakers.has(t.key))));
  if (denial) return { modality: 'denied', cue: denial };
  return { modality: 'asserted', cue: null };
}
