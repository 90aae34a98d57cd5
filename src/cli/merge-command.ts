import type { Command } from 'commander';
import { resolve } from 'node:path';
import { FORMATS, type Format } from '../output/writers.js';
import { mergeShards } from '../pipeline/merge.js';
import { parseList } from './common.js';

export function registerMerge(program: Command): void {
  program
    .command('merge')
    .description('Join the outputs of `extract --shard K/N` runs into the dataset a single run gives (same bytes)')
    .argument('<shard-dirs...>', 'the --out folders of all N shard runs (each holds events.ndjson and run-report.json)')
    .option('-o, --out <dir>', 'output folder', 'out')
    .option('-f, --format <list>', `comma-separated output formats (${FORMATS.join(', ')})`, parseList(FORMATS), ['json', 'csv'] as Format[])
    .option('-q, --quiet', 'no summary on stderr', false)
    .addHelpText('after', `
Every shard 1..N must be given once, made by the same tool and gazetteer
version; otherwise merge stops with exit code 1 and writes nothing.

Example:
  tnr-events extract archive --shard 1/3 --format ndjson --out shards/1   # ... 2/3, 3/3 on other machines
  tnr-events merge shards/1 shards/2 shards/3 --out out --format json,csv`)
    .action(async (dirs: string[], o: { out: string; format: Format[]; quiet: boolean }) => {
      const r = await mergeShards({ shardDirs: dirs.map((d) => resolve(d)), outDir: resolve(o.out), formats: o.format });
      if (!o.quiet) process.stderr.write(`tnr-events: merged ${r.shards} shards, ${r.report.files.found} files, ${r.events} events → ${o.out}/\n`);
    });
}
