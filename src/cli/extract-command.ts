import type { Command } from 'commander';
import { resolve } from 'node:path';
import { DEFAULT_GAZETTEER_DIR } from '../paths.js';
import { FORMATS, type Format } from '../output/writers.js';
import { runExtract } from '../pipeline/run.js';
import { createProgress } from './progress.js';
import { EXIT, parseList } from './common.js';

export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('Read articles and write their events as JSON/CSV/NDJSON plus a run report')
    .argument('[inputs...]', 'files, folders or globs of .txt, .md and .html articles', ['corpus'])
    .option('-o, --out <dir>', 'output folder', 'out')
    .option('-f, --format <list>', `comma-separated output formats (${FORMATS.join(', ')})`, parseList(FORMATS), ['json', 'csv'] as Format[])
    .option('-m, --manifest <file>', 'CSV with columns file,url,title,published that overrides what is read from the articles')
    .option('-g, --gazetteers <dir>', 'folder of gazetteer files', DEFAULT_GAZETTEER_DIR)
    .option('--include-denied', 'also write acts the text reports as denied (polarity "denied")', false)
    .option('-q, --quiet', 'no progress or summary on stderr', false)
    .addHelpText('after', `
Exit codes: 0 all inputs processed; 3 finished, but some inputs were skipped as
unreadable or bad (listed in run-report.json); 1 fatal error, nothing written;
2 bad command line.

Examples:
  tnr-events extract corpus --out out
  tnr-events extract "articles/**/*.html" --format json,csv,ndjson --manifest sources.csv`)
    .action(async (inputs: string[], o: { out: string; format: Format[]; manifest?: string; gazetteers: string; includeDenied: boolean; quiet: boolean }) => {
      const progress = createProgress({ quiet: o.quiet });
      const result = await runExtract({
        inputs, outDir: resolve(o.out), formats: o.format, gazetteerDir: resolve(o.gazetteers), manifest: o.manifest,
        includeDenied: o.includeDenied,
        onArticle: (done, total, bytes) => progress.tick(done, total, bytes),
      });
      const f = result.report.files;
      progress.finish(`tnr-events: ${f.processed} files processed, ${f.skipped} skipped, ${result.events} events → ${o.out}/`);
      if (!o.quiet) for (const s of result.report.skipped) process.stderr.write(`skipped ${s.file}: ${s.reason}\n`);
      if (result.hadBadInput) process.exitCode = EXIT.skippedInput;
    });
}
