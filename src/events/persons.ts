// Named persons by pattern: runs of capitalised words that no gazetteer
// claimed (not a place, actor, demonym or group), in both languages. Parts of
// a full name seen earlier in the article ("Hansen" after "Kari Hansen")
// are names on their own afterwards.
import type { Mention } from '../types.js';
import { foldKey } from '../gazetteer/fold.js';

const v0 = (w: string) => foldKey(w);
import type { CompiledGrammar } from './grammar.js';
import { followedBySpeech, type SentenceView } from './sentence-view.js';

const CONNECTORS = new Set(['bin', 'ibn', 'al', 'el', 'van', 'von', 'de', 'der', 'den', 'da', 'di', 'le']);

function isCapitalised(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

function isAcronym(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase();
}

export function findPersons(text: string, v: SentenceView, g: CompiledGrammar, knownParts: Set<string>): Mention[] {
  const all = v.mentions.filter((m) => m.kind !== 'trigger' && m.kind !== 'cue');
  // a town's name that is also a first name ("Kari Hansen", "Jordan Smith"): no preposition puts it
  // anywhere and an unclaimed capitalised word follows it, so it starts a person's name
  const firstName = (m: Mention) => {
    if (m.kind !== 'place' || m.attrs.precision === 'country') return false;
    const i = v.wordAt(m.start), j = v.wordAt(m.end);
    const prev = v.tokens[i - 1]?.key ?? '';
    if (g.locative.has(prev) || g.destination.has(prev) || g.origin.has(prev) || g.of.has(prev)) return false;
    const next = v.tokens[j];
    return !!next && text.slice(m.end, next.start) === ' ' && isCapitalised(text.slice(next.start, next.end)) && !all.some((o) => o.start < next.end && o.end > next.start);
  };
  const claimed = all.filter((m) => !firstName(m));
  const isClaimed = (s: number, e: number) => claimed.some((m) => m.start < e && m.end > s);
  const groupWord = (s: number, e: number) => claimed.some((m) => m.kind === 'group' && m.start === s && m.end === e);
  const out: Mention[] = [];
  const toks = v.tokens;
  const word = (k: number) => text.slice(toks[k].start, toks[k].end);
  for (let i = 0; i < toks.length; i++) {
    if (!isCapitalised(word(i))) continue;
    // the whole run of capitalised words (and name connectors) from here
    let j = i;
    while (j + 1 < toks.length) {
      const gap = text.slice(toks[j].end, toks[j + 1].start);
      if (gap !== ' ' && gap !== '-') break;
      if (isCapitalised(word(j + 1))) j++;
      else if (CONNECTORS.has(word(j + 1)) && j + 2 < toks.length && isCapitalised(word(j + 2))) j += 2;
      else break;
    }
    const runEnd = j;
    let k = i;
    // "After Hansen left", "The Guardian"; a title naming a group of people ("Aktivisten Reza Karimi", "Activist Jane Doe")
    while (k < runEnd && (g.nameStop.has(word(k)) || groupWord(toks[k].start, toks[k].end))) k++;
    if (k === runEnd && g.nameStop.has(word(k))) k++;
    const rest: number[] = [];
    for (let x = k; x <= runEnd; x++) rest.push(x);
    i = runEnd;
    if (!rest.length) continue;
    // a run holding an institution word or a known place is an organisation or
    // place name ("Cambodia National Rescue Party", "The New York Times")
    if (rest.some((x) => (g.nameStop.has(word(x)) || isClaimed(toks[x].start, toks[x].end) || isAcronym(word(x))) && !CONNECTORS.has(word(x)))) continue;
    const multi = rest.length > 1;
    if (!multi && !knownParts.has(word(rest[0]))) continue;
    // a single name right before a word for an act names a thing: "Pegasus spyware", "Sky Net operation"
    if (!multi && v.mentions.some((m) => m.kind === 'trigger' && m.start === toks[rest[0]].end + 1)) continue;
    const start = toks[rest[0]].start, end = toks[rest[rest.length - 1]].end;
    out.push({ kind: 'person', start, end, text: text.slice(start, end), value: text.slice(start, end), attrs: {}, origin: 'rule:capitalised-name', sentence: v.index });
    if (multi) for (const x of rest) knownParts.add(word(x));
  }
  return out;
}

/**
 * Single words that name a person somewhere in the article: capitalised in
 * the middle of a sentence, claimed by no gazetteer, never written in lower
 * case in the same article ("... said Kolesnikova", "... against Tang").
 */
export function documentNames(text: string, views: SentenceView[], grammarOf: (v: SentenceView) => CompiledGrammar, common: Set<string>): Set<string> {
  const lower = new Set<string>();
  const cands = new Set<string>();
  const initial = new Map<string, number>();
  for (const v of views) {
    const g = grammarOf(v);
    const claimed = v.mentions.filter((m) => m.kind !== 'trigger' && m.kind !== 'cue');
    v.tokens.forEach((t, i) => {
      const w = text.slice(t.start, t.end);
      if (!isCapitalised(w)) {
        lower.add(w.toLowerCase());
        return;
      }
      if (w.length < 3 || isAcronym(w) || g.nameStop.has(w) || /\p{N}/u.test(w)) return;
      if (claimed.some((m) => m.start < t.end && m.end > t.start)) return;
      // part of a longer proper noun ("National Rescue Party"): not a one-word name
      const nb = (k: number) => v.tokens[k] && /^[ -]$/.test(text.slice(Math.min(t.end, v.tokens[k].end), Math.max(t.start, v.tokens[k].start))) && isCapitalised(text.slice(v.tokens[k].start, v.tokens[k].end));
      if (nb(i - 1) || nb(i + 1)) return;
      const prevGap = i === 0 ? '' : text.slice(v.tokens[i - 1].end, t.start);
      // capitalised at a sentence start or after a quote or colon: a name only if it recurs
      if (i === 0 || /[.:!?«»"“”‘’'(–—-]/.test(prevGap)) initial.set(w, (initial.get(w) ?? 0) + 1);
      else cands.add(w);
    });
  }
  for (const [w, n] of initial) if (n >= 3) cands.add(w);
  for (const c of cands) if (lower.has(c.toLowerCase()) || common.has(v0(c))) cands.delete(c);
  return cands;
}

/** Whether a person stands as the source of a statement: "said Jane Doe", "Doe argues", "sier Hansen". */
export function isSpeaker(v: SentenceView, p: Mention, g: CompiledGrammar): boolean {
  const i = v.wordAt(p.start);
  const before = v.tokens[i - 1]?.key ?? '', before2 = v.tokens[i - 2]?.key ?? '';
  return g.speech.has(before) || g.speech.has(`${before2} ${before}`) || followedBySpeech(v, p.end, 1, g);
}
