// The run report: what was read, what was skipped and why, and how many
// events of each tactic and language came out. Deterministic (no clock), so
// it can be committed beside the dataset.
import type { Article, Diagnostic, EventRecord } from '../types.js';

export interface RunReport {
  tool: string;
  gazetteer_version: string;
  files: { found: number; processed: number; skipped: number; with_warnings: number };
  skipped: { file: string; code: string; reason: string }[];
  warnings: { file: string; code: string; message: string }[];
  languages: Record<string, number>;
  events: { total: number; denied: number; by_tactic: Record<string, number>; by_language: Record<string, number> };
}

/**
 * Read-stage warnings that mean the file holds nothing to process: such a
 * file is skipped under this code (its own reason) rather than under
 * `skipped-language`, since no language could be detected in nothing.
 */
const NO_TEXT = new Set(['empty-file', 'no-visible-text']);

/** Skipped for what the file says (or doesn't), not because it could not be read: not bad input (exit code 0). */
const NOT_BAD = new Set(['skipped-language', ...NO_TEXT]);

/** What the run report counts of one article's events (small enough to cross from a worker with its text). */
export interface EventTally {
  total: number;
  denied: number;
  by_tactic: Record<string, number>;
  by_language: Record<string, number>;
}

export function tallyEvents(events: readonly EventRecord[]): EventTally {
  const t: EventTally = { total: 0, denied: 0, by_tactic: {}, by_language: {} };
  for (const e of events) {
    t.total++;
    if (e.polarity === 'denied') t.denied++;
    t.by_tactic[e.tactic] = (t.by_tactic[e.tactic] ?? 0) + 1;
    t.by_language[e.language] = (t.by_language[e.language] ?? 0) + 1;
  }
  return t;
}

const sortKeys = (o: Record<string, number>) => Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

export class RunReportBuilder {
  private r: RunReport;
  constructor(tool: string, gazetteerVersion: string) {
    this.r = {
      tool, gazetteer_version: gazetteerVersion,
      files: { found: 0, processed: 0, skipped: 0, with_warnings: 0 },
      skipped: [], warnings: [], languages: {},
      events: { total: 0, denied: 0, by_tactic: {}, by_language: {} },
    };
  }

  /** A diagnostic about an input that never became an article (not found, loop). */
  input(d: Diagnostic): void {
    if (d.level === 'error') this.r.skipped.push({ file: d.file, code: d.code, reason: d.message });
    else this.r.warnings.push({ file: d.file, code: d.code, message: d.message });
  }

  article(a: Pick<Article, 'file' | 'diagnostics' | 'language' | 'detectedLanguage'>, tally: EventTally): void {
    this.r.files.found++;
    const error = a.diagnostics.find((d) => d.level === 'error');
    const noText = a.language ? undefined : a.diagnostics.find((d) => NO_TEXT.has(d.code));
    if (error) {
      this.r.files.skipped++;
      this.r.skipped.push({ file: a.file, code: error.code, reason: error.message });
    } else if (noText) {
      this.r.files.skipped++;
      this.r.skipped.push({ file: a.file, code: noText.code, reason: noText.message });
    } else if (a.language === null || a.language === undefined) {
      this.r.files.skipped++;
      const lang = a.detectedLanguage ?? 'und';
      this.r.skipped.push({ file: a.file, code: 'skipped-language', reason: `language ${lang} is not processed (en, nb, nn are)` });
      this.r.languages[`skipped:${lang}`] = (this.r.languages[`skipped:${lang}`] ?? 0) + 1;
    } else {
      this.r.files.processed++;
      this.r.languages[a.language] = (this.r.languages[a.language] ?? 0) + 1;
    }
    const warnings = a.diagnostics.filter((d) => d.level === 'warning' && d !== noText); // the skip reason is listed once
    if (warnings.length) this.r.files.with_warnings++;
    for (const w of warnings) this.r.warnings.push({ file: a.file, code: w.code, message: w.message });
    const r = this.r.events;
    r.total += tally.total;
    r.denied += tally.denied;
    for (const [k, n] of Object.entries(tally.by_tactic)) r.by_tactic[k] = (r.by_tactic[k] ?? 0) + n;
    for (const [k, n] of Object.entries(tally.by_language)) r.by_language[k] = (r.by_language[k] ?? 0) + n;
  }

  /** Inputs that failed in error (unreadable, binary...) count as bad; empty ones and other languages do not. */
  get hadBadInput(): boolean {
    return this.r.skipped.some((s) => !NOT_BAD.has(s.code));
  }

  build(): RunReport {
    const r = this.r;
    return {
      ...r,
      languages: sortKeys(r.languages),
      events: { ...r.events, by_tactic: sortKeys(r.events.by_tactic), by_language: sortKeys(r.events.by_language) },
    };
  }
}
