// Word edges and small text helpers for the date regexes.
// `\b` is ASCII-only even with the `u` flag ("år" would match inside
// "århundre"), so edges are checked with Unicode classes. For speed the
// scanning regexes are plain `gi` ones that start with a literal (irregexp
// can then skip ahead); their outer edges are checked in code by
// `boundedMatches`, and inner edges use NEXT_NOT_LETTER, which covers the
// Latin letters that English and Norwegian text uses.

/** No letter, mark or digit just after (for `u` regexes). */
export const WORD_END = '(?![\\p{L}\\p{M}\\p{N}_])';
/** No (Latin) letter or digit just after, for the non-`u` scanning regexes. */
export const NEXT_NOT_LETTER = '(?![\\w\\u00C0-\\u024F])';

const SPECIAL = /[.*+?^${}()|[\]\\]/g;

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

function trieSource(node: TrieNode): string {
  const branches = [...node.next].map(([ch, child]) => {
    const atom = ch === ' ' ? '\\s+' : ch.replace(SPECIAL, '\\$&');
    return atom + trieSource(child);
  });
  if (branches.length === 0) return '';
  const body = branches.length === 1 ? branches[0] : `(?:${branches.join('|')})`;
  if (!node.end) return body;
  return branches.length === 1 && branches[0].length === 1 ? `${body}?` : `(?:${body})?`;
}

/**
 * A regex alternation of literal words, factored by shared prefixes
 * ("j(?:an(?:uary)?|u(?:ne|ly))") so the engine never retries a prefix it
 * has already read; optional tails are greedy, so the longest word wins.
 * Spaces inside a word match any run of whitespace.
 */
export function alternation(words: Iterable<string>): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  return trieSource(root);
}

/** Case-insensitive global scanning regex (no `u`: see above). */
export function wordRegex(source: string): RegExp {
  return new RegExp(source, 'gi');
}

/**
 * "june" as "June": for words English always capitalises. Scanning
 * case-sensitively for them is both the rule ("may" is a verb) and faster.
 */
export function capitalised(words: Iterable<string>): string[] {
  return [...words].map((w) => w.charAt(0).toUpperCase() + w.slice(1));
}

/** A scanning regex for `words`, capitalised-only when `requireCapital`. */
export function namesRegex(words: Iterable<string>, requireCapital: boolean, tail = ''): RegExp {
  return requireCapital
    ? new RegExp(`(?:${alternation(capitalised(words))})${tail}`, 'g')
    : wordRegex(`(?:${alternation(words)})${tail}`);
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}_]/u;

export function isWordChar(ch: string): boolean {
  if (ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
  return WORD_CHAR.test(ch);
}

/**
 * The next match of a global regex that starts and ends on Unicode word
 * edges, or null. Set `re.lastIndex = 0` before the first call. (A plain
 * loop rather than a generator: this runs for every sentence.)
 */
export function nextBounded(text: string, re: RegExp): RegExpExecArray | null {
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    const s = m.index;
    const e = s + m[0].length;
    if (e > s && !isWordChar(text.charAt(s - 1)) && !isWordChar(text.charAt(e))) return m;
    re.lastIndex = s + 1;
  }
  return null;
}

const LETTER = /[\p{L}\p{M}]/u;

export function isLetter(ch: string | undefined): boolean {
  if (ch === undefined || ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(ch);
}

export function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9';
}

export function startsUpper(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase();
}

export interface WordAt {
  word: string;
  start: number;
  end: number;
}

/**
 * Up to `count` words (letters only) right before `index`, nearest first,
 * separated by whitespace only. Walks back at most `limit` characters so a
 * hostile run of letters costs nothing.
 */
export function wordsBefore(text: string, index: number, count: number, limit = 40): WordAt[] {
  const out: WordAt[] = [];
  const floor = Math.max(0, index - limit);
  let i = index;
  while (out.length < count) {
    let end = i;
    while (end > floor && isSpace(text.charAt(end - 1))) end--;
    let start = end;
    while (start > floor && isLetter(text.charAt(start - 1))) start--;
    if (start === end) break;
    if (start === floor && isLetter(text.charAt(start - 1))) break; // cut-off word
    out.push({ word: text.slice(start, end), start, end });
    i = start;
  }
  return out;
}

const SPACE = /\s/u;

export function isSpace(ch: string): boolean {
  if (ch === '') return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return SPACE.test(ch);
}
