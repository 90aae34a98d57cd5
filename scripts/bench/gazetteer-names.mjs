// The gazetteer's names as a plain set of folded word windows ("new york",
// "arrest"), read straight from the TSV files: what the baseline looks up and
// what the corpus generator must not mistake for a person's name.
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const FILES = ['countries.tsv', 'places.tsv', 'actors.tsv', 'groups.tsv', 'triggers.tsv', 'cues.tsv'];
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export const fold = (s) => s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
export const words = (s) => s.match(WORD) ?? [];

export function gazetteerNames(dir) {
  const names = new Set();
  const vocabulary = new Set();
  const prefixes = new Set();
  for (const f of FILES) {
    const path = join(dir, f);
    if (!existsSync(path)) continue;
    let header = true;
    for (const line of readFileSync(path, 'utf8').split(/\r?\n/)) {
      if (!line.trim() || line.startsWith('#')) continue;
      if (header) { header = false; continue; }
      const pattern = line.split('\t')[0];
      for (const p of pattern.match(/[\p{L}\p{M}\p{N}]+(?=\*)/gu) ?? []) prefixes.add(fold(p));
      const ws = words(pattern).map(fold);
      if (!ws.length) continue;
      names.add(ws.join(' '));
      for (const w of ws) vocabulary.add(w);
    }
  }
  return { names, vocabulary, prefixes: [...prefixes] };
}
