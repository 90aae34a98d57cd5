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

/**
 * OWASP's formula starters (= + - @ tab CR), and NUL as OWASP ASVS 1.2.10
 * adds: /^[=+\-@\t\r\0]/, tested by code unit (this runs for every cell).
 */
function startsFormula(value: string): boolean {
  switch (value.charCodeAt(0)) {
    case 0x3d: // =
    case 0x2b: // +
    case 0x2d: // -
    case 0x40: // @
    case 0x09: // tab
    case 0x0d: // CR
    case 0x00: // NUL
      return true;
    default:
      return false;
  }
}

/**
 * Spreadsheet safety (OWASP CSV injection): a text cell that a spreadsheet
 * would read as a formula gets a leading apostrophe, which spreadsheets show
 * as text and do not evaluate. Numeric columns hold only numbers we wrote.
 */
export function neutraliseCell(value: string): string {
  return startsFormula(value) ? `'${value}` : value;
}

type Cell = string | number | null | undefined;

/** A text column's cell. */
const text = (x: Cell): string => (x === null || x === undefined ? '' : neutraliseCell(String(x)));
/** A NUMERIC_COLUMNS cell: a number as it is, anything else as text. */
const num = (x: Cell): string => (x === null || x === undefined ? '' : typeof x === 'number' ? String(x) : neutraliseCell(String(x)));

/** The cells in CSV_COLUMNS order (written out rather than looked up per column: this runs for every event). */
export function csvRow(e: EventRecord): string[] {
  const p = e.perpetrator, t = e.target, pl = e.place, d = e.date, s = e.source, tr = e.trigger;
  return [
    text(e.id), text(e.tactic), text(e.tactic_label), text(e.cameo), text(e.plover), text(e.polarity),
    text(p?.name), text(p?.country), text(p?.type),
    text(t?.name), text(t?.type),
    text(pl?.name), text(pl?.country), num(pl?.lat), num(pl?.lon), text(pl?.precision),
    text(d?.text), text(d?.value), text(d?.precision),
    text(e.language),
    text(s.file), text(s.title), text(s.published), num(s.sentence), num(s.start), num(s.end), text(s.text),
    text(tr.text), num(tr.start), num(tr.end),
  ];
}
