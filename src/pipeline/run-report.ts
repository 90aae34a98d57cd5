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

  article(a: Pick<Article, 'file' | 'diagnostics' | 'language' | 'detectedLanguage'>, events: EventRecord[]): void {
    this.r.files.found++;
    const error = a.diagnostics.find((d) => d.level === 'error');
    if (error) {
      this.r.files.skipped++;
      this.r.skipped.push({ file: a.file, code: error.code, reason: error.message });
    } else if (a.language === null || a.language === undefined) {
      this.r.files.skipped++;
      const lang = a.detectedLanguage ?? 'und';
      this.r.skipped.push({ file: a.file, code: 'skipped-language', reason: `language ${lang} is not processed (en, nb, nn are)` });
      this.r.languages[`skipped:${lang}`] = (this.r.languages[`skipped:${lang}`] ?? 0) + 1;
    } else {
      this.r.files.processed++;
      this.r.languages[a.language] = (this.r.languages[a.language] ?? 0) + 1;
    }
    const warnings = a.diagnostics.filter((d) => d.level === 'warning');
    if (warnings.length) this.r.files.with_warnings++;
    for (const w of warnings) this.r.warnings.push({ file: a.file, code: w.code, message: w.message });
    for (const e of events) {
      this.r.events.total++;
      if (e.polarity === 'denied') this.r.events.denied++;
      this.r.events.by_tactic[e.tactic] = (this.r.events.by_tactic[e.tactic] ?? 0) + 1;
      this.r.events.by_language[e.language] = (this.r.events.by_language[e.language] ?? 0) + 1;
    }
  }

  /** Inputs that failed in error (unreadable, binary...) count as skipped. */
  get hadBadInput(): boolean {
    return this.r.skipped.some((s) => s.code !== 'skipped-language');
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
