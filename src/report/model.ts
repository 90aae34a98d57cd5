// Turns EventRecords into the flat rows the page's script works on, plus the
// lookup tables it needs. Everything here is computed in Node, so it is
// deterministic and unit-testable; the browser only filters and counts.
import type { EventRecord } from '../types.js';
import { countryTable, type CountryInfo } from './countries.js';
import { highlightRanges } from './highlight.js';

export interface ReportRow {
  id: string;
  tactic: string;
  label: string;
  cameo: string | null;
  plover: string | null;
  perp: string | null;
  perpCountry: string | null;
  perpType: string | null;
  target: string | null;
  targetType: string | null;
  place: string | null;
  host: string | null;
  lat: number | null;
  lon: number | null;
  placePrecision: string | null;
  date: string | null;
  datePrecision: string | null;
  dateText: string | null;
  /** Year of the date at any precision; null when undated or unreadable. */
  year: number | null;
  /** `YYYY-MM` only for month- or day-precision dates (year-only dates have none). */
  month: string | null;
  lang: string;
  polarity: string;
  file: string;
  title: string | null;
  published: string | null;
  sentence: string;
  /** Highlights in `sentence`: [start, end, kind]. */
  hl: [number, number, string][];
}

export interface ReportModel {
  rows: ReportRow[];
  countries: Record<string, CountryInfo>;
  /** Tactic codes with their labels, most frequent first (fixes chart colours). */
  tactics: { code: string; label: string; count: number }[];
}

function dateParts(e: EventRecord): { year: number | null; month: string | null } {
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(e.date?.value ?? '');
  if (!m || !e.date) return { year: null, month: null };
  const month = e.date.precision !== 'year' && m[2] ? `${m[1]}-${m[2]}` : null;
  return { year: Number(m[1]), month };
}

export function toRow(e: EventRecord): ReportRow {
  const { year, month } = dateParts(e);
  return {
    id: e.id,
    tactic: e.tactic,
    label: e.tactic_label || e.tactic,
    cameo: e.cameo,
    plover: e.plover,
    perp: e.perpetrator?.name || null,
    perpCountry: e.perpetrator?.country || null,
    perpType: e.perpetrator?.type || null,
    target: e.target?.name || null,
    targetType: e.target?.type || null,
    place: e.place?.name || null,
    host: e.place?.country || null,
    lat: e.place?.lat ?? null,
    lon: e.place?.lon ?? null,
    placePrecision: e.place?.precision ?? null,
    date: e.date?.value ?? null,
    datePrecision: e.date?.precision ?? null,
    dateText: e.date?.text ?? null,
    year,
    month,
    lang: e.language,
    polarity: e.polarity,
    file: e.source.file,
    title: e.source.title,
    published: e.source.published,
    sentence: e.source.text,
    hl: highlightRanges(e).map((h) => [h.start, h.end, h.kind]),
  };
}

export function buildModel(events: EventRecord[]): ReportModel {
  const rows = events.map(toRow);
  const codes = rows.flatMap((r) => [r.perpCountry, r.host]).filter((c): c is string => !!c);
  const tally = new Map<string, { code: string; label: string; count: number }>();
  for (const r of rows) {
    const t = tally.get(r.tactic) ?? { code: r.tactic, label: r.label, count: 0 };
    t.count++;
    tally.set(r.tactic, t);
  }
  const tactics = [...tally.values()].sort((a, b) => b.count - a.count || (a.code < b.code ? -1 : 1));
  return { rows, countries: countryTable(codes), tactics };
}
