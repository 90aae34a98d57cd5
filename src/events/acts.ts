// Which trigger words name an act of their own in their sentence: a scene
// noun, harassment beside another act, a back-reference to an act already
// told, or a sentence punishing a culprit do not (docs/ANNOTATION.md).
import type { EventRecord, Mention } from '../types.js';
import { perpetratorFor, type ActorCandidate } from './actors.js';
import { grammarFor, type CompiledGrammar } from './grammar.js';
import { phraseEnds, phraseEndsAt, wordsBetween, type SentenceView } from './sentence-view.js';
import { tokenize } from '../gazetteer/tokenize.js';

/** Acts a state also does to those who repress for it (arrests, expulsions, prison terms). */
export const AGAINST_CULPRITS = new Set(['DETENTION', 'DEPORTATION']);

/** A word for the perpetrator of an act close around the trigger, where its object or passive subject stands. */
export function culpritsNear(v: SentenceView, trig: Mention, g: CompiledGrammar): { start: number }[] {
  const i = v.wordAt(trig.start), j = v.wordAt(trig.end);
  return v.tokens.slice(Math.max(0, i - 4), i).concat(v.tokens.slice(j, j + 3)).filter((t) => g.culprits.has(t.key));
}

/** Whether only a few words with a coordinating conjunction lie between two offsets. */
export function coordinated(v: SentenceView, from: number, to: number, g: CompiledGrammar): boolean {
  const between = v.tokens.slice(v.wordAt(from), v.wordAt(to));
  return between.length <= 3 && between.some((t) => g.coordination.has(t.key)) && !/[.;:!?]/.test(v.text.slice(from, to));
}

/** How far back a scene noun looks for the act it is the scene of. */
const SETTING_REACH = 8;

/**
 * A trigger noun that is the scene of an act told just before it names no act
 * of its own: "were arrested during the raids", "mistreated in so-called camps",
 * "ble pågrepet under razziaene".
 */
export function inSetting(v: SentenceView, trig: Mention, triggers: Mention[], g: CompiledGrammar): boolean {
  let i = v.wordAt(trig.start) - 1;
  // at most one other modifier among the fillers: "during the police raids"
  for (let other = 0; i >= 0 && !g.settings.has(v.tokens[i].key); i--) if (!g.settingFillers.has(v.tokens[i].key) && ++other > 1) return false;
  if (i < 0) return false;
  const prep = v.tokens[i];
  return triggers.some((o) => o !== trig && o.end <= prep.start && wordsBetween(v, o.end, trig.start) <= SETTING_REACH && !/[;:.!?]/.test(v.text.slice(o.end, prep.start)));
}

/**
 * A trigger noun followed by "in which"/"where"/"der" and another act is the
 * scene of that act: "camps in which detainees were tortured", "leirer der de
 * blir mishandlet".
 */
export function sceneOfLaterAct(v: SentenceView, trig: Mention, triggers: Mention[], g: CompiledGrammar): boolean {
  const j = v.wordAt(trig.end);
  const next = v.tokens.slice(j, j + 2).map((t) => t.key);
  if (!g.sceneRelatives.has(next[0] ?? '') && !g.sceneRelatives.has(next.join(' '))) return false;
  if (/[.;:!?]/.test(v.text.slice(trig.end, v.tokens[j]?.start ?? trig.end))) return false;
  return triggers.some((o) => o.start > trig.end && wordsBetween(v, trig.end, o.start) <= SETTING_REACH);
}

/**
 * Harassment named beside another act ("threatened and harassed", "overvåker
 * og trakasserer") describes that act, not a second one, as does an assault
 * beside a killing ("skutt og drept"); "threats and other harassment" names two.
 */
export function absorbedHarassment(v: SentenceView, trig: Mention, triggers: Mention[], g: CompiledGrammar): boolean {
  const by = ABSORBED_BY[trig.value];
  if (!by) return false;
  if (g.others.has(v.tokens[v.wordAt(trig.start) - 1]?.key ?? '')) return false;
  // a vague word with the act right after it: "targeted by spyware", "targeted with threats"
  if (/^weak/.test(trig.attrs.note ?? '') && triggers.some((o) => o.value !== trig.value && o.start >= trig.end && wordsBetween(v, trig.end, o.start) <= 2 && !/[,;:.!?]/.test(v.text.slice(trig.end, o.start)))) return true;
  return triggers.some((o) => o.value !== trig.value && (by === '*' || by === o.value) && (o.end <= trig.start ? coordinated(v, o.end, trig.start, g) : o.start >= trig.end && coordinated(v, trig.end, o.start, g)));
}
/** Acts that, joined to another by "and"/"og", only describe it: harassment beside any act, an assault beside a killing ("shot and killed"). */
const ABSORBED_BY: Record<string, string> = { HARASSMENT: '*', ASSAULT: 'KILLING' };

/**
 * Whether the sentence convicts or charges someone of an act of repression
 * done for another state than the one judging: "was convicted by a Swedish
 * court of spying for China". The prison term or expulsion that follows
 * falls on the culprit, not on a victim.
 */
export function convictsCulprit(v: SentenceView, actors: ActorCandidate[], triggers: Mention[], g: CompiledGrammar): boolean {
  for (const k of phraseEnds(v, g.conviction)) {
    const from = v.tokens[k - 1].end;
    const act = triggers.find((t) => t.start >= from && !AGAINST_CULPRITS.has(t.value) && wordsBetween(v, from, t.start) <= 8);
    if (!act) continue;
    const actFor = perpetratorFor(v, actors, act, g);
    const judge = actors.find((a) => a.start >= from && a.end <= act.start && a.country) ?? actors.filter((a) => a.end <= from && a.country).pop();
    if (!actFor?.country || !judge?.country || actFor.country !== judge.country) return true;
  }
  return false;
}

/** A back-reference to an act already told: "after the shooting", "etter drapet". */
export function backReference(v: SentenceView, trig: Mention, told: EventRecord[], g: CompiledGrammar): boolean {
  if (!phraseEndsAt(v, v.wordAt(trig.start), g.afterwards)) return false;
  return told.some((e) => e.tactic === trig.value || (VIOLENT.has(e.tactic) && VIOLENT.has(trig.value)));
}
const VIOLENT = new Set(['KILLING', 'ASSAULT']);

/** How many words may stand between a verb of sending and its "back": "sent more than 100 Uyghurs back". */
const PARTICLE_REACH = 6;

/**
 * Returns told with the object between verb and particle ("sent 100 Uyghurs
 * back to China", "sendte over 100 uigurer tilbake"), which a gazetteer
 * pattern of adjacent words cannot match: a DEPORTATION trigger on the verb.
 */
export function splitReturns(v: SentenceView, g: CompiledGrammar): Mention[] {
  const out: Mention[] = [];
  const triggers = v.mentions.filter((m) => m.kind === 'trigger');
  for (let i = 0; i < v.tokens.length; i++) {
    if (!g.returnVerbs.has(v.tokens[i].key)) continue;
    for (let j = i + 1; j < v.tokens.length && j - i <= PARTICLE_REACH; j++) {
      if (/[,;:.!?]/.test(v.text.slice(v.tokens[j - 1].end, v.tokens[j].start))) break;
      if (!g.returnParticles.has(v.tokens[j].key)) continue;
      const from = v.tokens[i].start, to = v.tokens[j].end;
      if (j > i + 1 && !triggers.some((m) => m.start < to && m.end > from)) {
        const verb = v.tokens[i];
        out.push({ kind: 'trigger', start: verb.start, end: verb.end, text: v.text.slice(verb.start, verb.end), value: 'DEPORTATION', attrs: { note: 'split: a verb of sending with "back" after its object' }, origin: 'rule:split-return', sentence: v.index });
      }
      break;
    }
  }
  return out;
}

/** The particles of both languages, for a look at the article's words before its dates are parsed (pipeline/process.ts). */
const PARTICLES = new Set([...grammarFor('en').returnParticles, ...grammarFor('nb').returnParticles]);

/**
 * The sentences that may hold a return told around its object (a particle
 * among their words), so that their dates are parsed too. The words come
 * from the gazetteer stage's scan of each sentence (tokenize keeps them).
 */
export function sentencesWithSplitReturns(text: string, sentences: readonly { start: number; end: number }[]): Set<number> {
  const out = new Set<number>();
  sentences.forEach((s, i) => {
    for (const t of tokenize(text, s.start, s.end)) if (PARTICLES.has(t.key)) return void out.add(i);
  });
  return out;
}
