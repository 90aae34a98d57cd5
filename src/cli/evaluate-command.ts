import type { Command } from 'commander';
import { resolve } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';
import { corpusReader, readEvents, readGold } from '../evaluate/load.js';
import { scoreEvents } from '../evaluate/score.js';
import { formatScore, scoreJson } from '../evaluate/format.js';
import { EXIT } from './common.js';

export function registerEvaluate(program: Command): void {
  program
    .command('evaluate')
    .description('Score extracted events against a gold .jsonl by the rules of docs/ANNOTATION.md')
    .argument('[events]', 'events file (.json array or .ndjson)', 'out/events.json')
    .option('--gold <file>', 'gold annotations, one article per line', resolve(PACKAGE_ROOT, 'test/fixtures/seeds.gold.jsonl'))
    .option('--corpus <dir>', 'folder holding the gold articles', 'corpus')
    .option('--json', 'print the scores as JSON', false)
    .option('--show-errors', 'list spurious, missed and slot errors', false)
    .option('--detail', 'per-tactic precision and recall', false)
    .option('--min-event-f1 <x>', 'exit 4 when event F1 is below this', parseFloat)
    .action((events: string, o: { gold: string; corpus: string; json: boolean; showErrors: boolean; detail: boolean; minEventF1?: number }) => {
      const result = scoreEvents(readGold(o.gold), readEvents(events), corpusReader(o.corpus));
      process.stdout.write((o.json ? scoreJson(result, o.showErrors) : formatScore(result, { showErrors: o.showErrors, detail: o.detail })) + '\n');
      if (o.minEventF1 !== undefined && result.event.f1 < o.minEventF1) process.exitCode = EXIT.belowThreshold;
    });
}
