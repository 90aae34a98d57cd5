// A token trie: every gazetteer pattern compiled once into one structure,
// walked word by word (no regex per pattern). A pattern word ending in `*`
// matches any word starting with it, looked up by the word's prefixes, so the
// cost per word is a few Map lookups however many patterns there are.
import type { Token } from './tokenize.js';

export interface TrieNode<E> {
  exact: Map<string, TrieNode<E>>;
  prefix: Map<string, TrieNode<E>>;
  /** Shortest and longest prefix key at this node, to bound lookups. */
  minPrefix: number;
  maxPrefix: number;
  entries: E[];
}

export const MIN_PREFIX = 3;

function node<E>(): TrieNode<E> {
  return { exact: new Map(), prefix: new Map(), minPrefix: Infinity, maxPrefix: 0, entries: [] };
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
          n.minPrefix = Math.min(n.minPrefix, p.length);
          n.maxPrefix = Math.max(n.maxPrefix, p.length);
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
    if (i >= tokens.length || depth > 12) return;
    const tok = tokens[i];
    const visit = (next: TrieNode<E>) => {
      for (const e of next.entries) found(e, i);
      let j = i + 1;
      while (j < tokens.length && tokens[j].clitic) j++;
      if (next.exact.size || next.prefix.size) this.walk(next, tokens, j, found, depth + 1);
    };
    const exact = n.exact.get(tok.key);
    if (exact) visit(exact);
    if (n.prefix.size) {
      const key = tok.key;
      const max = Math.min(n.maxPrefix, key.length);
      // longest prefix first, so a more specific row ("overvåkingsprogram*") beats a broader one
      for (let len = max; len >= n.minPrefix; len--) {
        const next = n.prefix.get(key.slice(0, len));
        if (next) visit(next);
      }
    }
  }
}
