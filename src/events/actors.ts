// Who acts in a sentence: state organs from actors.tsv with the state they
// belong to, read from the words around them ("Chinese state security",
// "kinesiske myndigheter", "China's embassy", "myndighetene i Minsk"), plus
// countries standing as the subject ("China has imprisoned") and bare
// demonyms ("Chinese pursuers") as weaker evidence.
import type { Mention } from '../types.js';
import type { CompiledGrammar } from './grammar.js';
import { followedBySpeech, phraseEndsAt, prepositionBefore, wordsBetween, type SentenceView } from './sentence-view.js';

export interface ActorCandidate {
  start: number;
  end: number;
  name: string;
  country: string | null;
  type: string;
  /** 3: an organ from actors.tsv, 2: a country as subject, 1: a bare demonym. */
  strength: number;
  /** Mentions this candidate consumed (so they are not also a place or target). */
  used: Mention[];
  /** The text leaves its state unnamed on purpose ("foreign intelligence"): no state is carried to it. */
  unnamed?: boolean;
}

/** Whether a phrase such as "foreign" or "enkelte lands" stands just before word `i` (or one word earlier). */
function unnamedBefore(v: SentenceView, i: number, g: CompiledGrammar): boolean {
  return phraseEndsAt(v, i, g.unnamedStates) || phraseEndsAt(v, i - 1, g.unnamedStates);
}

/** Organs that work abroad: a place after them says where they are, not whose they are. */
const ABROAD = new Set(['embassy', 'consulate', 'agent', 'proxy']);

function isCountry(m: Mention): boolean {
  return m.kind === 'place' && m.attrs.precision === 'country';
}

export function findActors(text: string, v: SentenceView, g: CompiledGrammar): ActorCandidate[] {
  const out: ActorCandidate[] = [];
  const ms = v.mentions;
  const usedDemonyms = new Set<Mention>();
  // an organ word inside a longer name of people is not an organ: "regime critics", "police officers' families"
  const groups = ms.filter((m) => m.kind === 'group');
  for (const a of ms.filter((m) => m.kind === 'actor' && !groups.some((gr) => gr.start <= m.start && gr.end >= m.end && gr.end - gr.start > m.end - m.start))) {
    let country: string | null = a.attrs.country || null;
    let start = a.start;
    const used: Mention[] = [a];
    if (!country) {
      // a demonym or a country's genitive just before: "Chinese police", "Kinas ambassade"
      const before = ms.filter((m) => (m.kind === 'demonym' || isCountry(m)) && m.end <= a.start && wordsBetween(v, m.end, a.start) <= 2);
      const near = before[before.length - 1];
      if (near) {
        country = near.value;
        start = near.start;
        used.push(near);
        if (near.kind === 'demonym') usedDemonyms.add(near);
      }
    }
    // an embassy, consulate or agent "in Oslo" is located there and belongs to another state
    if (!country && !ABROAD.has(a.attrs.type || a.value)) {
      // "the government of China", "myndighetene i Minsk"
      const after = ms.find((m) => m.kind === 'place' && m.start >= a.end && wordsBetween(v, a.end, m.start) === 1 && g.of.has(v.tokens[v.wordAt(a.end)]?.key ?? ''));
      if (after) {
        country = after.value;
        used.push(after);
      }
    }
    // a capital standing for its state is a partner or a comparison after "with"/"like" ("coordinating
    // evictions with Beijing"), and a place after "in"/"to"/"from": "abducted in Moscow" says where, not who
    if ((a.attrs.type || a.value) === 'state') {
      const prep = prepositionBefore(v, start, g.determiners);
      if (g.comparison.has(prep) || g.locative.has(prep) || g.destination.has(prep) || g.origin.has(prep)) continue;
    }
    const unnamed = !country && unnamedBefore(v, v.wordAt(a.start), g);
    out.push({ start, end: a.end, name: text.slice(start, a.end), country, type: a.attrs.type || a.value, strength: 3, used, unnamed });
  }
  for (const p of ms.filter(isCountry)) {
    if (out.some((o) => o.used.includes(p))) continue;
    const prev = prepositionBefore(v, p.start, g.determiners);
    // "on behalf of China", "på oppdrag frå Eritrea": the state an act is done for
    const forState = ms.some((c) => c.kind === 'cue' && c.value === 'agent' && /\s/.test(c.text) && c.end <= p.start && wordsBetween(v, c.end, p.start) <= 1);
    if (!forState && (g.comparison.has(prev) || g.locative.has(prev) || g.destination.has(prev) || g.origin.has(prev) || g.of.has(prev) || g.agent.has(prev))) continue;
    // "in Strasbourg, France": a country in apposition to a place is a place
    const placeBefore = ms.find((m) => m.kind === 'place' && m.attrs.precision !== 'country' && m.end <= p.start && /^,\s*$/.test(text.slice(m.end, p.start)));
    if (placeBefore) continue;
    out.push({ start: p.start, end: p.end, name: p.text, country: p.value, type: 'state', strength: 2, used: [p] });
  }
  for (const d of ms.filter((m) => m.kind === 'demonym' && !usedDemonyms.has(m))) {
    out.push({ start: d.start, end: d.end, name: d.text, country: d.value, type: 'state', strength: 1, used: [d] });
  }
  return out.sort((a, b) => a.start - b.start);
}

/** An organ that says what follows ("Norwegian police say the activist was watched") is its source, not its doer. */
function speaksBefore(v: SentenceView, a: ActorCandidate, trigger: Mention, g: CompiledGrammar): boolean {
  // "..., opplyser partiet hennes", "..., said the ministry": after the act and after a speech verb, the source
  if (a.start >= trigger.end) {
    const i = v.wordAt(a.start);
    return [v.tokens[i - 1], v.tokens[i - 2]].some((t) => t && t.start >= trigger.end && g.speech.has(t.key));
  }
  if (a.end > trigger.start) return false;
  const k = v.wordAt(a.end);
  if (!followedBySpeech(v, a.end, Math.min(2, v.wordAt(trigger.start) - k), g)) return false;
  // "China says it detained him": the organ speaks of its own act
  return !v.tokens.slice(k, v.wordAt(trigger.start)).some((t) => g.selfReference.has(t.key));
}

/** Organs that report repression where exiles live (PST, Säpo): never perpetrators. */
const NOT_PERPETRATOR = new Set(['host-agency']);

/**
 * The perpetrator of the act named at `trigger`, from this sentence alone:
 * a passive agent ("arrested by the police", "arrestert av politiet",
 * "threats from the regime"), the state an act is done for ("spied for
 * China", "spionerte for Kina"), the nearest organ before the trigger, a
 * country as subject, or an organ after it. Null when the sentence names none.
 */
export function perpetratorFor(v: SentenceView, actors: ActorCandidate[], trigger: Mention, g: CompiledGrammar): ActorCandidate | null {
  // an organ something is reported or handed to is its recipient: "reported the threats to the police", "meldt til politiet"
  const usable = actors.filter((a) => a.strength >= 2 && !NOT_PERPETRATOR.has(a.type) && !(a.start >= trigger.end && g.destination.has(prepositionBefore(v, a.start, g.determiners))) && !speaksBefore(v, a, trigger, g));
  const afterTrigger = v.wordAt(trigger.end);
  // "spying for China": the trigger's own last word marks the state it is done for
  if (g.beneficiary.has(v.tokens[afterTrigger - 1]?.key ?? '')) {
    const state = usable.find((a) => a.start >= trigger.end && wordsBetween(v, trigger.end, a.start) <= 2);
    if (state) return state;
  }
  for (let k = afterTrigger; k < Math.min(v.tokens.length, afterTrigger + 4); k++) {
    const w = v.tokens[k].key;
    if (!g.agent.has(w) && !g.beneficiary.has(w)) continue;
    const agent = usable.find((a) => a.start >= v.tokens[k].end && wordsBetween(v, v.tokens[k].end, a.start) <= 3);
    if (agent) return agent;
  }
  // "spied on refugees in Bergen on behalf of Eritrea": a phrase of agency later in the clause names the state
  const agency = v.mentions.find((c) => c.kind === 'cue' && c.value === 'agent' && /\s/.test(c.text) && c.start >= trigger.end && wordsBetween(v, trigger.end, c.start) <= 10 && !/[.;:!?]/.test(v.text.slice(trigger.end, c.start)));
  if (agency) {
    const state = usable.find((a) => a.start >= agency.end && wordsBetween(v, agency.end, a.start) <= 2);
    if (state) return state;
  }
  // "Germany accused Vietnam of kidnapping him": the accuser is not the perpetrator
  const ti = v.wordAt(trigger.start);
  let accusedFrom = -1;
  for (let k = ti - 1; k >= 0; k--) if (g.accusation.has(v.tokens[k].key)) { accusedFrom = v.tokens[k].end; break; }
  if (accusedFrom >= 0) {
    const accused = actors.find((a) => a.start >= accusedFrom && a.end <= trigger.start && !NOT_PERPETRATOR.has(a.type));
    if (accused) return accused;
  }
  const candidates = accusedFrom >= 0 ? usable.filter((a) => a.start >= accusedFrom || a.start >= trigger.end) : usable;
  const strong = candidates.filter((a) => a.strength === 3);
  const before = strong.filter((a) => a.end <= trigger.start);
  if (before.length) return before[before.length - 1];
  const subjects = candidates.filter((a) => a.strength === 2 && a.end <= trigger.start);
  if (subjects.length) return subjects[subjects.length - 1];
  return strong.find((a) => a.start >= trigger.end) ?? null;
}

/** A demonym right before the trigger's phrase ("Chinese pursuers sent..."): weak evidence of the state. */
export function demonymNear(v: SentenceView, actors: ActorCandidate[], trigger: Mention): ActorCandidate | null {
  const weak = actors.filter((a) => a.strength === 1 && a.end <= trigger.start && wordsBetween(v, a.end, trigger.start) <= 3);
  return weak[weak.length - 1] ?? null;
}

/** Whether a passive agent ("by", "av") follows the trigger closely. */
export function hasAgent(v: SentenceView, trigger: Mention, g: CompiledGrammar): boolean {
  const k0 = v.wordAt(trigger.end);
  for (let k = k0; k < Math.min(v.tokens.length, k0 + 3); k++) if (g.agent.has(v.tokens[k].key) && v.tokens[k].key !== 'from' && v.tokens[k].key !== 'fra' && v.tokens[k].key !== 'frå') return true;
  return false;
}
