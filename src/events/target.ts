// Whom the act is done to: a named person, a group from groups.tsv, or a
// personal pronoun resolved to the last person named in the article. Active
// sentences put the target after the trigger ("detained his father"),
// passives before it ("Uyghurs have been arrested"): the nearest after the
// trigger within a few words wins, else the nearest before it.
import type { Mention } from '../types.js';
import type { CompiledGrammar } from './grammar.js';
import { followedBySpeech, speechBefore, wordsBetween, type SentenceView } from './sentence-view.js';

export interface TargetCandidate {
  start: number;
  end: number;
  name: string;
  type: 'person' | 'group';
  /** A generic word ("people", "mennesker"): taken only when nothing better is near. */
  weak: boolean;
  /** Tied to a place ("a woman in Oslo"): particular enough for a weak trigger, though still generic when ranking. */
  placed?: boolean;
}

const AFTER_WINDOW = 7;
/** Words between an act and a group that is surely its target. */
const CLOSE = 3;

export function targetCandidates(text: string, v: SentenceView, persons: Mention[], g: CompiledGrammar, lastPerson: () => string | null, lastGroup: () => string | null): TargetCandidate[] {
  const out: TargetCandidate[] = [];
  let speaker: string | null = null;
  for (const p of persons) {
    // the speaker of a quote is not the one acted on ("..., said Jane Doe", "sier Kari")
    if (speechBefore(v, p.start, g)) {
      speaker = p.text;
      continue;
    }
    // "Doe's spying": the possessor of an act noun is its doer, not the one acted on
    // (the possessor of a home or a school, "Khan's residence", is)
    if (/^['’]s?\b/.test(text.slice(p.end, p.end + 2))) {
      const next = v.tokens[v.wordAt(p.end + 2)];
      if (next && v.mentions.some((m) => m.kind === 'trigger' && m.start === next.start)) continue;
    }
    out.push({ start: p.start, end: p.end, name: p.text, type: 'person', weak: false });
  }
  for (const m of v.mentions) {
    if (m.kind !== 'group') continue;
    // "Relatives say he was beaten": the group that speaks is the source
    if (followedBySpeech(v, m.end, 1, g)) continue;
    // a generic word written with a capital mid-sentence is part of a name ("People's Party")
    if (m.attrs.weak === 'yes' && m.start > v.sentence.start && /^\p{Lu}/u.test(m.text)) continue;
    // "people" is weak, "300 people", "hundreds of people" or "12 Hong Kong citizens" is a particular group
    const k = v.wordAt(m.start);
    const quantified = v.tokens.slice(Math.max(0, k - 4), k).some((t) => /^\p{N}/u.test(t.key) || g.quantities.has(t.key));
    // "a woman in Oslo", "people in Xinjiang": a group tied to a place is particular (docs/ANNOTATION.md)
    const after = v.tokens[v.wordAt(m.end)];
    const placed = !!after && g.locative.has(after.key) && v.mentions.some((p) => p.kind === 'place' && p.start >= after.end && wordsBetween(v, after.end, p.start) <= 1);
    out.push({ start: m.start, end: m.end, name: m.text, type: 'group', weak: m.attrs.weak === 'yes' && !quantified, placed });
  }
  mergeNounPhrases(text, v, out);
  for (const m of v.mentions) {
    // a nationality standing as a noun is a group of people: "Turks in Germany", "tyrkarar i utlandet"
    if (m.kind !== 'demonym' || out.some((o) => o.start < m.end && o.end > m.start)) continue;
    const next = v.tokens[v.wordAt(m.end)];
    const gap = next ? text.slice(m.end, next.start) : '';
    const nounUse = !next || /[,;:.!?)]/.test(gap) || g.locative.has(next.key) || g.destination.has(next.key) || g.origin.has(next.key) || g.coordination.has(next.key) || g.agent.has(next.key);
    if (nounUse && /s$|er$|ar$|ere$|arar$|erne$|arane$/i.test(m.text)) out.push({ start: m.start, end: m.end, name: m.text, type: 'group', weak: false });
  }
  for (const t of v.tokens) {
    if (!g.pronounsPerson.has(t.key)) continue;
    if (out.some((o) => o.start < t.end && o.end > t.start)) continue;
    // "me" in a quote is its speaker: "...took pictures of me, says Jane Doe"
    const who = g.firstPerson.has(t.key) && speaker ? speaker : lastPerson();
    if (who) out.push({ start: t.start, end: t.end, name: who, type: 'person', weak: false });
  }
  for (const t of v.tokens) {
    if (!g.groupPronouns.has(t.key) || out.some((o) => o.start < t.end && o.end > t.start)) continue;
    const group = lastGroup();
    if (group) out.push({ start: t.start, end: t.end, name: group, type: 'group', weak: false });
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * Group words of one noun phrase are one target: "Kazakh opposition activist",
 * "Uyghur human rights defenders", "eritreiske flyktninger" (at most one
 * other word between, no punctuation).
 */
function mergeNounPhrases(text: string, v: SentenceView, out: TargetCandidate[]): void {
  out.sort((a, b) => a.start - b.start);
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i], b = out[i + 1];
    if (a.type !== 'group' || b.type !== 'group' || b.start < a.end) continue;
    const gap = text.slice(a.end, b.start);
    if (!/^ (?:[\p{Ll}-]+ )?$/u.test(gap) || wordsBetween(v, a.end, b.start) > 1) continue;
    out.splice(i, 2, { start: a.start, end: b.end, name: text.slice(a.start, b.end), type: 'group', weak: a.weak && b.weak });
    i--;
  }
}

/** Whether the trigger is a passive participle ("was arrested", "ble arrestert", "har blitt fengslet"). */
export function isPassive(v: SentenceView, trigger: Mention, g: CompiledGrammar): boolean {
  const i = v.wordAt(trigger.start);
  for (let k = Math.max(0, i - 3); k < i; k++) if (g.passive.has(v.tokens[k].key)) return true;
  // "was held for weeks and beaten": a participle joined by "and" shares the auxiliary before it
  if (i > 0 && g.coordination.has(v.tokens[i - 1].key)) {
    for (let k = i - 2; k >= 0 && i - k <= 8; k--) {
      if (/[,;:.!?]/.test(v.text.slice(v.tokens[k].end, v.tokens[k + 1].start))) break;
      if (g.passive.has(v.tokens[k].key)) return true;
    }
  }
  // a trigger that holds its auxiliary: "been followed", "been returned to"
  return v.wordAt(trigger.end) - i > 1 && g.passive.has(v.tokens[i]?.key ?? '');
}

export function targetFor(v: SentenceView, cands: TargetCandidate[], trigger: Mention, exclude: { start: number; end: number } | null, g: CompiledGrammar): TargetCandidate | null {
  const passive = isPassive(v, trigger, g);
  // in the passive, the one after "by"/"av" does the act ("was followed by men", "ble truet av ukjente");
  // elsewhere "av" is "of" ("bilder av meg"), and "from" also marks origins
  const agentWord = (c: TargetCandidate) => {
    // step over "two", "the", "several": "truet av to menn", "followed by the two men"
    let k = v.wordAt(c.start) - 1;
    for (let n = 0; n < 2 && k > 0 && (g.quantities.has(v.tokens[k].key) || g.determiners.has(v.tokens[k].key) || /^\p{N}/u.test(v.tokens[k].key)); n++) k--;
    const w = v.tokens[k]?.key ?? '';
    return passive && c.start >= trigger.end && g.agent.has(w) && w !== 'from' && w !== 'fra'; // keys are folded: frå is fra
  };
  const ok = cands.filter((c) => (!exclude || c.end <= exclude.start || c.start >= exclude.end) && !agentWord(c));
  const after = ok.filter((c) => c.start >= trigger.end && wordsBetween(v, trigger.end, c.start) <= AFTER_WINDOW);
  // in the active voice a subject pronoun before the act is its doer: "he is raiding homes"
  let before = ok.filter((c) => c.end <= trigger.start && (passive || !g.subjectPronouns.has(v.tokens[v.wordAt(c.start)]?.key ?? ''))).reverse();
  // "a blogger who wrote from exile in Turkey was sentenced": the head before "who" is the subject, not the words of its clause
  const ti = v.wordAt(trigger.start);
  let rel = -1;
  for (let k = ti - 1; k > 0 && ti - k <= 15; k--) if (g.relativePronouns.has(v.tokens[k].key)) { rel = k; break; }
  if (rel > 0) {
    const relStart = v.tokens[rel].start;
    const head = before.find((c) => c.end <= relStart && wordsBetween(v, c.end, relStart) <= 1);
    if (head && !v.mentions.some((m) => m.kind === 'trigger' && m.start >= relStart && m.end <= trigger.start)) before = [head, ...before.filter((c) => c !== head && c.end <= relStart)];
  }
  // "the family of a student was questioned", "sentenced the brother of a dissident to prison":
  // the head before "of" is the one acted on
  if (before.length > 1) {
    // "of" up to four words before it: "the brother of a London-based dissident"
    const k = v.wordAt(before[0].start);
    let j = k - 1;
    while (j > 0 && k - j <= 4 && !g.of.has(v.tokens[j].key) && !/[,;:.!?]/.test(v.text.slice(v.tokens[j].end, v.tokens[j + 1].start))) j--;
    if (j > 0 && k - j <= 4 && g.of.has(v.tokens[j].key)) {
      const head = before.find((c) => c !== before[0] && c.end <= v.tokens[j].start && wordsBetween(v, c.end, v.tokens[j].start) === 0);
      if (head) before = [head, ...before.filter((c) => c !== head)];
    }
  }
  const near = (c: TargetCandidate) => (c.start >= trigger.end ? wordsBetween(v, trigger.end, c.start) : wordsBetween(v, c.end, trigger.start)) <= CLOSE;
  // a particular group right next to the act is its target ("12 citizens who were arrested"), else a person near it
  const pick = (xs: TargetCandidate[]) => (xs[0]?.type === 'group' && !xs[0].weak && near(xs[0]) ? xs[0] : undefined) ?? xs.slice(0, 2).find((c) => c.type === 'person') ?? xs.find((c) => !c.weak) ?? xs[0];
  const sides = passive ? [before, after] : [after, before];
  for (const side of sides) if (side.length) return pick(side);
  return ok.find((c) => c.start < trigger.end && c.end > trigger.start) ?? null;
}
