// A small gazetteer written to a temp folder, for stage tests that must not
// depend on the size of the real data files.
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_GAZETTEER_DIR } from '../../src/paths.js';

export const TACTICS = `code\tlabel\tcameo\tplover
DETENTION\tDetention\t173\tARREST
THREAT\tThreat\t130\tTHREATEN
SURVEILLANCE\tSurveillance\t-\t-
`;

export function writeGazetteer(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gaz-'));
  mkdirSync(join(dir, 'sources'));
  const all: Record<string, string> = {
    'tactics.tsv': TACTICS,
    'countries.tsv': 'form\tcountry\tkind\tlang\tlat\tlon\nNorway\tNO\tname\ten\t62\t10\nChina\tCN\tname\ten\t35\t105\nChinese\tCN\tdemonym\ten\t\t\nkinesiske\tCN\tdemonym\tnb\t\t\nTürkiye\tTR\tname\ten\t39\t35\n',
    'actors.tsv': 'form\ttype\tcountry\tlang\tnote\npolice\tpolice\t\ten\t\nstate security\tsecurity\t\ten\t\nmyndighet*\tgovernment\t\tno\t\n',
    'groups.tsv': 'form\tgroup\tlang\tnote\nuigur*\tUyghurs\tno\t\nUyghurs\tUyghurs\ten\t\n',
    'triggers.tsv': 'pattern\ttactic\tlang\tnote\narrest*\tDETENTION\ten\t\nsent to prison\tDETENTION\ten\t\nthreat*\tTHREAT\ten\t\narrestert*\tDETENTION\tno\t\n',
    'cues.tsv': 'pattern\tcue\tlang\tnote\nnot\tnegation\ten\t\n',
    // The sentence and language stages' files, as shipped: their tests expect the real behaviour.
    'abbreviations.tsv': readFileSync(join(DEFAULT_GAZETTEER_DIR, 'abbreviations.tsv'), 'utf8'),
    'nynorsk-markers.tsv': readFileSync(join(DEFAULT_GAZETTEER_DIR, 'nynorsk-markers.tsv'), 'utf8'),
    ...files,
  };
  for (const [name, content] of Object.entries(all)) writeFileSync(join(dir, name), content);
  return dir;
}
