// renderReport: events in, one HTML document out.
import type { EventRecord } from '../types.js';
import { renderEmpty, renderFull } from './page.js';

export interface ReportInput {
  events: EventRecord[];
  /** The input folder as the user named it, e.g. `corpus/`. */
  generatedFrom: string;
  runSummary?: { files: number; skipped: number; byLanguage: Record<string, number> };
}

/** The full HTML document. Deterministic: the same input gives the same bytes. */
export function renderReport(input: ReportInput): string {
  return input.events.length === 0 ? renderEmpty(input) : renderFull(input);
}
