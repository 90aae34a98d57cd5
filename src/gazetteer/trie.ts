// A token trie: every gazetteer pattern compiled once into one structure,
// walked word by word (no regex per pattern). A pattern word ending in `*`
// matches any word starting with it; such prefixes are bucketed by their
// first MIN_PREFIX letters. Exact children are in a small table per node,
// keyed by the word's number in the trie's vocabulary (edges.ts). Most
// nodes are leaves (one place name of one word), so a node's tables are
// made only when it gets a child: every worker thread holds its own trie.
// The first step from the root, taken for every word of the corpus, is
// worked out once per distinct word (first-steps.ts).
import { Edges } from './edges.js';
import { FirstSteps, UNKNOWN, type Variants } from './first-steps.js';
import type { Token } from './tokenize.js';
import { wordKey } from './words.js';

interface PrefixChild<E> {
  prefix: string;
  node: TrieNode<E>;
}

export interface TrieNode<E> {
  /** Index in the trie's `nodes`. */
  readonly id: number;
  /** Exact-word children: vocabulary number → node number. */
  exact: Edges | null;
  /** Prefix children by their first MIN_PREFIX letters, shortest prefix first. */
  buckets: Map<string, PrefixChild<E>[]> | null;
  entries: E[];
}

export const MIN_PREFIX = 3;
const MAX_DEPTH = 12;
const NO_ENTRIES: never[] = [];
const NO_PREFIXES: readonly never[] = [];

export class TokenTrie<E> {
  private nodes: TrieNode<E>[] = [];
  readonly root: TrieNode<E> = this.node();
  size = 0;
  /** Every exact pattern word, numbered. */
  private vocab = new Map<string, number>();
  private first: FirstSteps<E>;

  /**
   * `variants` sorts each word's one-word matches into `variantCount`
   * lists (by default one: all of them); see `singles`.
   */
  constructor(variantCount = 1, variants: Variants<E> = (s) => [s]) {
    this.first = new FirstSteps(variantCount, variants);
  }

  /** `words` are folded pattern words; a trailing `*` marks a prefix word. */
  add(words: string[], entry: E): void {
    let n = this.root;
    for (const w of words) n = w.endsWith('*') ? this.prefixChild(n, w.slice(0, -1)) : this.exactChild(n, w);
    // A new array of the exact size, not a push: V8 gives an array pushed to
    // room for 16 more, and most nodes keep one or two entries (~5 MB a worker).
    n.entries = n.entries === NO_ENTRIES ? [entry] : [...n.entries, entry];
    this.size++;
    this.first.clear(); // what words lead to may have changed
  }

  private node(): TrieNode<E> {
    const n: TrieNode<E> = { id: this.nodes.length, exact: null, buckets: null, entries: NO_ENTRIES };
    this.nodes.push(n);
    return n;
  }

  private exactChild(n: TrieNode<E>, w: string): TrieNode<E> {
    let v = this.vocab.get(w);
    if (v === undefined) this.vocab.set(w, (v = this.vocab.size));
    n.exact ??= new Edges();
    const c = n.exact.get(v);
    if (c >= 0) return this.nodes[c];
    const next = this.node();
    n.exact.add(v, next.id);
    return next;
  }

  private prefixChild(n: TrieNode<E>, p: string): TrieNode<E> {
    n.buckets ??= new Map();
    const head = p.slice(0, MIN_PREFIX);
    const bucket = n.buckets.get(head) ?? [];
    const found = bucket.find((c) => c.prefix === p);
    if (found) return found.node;
    const next = this.node();
    bucket.push({ prefix: p, node: next });
    bucket.sort((a, b) => a.prefix.length - b.prefix.length);
    n.buckets.set(head, bucket);
    return next;
  }

  /**
   * The step number of the token's word, or a negative number when no
   * pattern starts with it (most words). Tokens passed to this class must
   * be those of the text last tokenized (their word numbers).
   */
  stepOf(token: Token): number {
    const k = this.first.step(token.word);
    return k === UNKNOWN ? this.learn(token.word) : k;
  }

  /** The one-word matches of every step, variant by variant: see `singlesFrom`. */
  get singles(): readonly E[] {
    return this.first.singles;
  }

  /** Where step `k`'s one-word matches of variant `v` start in `singles`. */
  singlesFrom(k: number, v: number): number {
    return this.first.singlesFrom(k, v);
  }

  /** How many one-word matches of variant `v` step `k` has. */
  singlesCount(k: number, v: number): number {
    return this.first.singlesCount(k, v);
  }

  /**
   * Every match starting at token `i`: calls `found(entry, lastTokenIndex)`.
   * Possessive clitics are stepped over between words.
   */
  matchAt(tokens: Token[], i: number, found: (entry: E, last: number) => void): void {
    if (i >= tokens.length) return;
    const k = this.stepOf(tokens[i]);
    if (k >= 0) for (const n of this.first.nodes(k)) this.visit(n, tokens, i, found, 0);
  }

  /** The matches of two words or more starting at token `i`, whose word has step number `k`. */
  matchLonger(k: number, tokens: Token[], i: number, found: (entry: E, last: number) => void): void {
    const from = this.first.deeperFrom(k), to = from + this.first.deeperCount(k);
    if (from === to) return;
    let j = i + 1;
    while (j < tokens.length && tokens[j].clitic) j++;
    for (let d = from; d < to; d++) this.walk(this.first.deeper[d], tokens, j, found, 1);
  }

  /** Works out what word `w` leads to from the root. */
  private learn(w: number): number {
    const key = wordKey(w);
    const v = this.vocab.get(key) ?? -1;
    const r = this.root;
    const nodes: TrieNode<E>[] = [];
    const exact = v < 0 || r.exact === null ? -1 : r.exact.get(v);
    if (exact >= 0) nodes.push(this.nodes[exact]);
    for (const c of this.bucketOf(r, key)) if (key.startsWith(c.prefix)) nodes.push(c.node);
    return this.first.learn(w, v, nodes);
  }

  private walk(n: TrieNode<E>, tokens: Token[], i: number, found: (entry: E, last: number) => void, depth: number): void {
    if (i >= tokens.length || depth > MAX_DEPTH) return;
    const t = tokens[i];
    if (n.exact !== null) {
      if (this.first.step(t.word) === UNKNOWN) this.learn(t.word);
      const v = this.first.vocab(t.word);
      const exact = v < 0 ? -1 : n.exact.get(v);
      if (exact >= 0) this.visit(this.nodes[exact], tokens, i, found, depth);
    }
    if (n.buckets !== null) {
      const key = t.key;
      for (const c of this.bucketOf(n, key)) if (key.startsWith(c.prefix)) this.visit(c.node, tokens, i, found, depth);
    }
  }

  /** The prefix children of `n` that `key` may start with (its bucket), shortest first. */
  private bucketOf(n: TrieNode<E>, key: string): readonly PrefixChild<E>[] {
    if (n.buckets === null || key.length < MIN_PREFIX) return NO_PREFIXES;
    return n.buckets.get(key.length === MIN_PREFIX ? key : key.slice(0, MIN_PREFIX)) ?? NO_PREFIXES;
  }

  private visit(next: TrieNode<E>, tokens: Token[], i: number, found: (entry: E, last: number) => void, depth: number): void {
    for (const e of next.entries) found(e, i);
    if (next.exact === null && next.buckets === null) return;
    let j = i + 1;
    while (j < tokens.length && tokens[j].clitic) j++;
    this.walk(next, tokens, j, found, depth + 1);
  }
}
