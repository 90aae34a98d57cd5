#!/usr/bin/env node
// The command line: `extract` (the main job), `evaluate` (score against gold).
// Every failure prints one line naming the reason and exits non-zero.
import './env.js';
import { Command } from 'commander';
import { EXIT } from './common.js';
import { terminalText } from './terminal-text.js';
import { VERSION } from '../version.js';
import { registerExtract } from './extract-command.js';
import { registerEvaluate } from './evaluate-command.js';
import { registerReport } from './report-command.js';
import { registerMerge } from './merge-command.js';

const program = new Command();
program
  .name('tnr-events')
  .description('Extract transnational repression events (who did what to whom, where, when) from English and Norwegian articles.')
  .version(VERSION)
  .showHelpAfterError('(run with --help for usage)')
  .configureOutput({ outputError: (str, write) => write(str) })
  .exitOverride((err) => {
    process.exit(err.exitCode === 0 ? 0 : EXIT.usage);
  });

registerExtract(program);
registerEvaluate(program);
registerReport(program);
registerMerge(program);

program.parseAsync(process.argv).catch((err: Error) => {
  process.stderr.write(`tnr-events: ${terminalText(String(err.message).split('\n')[0])}\n`); // the message may quote a file name or a data cell
  process.exit(EXIT.fatal);
});
