// The run report gives each skipped file its own reason: an empty file or a
// page with no visible text is skipped as such, not as an undetectable
// language ("language und"), and neither counts as bad input (exit code 3).
import { describe, expect, it } from 'vitest';
import { RunReportBuilder, tallyEvents } from '../../src/pipeline/run-report.js';
import type { Diagnostic } from '../../src/types.js';
import { makeEvent } from '../helpers/event.js';

const warning = (file: string, code: string, message: string): Diagnostic => ({ level: 'warning', code, message, file });

function reportOf(articles: { file: string; diagnostics: Diagnostic[]; language?: 'en' | null; detectedLanguage?: string }[]) {
  const b = new RunReportBuilder('tool', 'gaz');
  for (const a of articles) b.article(a, tallyEvents([]));
  return { report: b.build(), bad: b.hadBadInput };
}

describe('files with nothing to read in the run report', () => {
  it.each([
    ['an empty file', 'empty.txt', 'empty-file', 'file is empty'],
    ['a whitespace-only file', 'blank.md', 'empty-file', 'file has only whitespace'],
    ['a page with no visible text', 'scripts.html', 'no-visible-text', 'HTML page has no visible text'],
  ])('%s is skipped under its own code, listed once, and is not bad input', (_what, file, code, message) => {
    // As processArticle leaves it: no language stage ran, so no language and no detected language.
    const { report, bad } = reportOf([{ file, diagnostics: [warning(file, code, message)] }]);
    expect(report.skipped).toEqual([{ file, code, reason: message }]);
    expect(report.warnings).toEqual([]);
    expect(report.files).toEqual({ found: 1, processed: 0, skipped: 1, with_warnings: 0 });
    expect(report.languages).toEqual({});
    expect(bad).toBe(false);
  });

  it('keeps skipped-language for text in another language, and its other warnings', () => {
    const file = 'deutsch.txt';
    const { report, bad } = reportOf([{ file, diagnostics: [warning(file, 'invalid-utf8', 'invalid UTF-8 replaced')], language: null, detectedLanguage: 'deu' }]);
    expect(report.skipped).toEqual([{ file, code: 'skipped-language', reason: 'language deu is not processed (en, nb, nn are)' }]);
    expect(report.warnings.map((w) => w.code)).toEqual(['invalid-utf8']);
    expect(report.languages).toEqual({ 'skipped:deu': 1 });
    expect(bad).toBe(false);
  });

  it('an unreadable file is still bad input', () => {
    const file = 'x.txt';
    const { bad } = reportOf([{ file, diagnostics: [{ level: 'error', code: 'binary-file', message: 'binary', file }] }]);
    expect(bad).toBe(true);
  });
});

describe('event counts from each article’s tally', () => {
  // The workers send a tally per article instead of its events: the run
  // report must count exactly what counting every event gives.
  it('sums tactics, languages and denied acts over articles, keys sorted', () => {
    const b = new RunReportBuilder('tool', 'gaz');
    const a1 = [makeEvent({ tactic: 'THREAT', language: 'nb' }), makeEvent({ tactic: 'DETENTION', polarity: 'denied' })];
    const a2 = [makeEvent({ tactic: 'DETENTION', language: 'nn' })];
    b.article({ file: 'a.txt', diagnostics: [], language: 'nb' }, tallyEvents(a1));
    b.article({ file: 'b.txt', diagnostics: [], language: 'en' }, tallyEvents([]));
    b.article({ file: 'c.txt', diagnostics: [], language: 'nn' }, tallyEvents(a2));
    const { events } = b.build();
    expect(events).toEqual({ total: 3, denied: 1, by_tactic: { DETENTION: 2, THREAT: 1 }, by_language: { en: 1, nb: 1, nn: 1 } });
    expect(Object.keys(events.by_tactic)).toEqual(['DETENTION', 'THREAT']);
  });
});
