// The baseline pass: one thread reads every file and looks each window of 1
// to 4 words up in a hash set of the gazetteer's names. Nothing else: no
// language, sentences, dates or events. It is the practical ceiling of a
// gazetteer pipeline in JavaScript on this machine, measured in the same
// run as the real one. Run as a child: `node baseline.mjs CORPUS GAZETTEERS`,
// prints its figures as JSON.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gazetteerNames } from './gazetteer-names.mjs';

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

function* walk(dir) {
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1));
  for (const e of entries) {
    if (e.name.startsWith('.')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (/\.(txt|md|html?)$/i.test(e.name)) yield p;
  }
}

export function baseline(corpus, gazetteers) {
  const { names } = gazetteerNames(gazetteers);
  const started = process.hrtime.bigint();
  let files = 0, bytes = 0, windows = 0, hits = 0;
  for (const path of walk(corpus)) {
    const buf = readFileSync(path);
    bytes += buf.length;
    files++;
    const words = buf.toString('utf8').match(WORD) ?? [];
    for (let i = 0; i < words.length; i++) words[i] = words[i].toLowerCase();
    for (let i = 0; i < words.length; i++) {
      let key = words[i];
      for (let n = 1; n <= 4 && i + n <= words.length; n++) {
        if (n > 1) key += ' ' + words[i + n - 1];
        windows++;
        if (names.has(key)) hits++;
      }
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  return { files, bytes, windows, hits, seconds, maxRssKb: process.resourceUsage().maxRSS };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').pop())) {
  process.stdout.write(JSON.stringify(baseline(process.argv[2], process.argv[3])) + '\n');
}
