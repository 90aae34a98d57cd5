// A token trie: every gazetteer pattern compiled once into one structure,
// walked word by word (no regex per pattern). A pattern word ending in `*`
// matches any word starting with it; such prefixes are bucketed by their
// first MIN_PREFIX letters, so the cost per word is one or two Map lookups
// however many patterns there are. Most nodes are leaves (one place name of
// one word), so a node's maps are made only when it gets a child: every
// worker thread holds its own trie, and empty maps cost ~20 MB each.
import type { Token } from './tokenize.js';

interface PrefixChild<E> {
  prefix: string;
  node: TrieNode<E>;
}

export interface TrieNode<E> {
  exact: Map<string, TrieNode<E>> | null;
  /** Prefix children by their first MIN_PREFIX letters, shortest prefix first. */
  buckets: Map<string, PrefixChild<E>[]> | null;
  /** A filter on the first two letters of the buckets' keys, so most words skip the bucket lookup. */
  heads: Uint8Array | null;
  entries: E[];
}

export const MIN_PREFIX = 3;
const MAX_DEPTH = 12;
const NO_ENTRIES: never[] = [];

const node = <E>(): TrieNode<E> => ({ exact: null, buckets: null, heads: null, entries: NO_ENTRIES });
const headOf = (s: string) => (s.charCodeAt(0) * 31 + s.charCodeAt(1)) & 0xffff;

export class TokenTrie<E> {
  readonly root: TrieNode<E> = node<E>();
  size = 0;

  /** `words` are folded pattern words; a trailing `*` marks a prefix word. */
  add(words: string[], entry: E): void {
    let n = this.root;
    for (const w of words) n = w.endsWith('*') ? this.prefixChild(n, w.slice(0, -1)) : this.exactChild(n, w);
    if (n.entries === NO_ENTRIES) n.entries = [];
    n.entries.push(entry);
    this.size++;
  }

  private exactChild(n: TrieNode<E>, w: string): TrieNode<E> {
    n.exact ??= new Map();
    let next = n.exact.get(w);
    if (!next) n.exact.set(w, (next = node<E>()));
    return next;
  }

  private prefixChild(n: TrieNode<E>, p: string): TrieNode<E> {
    n.buckets ??= new Map();
    n.heads ??= new Uint8Array(0x10000);
    const head = p.slice(0, MIN_PREFIX);
    const bucket = n.buckets.get(head) ?? [];
    const found = bucket.find((c) => c.prefix === p);
    if (found) return found.node;
    const next = node<E>();
    bucket.push({ prefix: p, node: next });
    bucket.sort((a, b) => a.prefix.length - b.prefix.length);
    n.buckets.set(head, bucket);
    n.heads[headOf(p)] = 1;
    return next;
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
    if (n.exact !== null) {
      const exact = n.exact.get(key);
      if (exact !== undefined) this.visit(exact, tokens, i, found, depth);
    }
    if (n.buckets !== null && key.length >= MIN_PREFIX && n.heads![headOf(key)] === 1) {
      const bucket = n.buckets.get(key.length === MIN_PREFIX ? key : key.slice(0, MIN_PREFIX));
      if (bucket !== undefined) for (const c of bucket) if (key.startsWith(c.prefix)) this.visit(c.node, tokens, i, found, depth);
    }
  }

  private visit(next: TrieNode<E>, tokens: Token[], i: number, found: (entry: E, last: number) => void, depth: number): void {
    for (const e of next.entries) found(e, i);
    if (next.exact === null && next.buckets === null) return;
    let j = i + 1;
    while (j < tokens.length && tokens[j].clitic) j++;
    this.walk(next, tokens, j, found, depth + 1);
  }
}
