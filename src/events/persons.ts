// Named persons by pattern: runs of capitalised words that no gazetteer
// claimed (not a place, actor, demonym or group), in both languages. Parts of
// a full name seen earlier in the article ("Hansen" after "Kari Hansen")
// are names on their own afterwards.
import type { Mention } from '../types.js';
import { foldKey } from '../gazetteer/fold.js';
import type { CompiledGrammar } from './grammar.js';
import { followedBySpeech, groupAt, speechBefore, type SentenceView } from './sentence-view.js';
import type { Token } from '../gazetteer/tokenize.js';

const CONNECTORS = new Set(['bin', 'ibn', 'al', 'el', 'van', 'von', 'de', 'der', 'den', 'da', 'di', 'le']);

/** Whether the character at `at` is an upper-case letter; ASCII without making a string. */
function capitalAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  const c = text.charAt(at);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

function isAcronym(word: string): boolean {
  return word.length > 1 && word === word.toUpperCase();
}

/** isAcronym of a token's text; ASCII without making strings. */
function acronymAt(text: string, t: Token): boolean {
  if (t.end - t.start < 2) return false;
  for (let i = t.start; i < t.end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x80) return isAcronym(text.slice(t.start, t.end));
    if (c >= 0x61 && c <= 0x7a) return false;
  }
  return true;
}

/** Whether the words `a` and `a + 1` are joined by one space or hyphen ("Kari Hansen", "Al-Hassan"). */
function joined(text: string, toks: readonly Token[], a: number): boolean {
  const from = toks[a].end;
  if (toks[a + 1].start !== from + 1) return false;
  const c = text.charCodeAt(from);
  return c === 0x20 || c === 0x2d;
}

/** Whether a span overlaps one of the mentions. */
function overlaps(ms: readonly Mention[], s: number, e: number): boolean {
  for (const m of ms) if (m.start < e && m.end > s) return true;
  return false;
}

/** The mentions a name cannot be part of: everything but acts and cues. */
const nameClaims = (v: SentenceView) => v.mentions.filter((m) => m.kind !== 'trigger' && m.kind !== 'cue');

// Word lists are checked against a token's key first (folded, already made),
// so that most words are ruled out without cutting them from the text: a
// word of the list always has its key among the list's keys.
const listKeys = new WeakMap<Set<string>, Set<string>>();
function keysOf(list: Set<string>): Set<string> {
  let keys = listKeys.get(list);
  if (!keys) listKeys.set(list, (keys = new Set([...list].map(foldKey))));
  return keys;
}
const CONNECTOR_KEYS = keysOf(CONNECTORS);
function inList(list: Set<string>, keys: Set<string>, text: string, t: Token): boolean {
  return keys.has(t.key) && list.has(text.slice(t.start, t.end));
}

/**
 * The mentions that claim words (a name cannot hold them), less a town's
 * name that is also a first name ("Kari Hansen", "Jordan Smith"): no
 * preposition puts it anywhere and an unclaimed capitalised word follows it,
 * so it starts a person's name.
 */
function claimedIn(text: string, v: SentenceView, g: CompiledGrammar): Mention[] {
  const all = nameClaims(v);
  const toks = v.tokens;
  return all.filter((m) => {
    if (m.kind !== 'place' || m.attrs.precision === 'country') return true;
    const i = v.wordAt(m.start), j = v.wordAt(m.end);
    const prev = toks[i - 1]?.key ?? '';
    if (g.locative.has(prev) || g.destination.has(prev) || g.origin.has(prev) || g.of.has(prev)) return true;
    const next = toks[j];
    return !(!!next && next.start === m.end + 1 && text.charCodeAt(m.end) === 0x20 && capitalAt(text, next.start) && !overlaps(all, next.start, next.end));
  });
}

export function findPersons(text: string, v: SentenceView, g: CompiledGrammar, knownParts: Set<string>): Mention[] {
  const out: Mention[] = [];
  const toks = v.tokens;
  let claimed: Mention[] | null = null; // made on the first capitalised word
  const stopKeys = keysOf(g.nameStop);
  for (let i = 0; i < toks.length; i++) {
    if (!capitalAt(text, toks[i].start)) continue;
    claimed ??= claimedIn(text, v, g);
    // the whole run of capitalised words (and name connectors) from here
    let j = i;
    while (j + 1 < toks.length) {
      if (!joined(text, toks, j)) break;
      if (capitalAt(text, toks[j + 1].start)) j++;
      else if (inList(CONNECTORS, CONNECTOR_KEYS, text, toks[j + 1]) && j + 2 < toks.length && capitalAt(text, toks[j + 2].start)) j += 2;
      else break;
    }
    const runEnd = j;
    let k = i;
    // "After Hansen left", "The Guardian"; a title naming a group of people ("Aktivisten Reza Karimi", "Activist Jane Doe")
    while (k < runEnd && (inList(g.nameStop, stopKeys, text, toks[k]) || groupAt(claimed, toks[k].start, toks[k].end))) k++;
    if (k === runEnd && inList(g.nameStop, stopKeys, text, toks[k])) k++;
    i = runEnd;
    if (k > runEnd) continue;
    // a run holding an institution word or a known place is an organisation or
    // place name ("Cambodia National Rescue Party", "The New York Times")
    let institutional = false;
    for (let x = k; x <= runEnd && !institutional; x++) {
      const t = toks[x];
      institutional = (inList(g.nameStop, stopKeys, text, t) || overlaps(claimed, t.start, t.end) || acronymAt(text, t)) && !inList(CONNECTORS, CONNECTOR_KEYS, text, t);
    }
    if (institutional) continue;
    const multi = runEnd > k;
    if (!multi && !knownParts.has(text.slice(toks[k].start, toks[k].end))) continue;
    // a single name right before a word for an act names a thing: "Pegasus spyware", "Sky Net operation"
    if (!multi && v.mentions.some((m) => m.kind === 'trigger' && m.start === toks[k].end + 1)) continue;
    const start = toks[k].start, end = toks[runEnd].end;
    out.push({ kind: 'person', start, end, text: text.slice(start, end), value: text.slice(start, end), attrs: {}, origin: 'rule:capitalised-name', sentence: v.index });
    if (multi) for (let x = k; x <= runEnd; x++) knownParts.add(text.slice(toks[x].start, toks[x].end));
  }
  return out;
}

/** Characters that, between two words, make a capitalised word a sentence-like start: quotes, colons, dashes. */
const OPENING_GAP = /[.:!?«»"“”‘’'(–—-]/;
const DIGIT = /\p{N}/u;

/**
 * Single words that name a person somewhere in the article: capitalised in
 * the middle of a sentence, claimed by no gazetteer, never written in lower
 * case in the same article ("... said Kolesnikova", "... against Tang").
 */
export function documentNames(text: string, views: SentenceView[], grammarOf: (v: SentenceView) => CompiledGrammar, common: Set<string>): Set<string> {
  // The words written in lower case, by word number (tokenize.ts): a
  // candidate is checked against the words themselves only when its number
  // is among them (no string made or hashed per word).
  const lower = new Set<number>();
  const cands = new Map<string, number>(); // word → its word number
  const initial = new Map<string, { n: number; word: number }>();
  for (const v of views) {
    const toks = v.tokens;
    let claimed: Mention[] | null = null;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      if (!capitalAt(text, t.start)) {
        lower.add(t.word);
        continue;
      }
      if (t.end - t.start < 3) continue;
      const w = text.slice(t.start, t.end);
      if (isAcronym(w) || grammarOf(v).nameStop.has(w) || DIGIT.test(w)) continue;
      if (overlaps((claimed ??= nameClaims(v)), t.start, t.end)) continue;
      // part of a longer proper noun ("National Rescue Party"): not a one-word name
      if ((i > 0 && joined(text, toks, i - 1) && capitalAt(text, toks[i - 1].start)) || (i + 1 < toks.length && joined(text, toks, i) && capitalAt(text, toks[i + 1].start))) continue;
      // capitalised at a sentence start or after a quote or colon: a name only if it recurs
      if (i === 0 || OPENING_GAP.test(text.slice(toks[i - 1].end, t.start))) {
        const seen = initial.get(w);
        if (seen) seen.n++;
        else initial.set(w, { n: 1, word: t.word });
      } else if (!cands.has(w)) cands.set(w, t.word);
    }
  }
  for (const [w, { n, word }] of initial) if (n >= 3 && !cands.has(w)) cands.set(w, word);
  const out = new Set<string>();
  for (const [c, word] of cands) if (!((lower.has(word) && writtenInLowerCase(text, views, c)) || common.has(foldKey(c)))) out.add(c);
  return out;
}

/** Whether the word occurs written in lower case (not capitalised) in the article. */
function writtenInLowerCase(text: string, views: SentenceView[], word: string): boolean {
  const key = foldKey(word), lower = word.toLowerCase();
  for (const v of views) for (const t of v.tokens) if (t.key === key && !capitalAt(text, t.start) && text.slice(t.start, t.end).toLowerCase() === lower) return true;
  return false;
}

/** Whether a person stands as the source of a statement: "said Jane Doe", "Doe argues", "sier Hansen". */
export function isSpeaker(v: SentenceView, p: Mention, g: CompiledGrammar): boolean {
  return speechBefore(v, p.start, g) || followedBySpeech(v, p.end, 1, g);
}
