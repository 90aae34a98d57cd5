// The function-word lexicon's ASCII keys as a trie that textStats walks one
// character at a time while it scans, so that most words are matched without
// being sliced and lower-cased (that was the stage's hot spot once franc ran
// less often). A word with any non-ASCII character is looked up in the map as
// before: its lower-case form may differ in ways a per-character fold misses.

/** a–z (either case) are 0–25, 0–9 are 26–35. */
export const SYMBOLS = 36;
export const DEAD = -1;

export interface AsciiTrie {
  /** next[node * SYMBOLS + symbol] is the child node, or DEAD (which has no children). */
  next: Int32Array;
  /** Flags of the key that ends at a node, 0 if none does. */
  flags: Int32Array;
}

/** The trie symbol of an ASCII letter or digit (letters case-folded), else -1. */
export function symbolOf(code: number): number {
  const lower = code | 0x20;
  if (lower >= 0x61 && lower <= 0x7a) return lower - 0x61;
  if (code >= 0x30 && code <= 0x39) return code - 0x30 + 26;
  return -1;
}

/** symbolOf for every ASCII code, for the scanning loop. */
export const SYMBOL = Int8Array.from({ length: 0x80 }, (_, code) => symbolOf(code));

/**
 * Keys of lower-case ASCII letters and digits only: an ASCII word's lower-case
 * form is ASCII, so it can equal no other key.
 */
export function buildTrie(lexicon: Map<string, number>): AsciiTrie {
  const keys = [...lexicon.keys()].filter((key) => /^[a-z0-9]+$/.test(key));
  const size = 1 + keys.reduce((n, key) => n + key.length, 0);
  const next = new Int32Array(size * SYMBOLS).fill(DEAD);
  const flags = new Int32Array(size);
  let nodes = 1;
  for (const key of keys) {
    let node = 0;
    for (let i = 0; i < key.length; i++) {
      const slot = node * SYMBOLS + symbolOf(key.charCodeAt(i));
      if (next[slot] === DEAD) next[slot] = nodes++;
      node = next[slot];
    }
    flags[node] = lexicon.get(key)!;
  }
  return { next, flags };
}
