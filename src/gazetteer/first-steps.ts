// What each word leads to from a trie's root, memoised by word number
// (words.ts): every word of the corpus is looked up there and most words
// recur, so it is worked out once per distinct word, and per token it is
// one read of a typed array, which for most words says "nothing starts
// here". A word that starts something gets a step number, in order of first
// sight; a step's data are in flat arrays, so the words every article
// repeats have theirs close together.
import type { TrieNode } from './trie.js';
import { wordGeneration } from './words.js';

/**
 * Sorts a word's one-word matches (the entries of the root's children it
 * enters, in walk order) into the lists a matcher picks from per occurrence,
 * e.g. by the sentence's language and whether the word is capitalised.
 */
export type Variants<E> = (singles: readonly E[]) => readonly (readonly E[])[];

/** `step` results besides step numbers. */
export const UNKNOWN = -2;
export const NOTHING = -1;

export class FirstSteps<E> {
  // For the word numbers of generation `generation` (0: none yet).
  private generation = 0;
  /** Per word number: step number + 2, 1 for nothing, 0 when not worked out yet. */
  private firstOf = new Int32Array(0);
  /** Per word number: its number in the trie's vocabulary + 1 (0: in no pattern as an exact word). */
  private vocabOf = new Int32Array(0);
  /** Per step, `stride` int32s: [start, count] into `singles` per variant, then [start, count] into `deeper`. */
  private steps = new Int32Array(0);
  private count = 0;
  private readonly stride: number;
  /** Per step, the root's children entered, in walk order. */
  private entered: TrieNode<E>[][] = [];
  /** The steps' variant lists, one after another. */
  readonly singles: E[] = [];
  /** The steps' children with children of their own, where longer matches continue. */
  readonly deeper: TrieNode<E>[] = [];

  constructor(private readonly variantCount: number, private readonly variants: Variants<E>) {
    this.stride = 2 * variantCount + 2;
  }

  /** Forgets everything (the trie changed). */
  clear(): void {
    this.generation = 0;
  }

  /** Word `w`'s step number, NOTHING, or UNKNOWN until `learn` is told. */
  step(w: number): number {
    if (this.generation !== wordGeneration()) this.reset();
    if (w >= this.firstOf.length) this.grow(w);
    return this.firstOf[w] - 2;
  }

  /** Word `w`'s vocabulary number, or -1; known once `step(w)` is not UNKNOWN. */
  vocab(w: number): number {
    return this.vocabOf[w] - 1;
  }

  /** Records what word `w` leads to (`vocab`: its vocabulary number or -1); returns its `step`. */
  learn(w: number, vocab: number, nodes: TrieNode<E>[]): number {
    this.vocabOf[w] = vocab + 1;
    const k = nodes.length === 0 ? NOTHING : this.add(nodes);
    this.firstOf[w] = k + 2;
    return k;
  }

  /** Where step `k`'s one-word matches of variant `v` start in `singles`. */
  singlesFrom(k: number, v: number): number {
    return this.steps[k * this.stride + 2 * v];
  }

  /** How many one-word matches of variant `v` step `k` has. */
  singlesCount(k: number, v: number): number {
    return this.steps[k * this.stride + 2 * v + 1];
  }

  /** Where step `k`'s nodes with children start in `deeper`. */
  deeperFrom(k: number): number {
    return this.steps[k * this.stride + this.stride - 2];
  }

  deeperCount(k: number): number {
    return this.steps[k * this.stride + this.stride - 1];
  }

  /** The root's children step `k` enters, in walk order. */
  nodes(k: number): readonly TrieNode<E>[] {
    return this.entered[k];
  }

  private reset(): void {
    this.generation = wordGeneration();
    this.firstOf = new Int32Array(1024);
    this.vocabOf = new Int32Array(1024);
    this.steps = new Int32Array(256 * this.stride);
    this.count = 0;
    this.entered = [];
    this.singles.length = 0;
    this.deeper.length = 0;
  }

  private grow(w: number): void {
    let size = this.firstOf.length;
    while (size <= w) size *= 2;
    const firstOf = new Int32Array(size), vocabOf = new Int32Array(size);
    firstOf.set(this.firstOf);
    vocabOf.set(this.vocabOf);
    this.firstOf = firstOf;
    this.vocabOf = vocabOf;
  }

  private add(nodes: TrieNode<E>[]): number {
    const k = this.count++;
    if (this.steps.length < this.count * this.stride) {
      const grown = new Int32Array(this.steps.length * 2);
      grown.set(this.steps);
      this.steps = grown;
    }
    const rec = k * this.stride;
    const lists = this.variants(nodes.flatMap((n) => n.entries));
    for (let v = 0; v < this.variantCount; v++) {
      const list = lists[v];
      // a list equal to an earlier variant's shares its place, so a caller can tell that they do not differ
      const same = lists.findIndex((l, u) => u < v && l.length === list.length && l.every((e, x) => e === list[x]));
      this.steps[rec + 2 * v] = same >= 0 ? this.steps[rec + 2 * same] : this.singles.push(...list) - list.length;
      this.steps[rec + 2 * v + 1] = list.length;
    }
    const deeper = nodes.filter((n) => n.exact !== null || n.buckets !== null);
    this.steps[rec + this.stride - 2] = this.deeper.push(...deeper) - deeper.length;
    this.steps[rec + this.stride - 1] = deeper.length;
    this.entered.push(nodes);
    return k;
  }
}
