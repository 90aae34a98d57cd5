import type { Command } from 'commander';
import { resolve } from 'node:path';
import { readEvents } from '../evaluate/load.js';
import { writeReportFile } from '../report/index.js';
import type { EventRecord } from '../types.js';

export function registerReport(program: Command): void {
  program
    .command('report')
    .description('Write the self-contained HTML report (timeline, map, tactics, evidence) for an events file')
    .argument('[events]', 'events file (.json array or .ndjson)', 'out/events.json')
    .option('-o, --out <file>', 'HTML file to write', 'out/report.html')
    .option('--title <text>', 'what the events were extracted from, shown in the report', 'corpus/')
    .action(async (events: string, o: { out: string; title: string }) => {
      const list = readEvents(events) as unknown as EventRecord[];
      await writeReportFile(resolve(o.out), { events: list, generatedFrom: o.title });
      process.stderr.write(`tnr-events: report of ${list.length} events → ${o.out}\n`);
    });
}
