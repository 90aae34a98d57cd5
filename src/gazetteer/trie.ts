// A token trie: every gazetteer pattern compiled once into one structure,
// walked word by word (no regex per pattern). A pattern word ending in `*`
// matches any word starting with it; such prefixes are bucketed by their
// first MIN_PREFIX letters, so the cost per word is one or two Map lookups
// however many patterns there are.
import type { Token } from './tokenize.js';

interface PrefixChild<E> {
  prefix: string;
  node: TrieNode<E>;
}

export interface TrieNode<E> {
  exact: Map<string, TrieNode<E>>;
  prefix: Map<string, TrieNode<E>>;
  /** The prefix children by their first MIN_PREFIX letters, shortest prefix first. */
  buckets: Map<string, PrefixChild<E>[]>;
  /** A filter on the first two letters of the buckets' keys, so most words skip the bucket lookup. */
  heads: Uint8Array;
  entries: E[];
}

export const MIN_PREFIX = 3;
const EMPTY = new Uint8Array(0);
const MAX_DEPTH = 12;

function node<E>(): TrieNode<E> {
  return { exact: new Map(), prefix: new Map(), buckets: new Map(), heads: EMPTY, entries: [] };
}

export class TokenTrie<E> {
  readonly root: TrieNode<E> = node<E>();
  size = 0;

  /** `words` are folded pattern words; a trailing `*` marks a prefix word. */
  add(words: string[], entry: E): void {
    let n = this.root;
    for (const w of words) {
      if (w.endsWith('*')) {
        const p = w.slice(0, -1);
        let next = n.prefix.get(p);
        if (!next) {
          next = node<E>();
          n.prefix.set(p, next);
          const head = p.slice(0, MIN_PREFIX);
          const bucket = n.buckets.get(head) ?? [];
          bucket.push({ prefix: p, node: next });
          bucket.sort((a, b) => a.prefix.length - b.prefix.length);
          n.buckets.set(head, bucket);
          if (n.heads === EMPTY) n.heads = new Uint8Array(0x10000);
          n.heads[(p.charCodeAt(0) * 31 + p.charCodeAt(1)) & 0xffff] = 1;
        }
        n = next;
      } else {
        let next = n.exact.get(w);
        if (!next) n.exact.set(w, (next = node<E>()));
        n = next;
      }
    }
    n.entries.push(entry);
    this.size++;
  }

  /**
   * Every match starting at token `i`: calls `found(entry, lastTokenIndex)`.
   * Possessive clitics are stepped over between words.
   */
  matchAt(tokens: Token[], i: number, found: (entry: E, last: number) => void): void {
    this.walk(this.root, tokens, i, found, 0);
  }

  private walk(n: TrieNode<E>, tokens: Token[], i: number, found: (entry: E, last: number) => void, depth: number): void {
    if (i >= tokens.length || depth > MAX_DEPTH) return;
    const key = tokens[i].key;
    const exact = n.exact.get(key);
    if (exact !== undefined) this.visit(exact, tokens, i, found, depth);
    if (n.buckets.size !== 0 && key.length >= MIN_PREFIX && n.heads[(key.charCodeAt(0) * 31 + key.charCodeAt(1)) & 0xffff] === 1) {
      const bucket = n.buckets.get(key.length === MIN_PREFIX ? key : key.slice(0, MIN_PREFIX));
      if (bucket !== undefined) for (const c of bucket) if (key.startsWith(c.prefix)) this.visit(c.node, tokens, i, found, depth);
    }
  }

  private visit(next: TrieNode<E>, tokens: Token[], i: number, found: (entry: E, last: number) => void, depth: number): void {
    for (const e of next.entries) found(e, i);
    if (next.exact.size === 0 && next.buckets.size === 0) return;
    let j = i + 1;
    while (j < tokens.length && tokens[j].clitic) j++;
    this.walk(next, tokens, j, found, depth + 1);
  }
}
