// A sentence as the event rules see it: its words (with offsets) and the
// gazetteer mentions inside it, indexed by word position.
import type { Article, Lang, Mention, Sentence } from '../types.js';
import type { CompiledGrammar } from './grammar.js';
import { tokenize, type Token } from '../gazetteer/tokenize.js';

export interface SentenceView {
  index: number;
  /** The article's whole text (offsets index into it). */
  text: string;
  sentence: Sentence;
  lang: Lang;
  tokens: Token[];
  mentions: Mention[];
  /** Word index of the first word at or after an offset. */
  wordAt(offset: number): number;
}

export function sentenceViews(article: Article): SentenceView[] {
  const sentences = article.sentences ?? [];
  const byS: Mention[][] = sentences.map(() => []);
  for (const m of article.mentions ?? []) byS[m.sentence]?.push(m);
  return sentences.map((s, index) => {
    const tokens = tokenize(article.text, s.start, s.end);
    const wordAt = (offset: number) => {
      let lo = 0, hi = tokens.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (tokens[mid].start < offset) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    return { index, text: article.text, sentence: s, lang: s.lang, tokens, mentions: byS[index], wordAt };
  });
}

/** The folded word just before an offset, or '' at the sentence start. */
export function wordBefore(v: SentenceView, offset: number, n = 1): string {
  const i = v.wordAt(offset) - n;
  return i >= 0 ? v.tokens[i].key : '';
}

export function wordAfter(v: SentenceView, offset: number, n = 0): string {
  const i = v.wordAt(offset) + n;
  return i < v.tokens.length ? v.tokens[i].key : '';
}

/** Number of words strictly between two offsets. */
export function wordsBetween(v: SentenceView, from: number, to: number): number {
  return Math.max(0, v.wordAt(to) - v.wordAt(from));
}

/** The word before an offset, stepping over articles ("in the United States" → "in"). */
export function prepositionBefore(v: SentenceView, offset: number, determiners: Set<string>): string {
  let i = v.wordAt(offset) - 1;
  while (i >= 0 && determiners.has(v.tokens[i].key)) i--;
  return i >= 0 ? v.tokens[i].key : '';
}

/** Whether one of `phrases` (lists of words) ends right before word `i` ("after the" before "shooting"). */
export function phraseEndsAt(v: SentenceView, i: number, phrases: string[][]): boolean {
  outer: for (const p of phrases) {
    const n = p.length;
    if (i - n < 0) continue;
    for (let x = 0; x < n; x++) if (v.tokens[i - n + x].key !== p[x]) continue outer;
    return true;
  }
  return false;
}

/** Word indexes just after each occurrence of one of `phrases` in the sentence. */
export function phraseEnds(v: SentenceView, phrases: string[][]): number[] {
  const out: number[] = [];
  for (let i = 1; i <= v.tokens.length; i++) if (phraseEndsAt(v, i, phrases)) out.push(i);
  return out;
}

/** Whether a verb of speech (one word or two) stands right before an offset: "said Jane Doe", "sier Kari". */
export function speechBefore(v: SentenceView, offset: number, g: CompiledGrammar): boolean {
  const i = v.wordAt(offset);
  const before = v.tokens[i - 1]?.key ?? '', before2 = v.tokens[i - 2]?.key ?? '';
  return g.speech.has(before) || g.speech.has(`${before2} ${before}`);
}

/** Whether a group mention covers exactly these words: such a word names people ("detainees", "Aktivisten"). */
export function groupAt(mentions: readonly Mention[], start: number, end: number): boolean {
  for (const m of mentions) if (m.kind === 'group' && m.start === start && m.end === end) return true;
  return false;
}

/** Whether one of the `reach` words after an offset is a verb of speech: "Doe argues", "police said", "politiet etterforsker". */
export function followedBySpeech(v: SentenceView, offset: number, reach: number, g: CompiledGrammar): boolean {
  const k = v.wordAt(offset);
  for (let n = 0; n < reach; n++) if (g.speech.has(v.tokens[k + n]?.key ?? '')) return true;
  return false;
}
