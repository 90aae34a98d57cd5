// One flat CSV row per event. Column names are the JSON paths in snake_case
// (`source.file` → `source_file`), documented in the README.
import type { EventRecord } from '../types.js';

export const CSV_COLUMNS = [
  'id', 'tactic', 'tactic_label', 'cameo', 'plover', 'polarity',
  'perpetrator_name', 'perpetrator_country', 'perpetrator_type',
  'target_name', 'target_type',
  'place_name', 'place_country', 'place_lat', 'place_lon', 'place_precision',
  'date_text', 'date_value', 'date_precision',
  'language',
  'source_file', 'source_title', 'source_published', 'source_sentence', 'source_start', 'source_end', 'source_text',
  'trigger_text', 'trigger_start', 'trigger_end',
] as const;

export type CsvColumn = (typeof CSV_COLUMNS)[number];

/** Columns that hold numbers we compute; every other column is text. */
export const NUMERIC_COLUMNS = new Set<CsvColumn>(['place_lat', 'place_lon', 'source_sentence', 'source_start', 'source_end', 'trigger_start', 'trigger_end']);

/** OWASP's formula starters (= + - @ tab CR), and NUL as OWASP ASVS 1.2.10 adds. */
const FORMULA_START = /^[=+\-@\t\r\0]/;

/**
 * Spreadsheet safety (OWASP CSV injection): a text cell that a spreadsheet
 * would read as a formula gets a leading apostrophe, which spreadsheets show
 * as text and do not evaluate. Numeric columns hold only numbers we wrote.
 */
export function neutraliseCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvRow(e: EventRecord): string[] {
  const v: Record<CsvColumn, string | number | null | undefined> = {
    id: e.id, tactic: e.tactic, tactic_label: e.tactic_label, cameo: e.cameo, plover: e.plover, polarity: e.polarity,
    perpetrator_name: e.perpetrator?.name, perpetrator_country: e.perpetrator?.country, perpetrator_type: e.perpetrator?.type,
    target_name: e.target?.name, target_type: e.target?.type,
    place_name: e.place?.name, place_country: e.place?.country, place_lat: e.place?.lat, place_lon: e.place?.lon, place_precision: e.place?.precision,
    date_text: e.date?.text, date_value: e.date?.value, date_precision: e.date?.precision,
    language: e.language,
    source_file: e.source.file, source_title: e.source.title, source_published: e.source.published, source_sentence: e.source.sentence,
    source_start: e.source.start, source_end: e.source.end, source_text: e.source.text,
    trigger_text: e.trigger.text, trigger_start: e.trigger.start, trigger_end: e.trigger.end,
  };
  return CSV_COLUMNS.map((c) => {
    const x = v[c];
    if (x === null || x === undefined) return '';
    if (NUMERIC_COLUMNS.has(c) && typeof x === 'number') return String(x);
    return neutraliseCell(String(x));
  });
}
