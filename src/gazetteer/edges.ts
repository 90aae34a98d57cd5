// The exact-word children of one trie node: a small open-addressing table
// of (word number, child node number) pairs in a plain array of small
// integers. A lookup is one hash and usually one cache line, in a table
// that stays as compact as the node's children (a Map costs several lines
// and a hash of the key per lookup; one table for all nodes spread the
// children of the few nodes most lookups go to over megabytes).

const EMPTY = 0;

function slot(word: number, mask: number): number {
  let h = Math.imul(word + 1, 0x9e3779b1);
  h ^= h >>> 16;
  return h & mask;
}

export class Edges {
  /** Pairs: word number + 1 (EMPTY: free), child node number. */
  private pairs: number[] = [EMPTY, 0, EMPTY, 0];
  private mask = 1;
  private count = 0;

  /** The child by `word`, or -1. */
  get(word: number): number {
    const pairs = this.pairs, mask = this.mask, w = word + 1;
    for (let i = slot(word, mask); ; i = (i + 1) & mask) {
      const at = pairs[2 * i];
      if (at === w) return pairs[2 * i + 1];
      if (at === EMPTY) return -1;
    }
  }

  /** Adds a child that is not there yet. */
  add(word: number, child: number): void {
    if (2 * (this.count + 1) > this.mask + 1) this.grow();
    this.place(word, child);
    this.count++;
  }

  private place(word: number, child: number): void {
    const pairs = this.pairs, mask = this.mask;
    let i = slot(word, mask);
    while (pairs[2 * i] !== EMPTY) i = (i + 1) & mask;
    pairs[2 * i] = word + 1;
    pairs[2 * i + 1] = child;
  }

  private grow(): void {
    const old = this.pairs;
    this.mask = 2 * (this.mask + 1) - 1;
    this.pairs = new Array<number>(2 * (this.mask + 1)).fill(EMPTY);
    for (let s = 0; s < old.length; s += 2) if (old[s] !== EMPTY) this.place(old[s] - 1, old[s + 1]);
  }
}
