// Interned words: every distinct folded word gets a number, found from the
// text's characters without cutting the word out of the text. Most words of
// a corpus are repeats, so the tokenizer's cost per word is one hash probe,
// and the matcher can work out once per word number (not per occurrence)
// what the word starts in the trie (trie.ts).
//
// Word numbers are dense and given in order of first sight, so the words
// every article repeats have small numbers and their records (here and in
// the matcher's memo) share a few cache lines, which the stages run between
// two articles' gazetteer passes would otherwise have to reload one
// scattered object at a time.
import { foldKey } from './fold.js';

const FNV_PRIME = 0x01000193;
/** Start of the running hash over an ASCII key's code units after the 8th. */
const TAIL_START = 0x811c9dc5 | 0;

/** ASCII code unit → its lower-case form: the folded key of an ASCII word is its lower case. */
const ASCII_LOWER = new Uint8Array(0x80).map((_, c) => (c >= 0x41 && c <= 0x5a ? c + 0x20 : c));

/** One code unit after the 8th into the running hash. */
function tailStep(h: number, unit: number): number {
  return Math.imul(h ^ unit, FNV_PRIME);
}

/**
 * The hash of an ASCII key from its first 8 code units packed 7 bits each
 * into `p0` (units 1-4) and `p1` (5-8), the running hash of the rest, and
 * the length.
 */
function asciiHash(p0: number, p1: number, tail: number, len: number): number {
  let h = Math.imul(p0, 0x9e3779b1) ^ Math.imul(p1 + len, 0x85ebca77) ^ tail;
  h ^= h >>> 15;
  h = Math.imul(h, 0xc2b2ae3d);
  return h ^ (h >>> 13);
}

/** The packing of an all-ASCII key as `asciiWord` makes it from the text, or null for other keys. */
function packAscii(key: string): [number, number, number] | null {
  let p0 = 0, p1 = 0, tail = TAIL_START;
  for (let k = 0; k < key.length; k++) {
    const c = key.charCodeAt(k);
    if (c >= 0x80) return null;
    if (k < 4) p0 = (p0 << 7) | c;
    else if (k < 8) p1 = (p1 << 7) | c;
    else tail = tailStep(tail, c);
  }
  return [p0, p1, tail];
}

/**
 * A key's hash: `asciiWord`'s for an ASCII key (the same key may come from
 * either path: "Türkiye" folds to the ASCII "turkiye"); any other key gets
 * another hash, as it can only be found through `keyWord`.
 */
function hashKey(key: string): number {
  const packed = packAscii(key);
  if (packed !== null) return asciiHash(packed[0], packed[1], packed[2], key.length);
  let h = TAIL_START;
  for (let k = 0; k < key.length; k++) h = tailStep(h, key.charCodeAt(k));
  return h;
}

const INITIAL = 1 << 12;
/** Distinct words kept at most; past it the table starts afresh at the next text, so memory stays bounded. */
const LIMIT = 1 << 17;

// Per word number, four int32s: the key's hash, its length and, for an
// ASCII key, its first PACKED code units packed 7 bits each (other keys:
// 0, 0). A short ASCII word (most words) is thus recognised by comparing
// numbers, without reading a string; a longer one compares the rest.
const STRIDE = 4;
const PACKED = 8;

/** Open addressing, at most half full: word number + 1, or 0 for an empty slot. */
let slots = new Int32Array(INITIAL * 2);
let mask = slots.length - 1;
let recs = new Int32Array(INITIAL * STRIDE);
let keys: string[] = [];
let generation = 1;

/**
 * Changes whenever numbers are given afresh: a number is only meaningful
 * with the generation it was given in (tries key their memos by it).
 */
export function wordGeneration(): number {
  return generation;
}

/**
 * Called between texts: when the table is full it is emptied, so a corpus
 * of ever new words (names, numbers) does not grow memory. Never within a
 * text, so that the numbers in one text's tokens all stay valid together.
 */
export function wordsBetweenTexts(): void {
  if (keys.length < LIMIT) return;
  slots = new Int32Array(INITIAL * 2);
  mask = slots.length - 1;
  recs = new Int32Array(INITIAL * STRIDE);
  keys = [];
  generation++;
}

/** The folded key of word number `n`. */
export function wordKey(n: number): string {
  return keys[n];
}

function pack(key: string, r: number): void {
  const packed = packAscii(key);
  if (packed === null) return; // other keys: 0, 0 (no ASCII word packs to p0 = 0)
  recs[r + 2] = packed[0];
  recs[r + 3] = packed[1];
}

function place(n: number, h: number): void {
  let i = h & mask;
  while (slots[i] !== 0) i = (i + 1) & mask;
  slots[i] = n + 1;
}

function insert(key: string, h: number): number {
  const n = keys.length;
  keys.push(key);
  if (recs.length < (n + 1) * STRIDE) {
    const grown = new Int32Array(recs.length * 2);
    grown.set(recs);
    recs = grown;
  }
  const r = n * STRIDE;
  recs[r] = h;
  recs[r + 1] = key.length;
  pack(key, r);
  if (2 * (n + 1) > slots.length) {
    slots = new Int32Array(slots.length * 2);
    mask = slots.length - 1;
    for (let m = 0; m < n; m++) place(m, recs[m * STRIDE]);
  }
  place(n, h);
  return n;
}

/** The number of the word `text[s, e)`, all ASCII word characters: its key is its lower case. */
export function asciiWord(text: string, s: number, e: number): number {
  const len = e - s;
  let p0 = 0, p1 = 0, tail = TAIL_START, k = 0;
  for (const to = len < 4 ? len : 4; k < to; k++) p0 = (p0 << 7) | ASCII_LOWER[text.charCodeAt(s + k)];
  for (const to = len < PACKED ? len : PACKED; k < to; k++) p1 = (p1 << 7) | ASCII_LOWER[text.charCodeAt(s + k)];
  for (; k < len; k++) tail = tailStep(tail, ASCII_LOWER[text.charCodeAt(s + k)]);
  const h = asciiHash(p0, p1, tail, len);
  for (let i = h & mask; ; i = (i + 1) & mask) {
    const n = slots[i] - 1;
    if (n < 0) break;
    const r = n * STRIDE;
    if (recs[r] !== h || recs[r + 1] !== len || recs[r + 2] !== p0 || recs[r + 3] !== p1) continue;
    if (len <= PACKED) return n; // the packing is the key
    const key = keys[n];
    let c = PACKED;
    while (c < len && key.charCodeAt(c) === ASCII_LOWER[text.charCodeAt(s + c)]) c++;
    if (c === len) return n;
  }
  return insert(foldKey(text.slice(s, e)), h);
}

/** The number of the word whose folded key is `key`. */
export function keyWord(key: string): number {
  const h = hashKey(key);
  for (let i = h & mask; ; i = (i + 1) & mask) {
    const n = slots[i] - 1;
    if (n < 0) break;
    if (recs[n * STRIDE] === h && keys[n] === key) return n;
  }
  return insert(key, h);
}
