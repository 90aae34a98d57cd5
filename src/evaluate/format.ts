// Text and JSON renderings of a score, the text one line for line as the
// reference scorer prints it, plus a per-tactic table for `--detail`.
import type { ScoreResult } from './score.js';

const pct = (x: number) => (100 * x).toFixed(1);

export function formatScore(r: ScoreResult, opts: { showErrors?: boolean; detail?: boolean } = {}): string {
  const lines: string[] = [];
  if (opts.showErrors) for (const e of r.errors) lines.push(JSON.stringify(e));
  lines.push(`documents ${r.documents}, extracted ${r.extracted}, required gold ${r.required_gold}`);
  lines.push(`event        P ${pct(r.event.precision)}  R ${pct(r.event.recall)}  F1 ${pct(r.event.f1)}`);
  const s = r.slot_accuracy;
  lines.push(`slots        perpetrator ${pct(s.perpetrator_country)}  target ${pct(s.target)}  place ${pct(s.place_country)}  date ${pct(s.date)}`);
  lines.push(`full record  P ${pct(r.full_record.precision)}  R ${pct(r.full_record.recall)}  F1 ${pct(r.full_record.f1)}`);
  if (opts.detail) {
    lines.push('', 'tactic                  tp   fp   fn      P      R     F1');
    const rows = Object.entries(r.by_tactic).sort(([a], [b]) => (a < b ? -1 : 1));
    for (const [t, c] of rows) {
      const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
      const rc = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
      const f = p + rc ? (2 * p * rc) / (p + rc) : 0;
      lines.push(`${t.padEnd(22)} ${String(c.tp).padStart(4)} ${String(c.fp).padStart(4)} ${String(c.fn).padStart(4)}  ${pct(p).padStart(5)}  ${pct(rc).padStart(5)}  ${pct(f).padStart(5)}`);
    }
  }
  return lines.join('\n');
}

export function scoreJson(r: ScoreResult, showErrors: boolean): string {
  const { errors, ...rest } = r;
  return JSON.stringify(showErrors ? { ...rest, errors } : rest, null, 2);
}
