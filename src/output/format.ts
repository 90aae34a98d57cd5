// Each output format's text for one article's events. Made where the events
// are found (in the worker, with --jobs > 1), so the thread that writes the
// files only appends strings in input order: formatting runs in parallel,
// and no event object has to cross between threads and be rebuilt there.
import type { EventRecord } from '../types.js';
import { csvLine } from './csv-line.js';
import { csvRow } from './csv-row.js';

export type Format = 'json' | 'csv' | 'ndjson';
export const FORMATS: Format[] = ['json', 'csv', 'ndjson'];

/** One article's events as each format's writer appends them ('' when there are none). */
export type FormattedEvents = Partial<Record<Format, string>>;

/**
 * The events as the JSON writer's array holds them, without the brackets:
 * each event pretty-printed and indented one level, separated by ",\n".
 * One JSON.stringify per article: "[\n  " event ",\n  " event ... "\n]" with
 * the first two and last two characters cut off (raw newlines are only ever
 * layout: JSON escapes them in strings).
 */
export function jsonBody(events: readonly EventRecord[]): string {
  return events.length === 0 ? '' : JSON.stringify(events, null, 2).slice(2, -2);
}

export function ndjsonLines(events: readonly EventRecord[]): string {
  let lines = '';
  for (const e of events) lines += JSON.stringify(e) + '\n';
  return lines;
}

export function csvRows(events: readonly EventRecord[]): string {
  let rows = '';
  for (const e of events) rows += csvLine(csvRow(e));
  return rows;
}

const FORMATTERS: Record<Format, (events: readonly EventRecord[]) => string> = { json: jsonBody, ndjson: ndjsonLines, csv: csvRows };

export function formatEvents(events: readonly EventRecord[], formats: readonly Format[]): FormattedEvents {
  const out: FormattedEvents = {};
  for (const f of formats) out[f] = FORMATTERS[f](events);
  return out;
}

/** The events back from their JSON or NDJSON text (for consumers that need the objects, such as report.html). */
export function parseFormatted(text: FormattedEvents): EventRecord[] {
  if (text.json !== undefined) return text.json === '' ? [] : (JSON.parse(`[${text.json}]`) as EventRecord[]);
  if (text.ndjson !== undefined) return text.ndjson === '' ? [] : text.ndjson.slice(0, -1).split('\n').map((l) => JSON.parse(l) as EventRecord);
  throw new Error('the events were formatted neither as JSON nor as NDJSON');
}

/** The formats to make: the files' own, plus JSON when the run also needs the events back as objects. */
export function formatsToMake(formats: readonly Format[], needEvents: boolean): Format[] {
  return needEvents && !formats.includes('json') && !formats.includes('ndjson') ? [...formats, 'json'] : [...formats];
}
