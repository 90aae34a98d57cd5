// Scores extracted events against a gold file by the rules of the annotation
// guide (docs/ANNOTATION.md): one-to-one matching per article on tactic and
// overlap of the evidence sentence with the gold quote; event P/R/F1, slot
// accuracy over matched pairs, and full-record F1. It must agree with the
// reference scorer the gold files were made for, so its logic follows it step
// by step (including its tie-breaking order).

export interface GoldEvent {
  tactic: string[];
  quote: string;
  perpetrator_country: unknown;
  target: unknown;
  place_country: unknown;
  date: unknown;
  optional?: boolean;
}
export interface GoldDoc {
  file: string;
  published?: string | null;
  events: GoldEvent[];
}

export type SlotName = 'perpetrator_country' | 'place_country' | 'date' | 'target';
const SLOT_NAMES: SlotName[] = ['perpetrator_country', 'place_country', 'date', 'target'];

export interface PRF {
  precision: number;
  recall: number;
  f1: number;
}
export interface ScoreError {
  file: string;
  kind: 'slot' | 'spurious' | 'missed';
  [k: string]: unknown;
}
export interface ScoreResult {
  documents: number;
  extracted: number;
  required_gold: number;
  event: PRF;
  full_record: PRF;
  slot_accuracy: Record<SlotName, number>;
  by_tactic: Record<string, { tp: number; fp: number; fn: number }>;
  errors: ScoreError[];
}

type Pred = Record<string, any>;

const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : [v]);
const fold = (s: unknown) =>
  String(s).normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/\buighur/g, 'uyghur').replace(/\buigur/g, 'uyghur');
const STOP = new Set(['the', 'a', 'an', 'of', 'and', 'og', 'his', 'her', 'their', 'in', 'i', 'de', 'den', 'det']);
const words = (s: unknown) => new Set(fold(s).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 1 && !STOP.has(w)));
const get = (o: unknown, path: string): any => path.split('.').reduce<any>((x, k) => (x == null ? undefined : x[k]), o);
const norm = (v: unknown) => (v === undefined || v === '' ? null : v);

export function targetRight(pred: unknown, goldTargets: unknown): boolean {
  return list(goldTargets).some((g) => {
    if (g === null) return pred === null;
    if (pred === null) return false;
    const pw = words(pred);
    for (const w of words(g)) {
      for (const p of pw) if (p === w || (w.length >= 5 && p.length >= 5 && (p.startsWith(w) || w.startsWith(p)))) return true;
    }
    return false;
  });
}

function slots(p: Pred, g: GoldEvent): Record<SlotName, boolean> {
  const perp = norm(get(p, 'perpetrator.country'));
  const place = norm(get(p, 'place.country'));
  const date = norm(get(p, 'date.value'));
  const target = norm(get(p, 'target.name'));
  return {
    perpetrator_country: list(g.perpetrator_country).some((v) => norm(v) === perp),
    place_country: list(g.place_country).some((v) => norm(v) === place),
    date: list(g.date).some((v) => norm(v) === date),
    target: targetRight(target, g.target),
  };
}

const basename = (p: string) => p.split(/[\\/]/).pop() ?? p;

export class GoldQuoteError extends Error {}

/** `readText(file)` returns the decoded article text (BOM dropped) or null when missing. */
export function scoreEvents(gold: GoldDoc[], predicted: Pred[], readText: (file: string) => string | null): ScoreResult {
  const totals = { predicted: 0, ignored: 0, matched: 0, required: 0, fullMatched: 0 };
  const slotRight: Record<SlotName, number> = { perpetrator_country: 0, place_country: 0, date: 0, target: 0 };
  const byTactic: ScoreResult['by_tactic'] = {};
  const errors: ScoreError[] = [];
  const tally = (t: string, k: 'tp' | 'fp' | 'fn') => {
    (byTactic[t] ??= { tp: 0, fp: 0, fn: 0 })[k]++;
  };

  const goldFiles = new Set(gold.map((d) => d.file));
  const predByFile = new Map<string, Pred[]>();
  for (const p of predicted) {
    const f = basename(String(get(p, 'source.file') ?? ''));
    if (!goldFiles.has(f)) continue;
    if (!predByFile.has(f)) predByFile.set(f, []);
    predByFile.get(f)!.push(p);
  }

  for (const doc of gold) {
    const text = readText(doc.file);
    if (text === null) throw new GoldQuoteError(`missing corpus file ${doc.file}`);
    const golds = doc.events.map((g) => {
      const start = text.indexOf(g.quote);
      if (start < 0) throw new GoldQuoteError(`${doc.file}: quote not found: ${g.quote}`);
      return { ...g, start, end: start + g.quote.length };
    });
    const seen = new Set<string>();
    const preds = (predByFile.get(doc.file) ?? []).filter((p) => {
      const key = JSON.stringify([get(p, 'source.start'), get(p, 'source.end'), p.tactic, get(p, 'target.name'), get(p, 'place.country'), get(p, 'date.value')]);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const pairs: { i: number; j: number; sl: Record<SlotName, boolean>; score: number }[] = [];
    preds.forEach((p, i) =>
      golds.forEach((g, j) => {
        const s = get(p, 'source.start'), e = get(p, 'source.end');
        if (!g.tactic.includes(p.tactic)) return;
        if (!(s < g.end && e > g.start)) return;
        const sl = slots(p, g);
        const score = Object.values(sl).filter(Boolean).length + (g.tactic[0] === p.tactic ? 0.5 : 0) + (g.optional ? 0 : 10);
        pairs.push({ i, j, sl, score });
      }),
    );
    pairs.sort((a, b) => b.score - a.score);
    const usedP = new Set<number>(), usedG = new Set<number>();
    for (const pr of pairs) {
      if (usedP.has(pr.i) || usedG.has(pr.j)) continue;
      usedP.add(pr.i);
      usedG.add(pr.j);
      const g = golds[pr.j];
      if (g.optional) {
        totals.ignored++;
        continue;
      }
      totals.matched++;
      tally(g.tactic[0], 'tp');
      for (const k of SLOT_NAMES) if (pr.sl[k]) slotRight[k]++;
      if (Object.values(pr.sl).every(Boolean)) totals.fullMatched++;
      else errors.push({ file: doc.file, kind: 'slot', quote: g.quote, gold: g, got: preds[pr.i] });
    }
    preds.forEach((p, i) => {
      totals.predicted++;
      if (!usedP.has(i)) {
        tally(p.tactic, 'fp');
        errors.push({ file: doc.file, kind: 'spurious', tactic: p.tactic, text: text.slice(get(p, 'source.start'), get(p, 'source.end')) });
      }
    });
    golds.forEach((g, j) => {
      if (g.optional) return;
      totals.required++;
      if (!usedG.has(j)) {
        tally(g.tactic[0], 'fn');
        errors.push({ file: doc.file, kind: 'missed', tactic: g.tactic, quote: g.quote });
      }
    });
  }

  const f1 = (tp: number, nPred: number, nGold: number): PRF => {
    const p = nPred ? tp / nPred : 0, r = nGold ? tp / nGold : 0;
    return { precision: p, recall: r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
  };
  const counted = totals.predicted - totals.ignored;
  return {
    documents: gold.length,
    extracted: totals.predicted,
    required_gold: totals.required,
    event: f1(totals.matched, counted, totals.required),
    full_record: f1(totals.fullMatched, counted, totals.required),
    slot_accuracy: Object.fromEntries(SLOT_NAMES.map((k) => [k, totals.matched ? slotRight[k] / totals.matched : 0])) as Record<SlotName, number>,
    by_tactic: byTactic,
    errors,
  };
}
