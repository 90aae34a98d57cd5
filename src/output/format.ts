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

/** Text as UTF-8: one buffer, or several pieces one after the other when it is long (see encodeText). */
export type Utf8Text = Uint8Array | Uint8Array[];

/** The same as text, or as its UTF-8 bytes (what a worker sends: see encodeFormatted). */
export type FormattedOutput = Partial<Record<Format, string | Utf8Text>>;

const utf8 = new TextEncoder();

/**
 * UTF-16 units per piece: at most 3 bytes each in UTF-8, so every piece
 * stays under 128 KB, the size from which glibc maps a buffer of its own
 * and, once it is freed, keeps more memory for the rest of the run
 * (read/text-file.ts). The events of a long, event-dense article come to
 * more than that.
 */
export const PIECE_UNITS = 32 * 1024;

const isHighSurrogate = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;

/**
 * The text as UTF-8, in pieces of at most PIECE_UNITS units when it is
 * longer, never cut between the halves of a surrogate pair: the pieces one
 * after the other are the bytes of the whole (a lone surrogate becomes
 * U+FFFD either way).
 */
export function encodeText(text: string): Utf8Text {
  if (text.length <= PIECE_UNITS) return utf8.encode(text);
  const pieces: Uint8Array[] = [];
  for (let at = 0; at < text.length; ) {
    let end = Math.min(text.length, at + PIECE_UNITS);
    if (end < text.length && isHighSurrogate(text.charCodeAt(end - 1))) end--;
    pieces.push(utf8.encode(text.slice(at, end)));
    at = end;
  }
  return pieces;
}

/**
 * The text as UTF-8 bytes, each in a buffer of its own that a worker hands
 * over without a copy (`transfer`). The strings then die young in the
 * worker, the bytes wait outside the JavaScript heap until written, and the
 * writing thread neither copies nor encodes them. A lone surrogate becomes
 * U+FFFD, as it does when the stream encodes a string.
 */
export function encodeFormatted(text: FormattedEvents): { bytes: Partial<Record<Format, Utf8Text>>; transfer: ArrayBuffer[] } {
  const bytes: Partial<Record<Format, Utf8Text>> = {};
  const transfer: ArrayBuffer[] = [];
  for (const f of Object.keys(text) as Format[]) {
    const b = encodeText(text[f]!);
    bytes[f] = b;
    for (const piece of Array.isArray(b) ? b : [b]) if (piece.byteLength) transfer.push(piece.buffer as ArrayBuffer);
  }
  return { bytes, transfer };
}

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

const fromUtf8 = new TextDecoder();
const asText = (t: string | Utf8Text): string => (typeof t === 'string' ? t : Array.isArray(t) ? t.map((p) => fromUtf8.decode(p)).join('') : fromUtf8.decode(t));

/** The events back from their JSON or NDJSON text or bytes (for consumers that need the objects, such as report.html). */
export function parseFormatted(formatted: FormattedOutput): EventRecord[] {
  if (formatted.json !== undefined) {
    const json = asText(formatted.json);
    return json === '' ? [] : (JSON.parse(`[${json}]`) as EventRecord[]);
  }
  if (formatted.ndjson !== undefined) {
    const ndjson = asText(formatted.ndjson);
    return ndjson === '' ? [] : ndjson.slice(0, -1).split('\n').map((l) => JSON.parse(l) as EventRecord);
  }
  throw new Error('the events were formatted neither as JSON nor as NDJSON');
}

/** The formats to make: the files' own, plus JSON when the run also needs the events back as objects. */
export function formatsToMake(formats: readonly Format[], needEvents: boolean): Format[] {
  return needEvents && !formats.includes('json') && !formats.includes('ndjson') ? [...formats, 'json'] : [...formats];
}
