// Where, inside an event's evidence sentence, to highlight the trigger and the
// named slots. The trigger has exact article offsets; the other slots carry
// only their text, so they are found by string search in the sentence.
import type { EventRecord } from '../types.js';

export type HighlightKind = 'trigger' | 'perpetrator' | 'target' | 'place' | 'date';

/** Half-open UTF-16 range in `source.text` (not in the article). */
export interface Highlight {
  start: number;
  end: number;
  kind: HighlightKind;
}

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

function overlaps(a: { start: number; end: number }, taken: Highlight[]): boolean {
  return taken.some((t) => a.start < t.end && t.start < a.end);
}

/** Whole-word occurrences of `needle`, exact case first, then case-folded. */
function occurrences(haystack: string, needle: string): number[] {
  const found: number[] = [];
  const scan = (h: string, n: string) => {
    for (let i = h.indexOf(n); i >= 0; i = h.indexOf(n, i + 1)) {
      const before = haystack[i - 1] ?? ' ';
      const after = haystack[i + n.length] ?? ' ';
      if (!WORD_CHAR.test(before) && !WORD_CHAR.test(after)) found.push(i);
    }
  };
  scan(haystack, needle);
  if (found.length > 0) return found;
  // Folding case is only safe when it keeps every offset ("İ" does not).
  const h = haystack.toLowerCase();
  const n = needle.toLowerCase();
  if (h.length === haystack.length && n.length === needle.length) scan(h, n);
  return found;
}

function triggerRange(e: EventRecord): Highlight | null {
  const text = e.source.text;
  const start = e.trigger.start - e.source.start;
  const end = e.trigger.end - e.source.start;
  if (start >= 0 && end > start && end <= text.length && text.slice(start, end) === e.trigger.text) {
    return { start, end, kind: 'trigger' };
  }
  // Offsets that disagree with the text are a pipeline bug; still show the word.
  const at = e.trigger.text ? text.indexOf(e.trigger.text) : -1;
  return at >= 0 ? { start: at, end: at + e.trigger.text.length, kind: 'trigger' } : null;
}

/**
 * Non-overlapping highlights sorted by start. Priority when two would overlap:
 * trigger, perpetrator, target, place, date. Among several occurrences of a
 * name, the one nearest the trigger wins.
 */
export function highlightRanges(e: EventRecord): Highlight[] {
  const text = e.source.text;
  const taken: Highlight[] = [];
  const trigger = triggerRange(e);
  if (trigger) taken.push(trigger);
  const anchor = trigger?.start ?? 0;
  const slots: [HighlightKind, string | undefined][] = [
    ['perpetrator', e.perpetrator?.name],
    ['target', e.target?.name],
    ['place', e.place?.name],
    ['date', e.date?.text],
  ];
  for (const [kind, name] of slots) {
    const needle = name?.trim();
    if (!needle) continue;
    const candidates = occurrences(text, needle)
      .map((start) => ({ start, end: start + needle.length, kind }))
      .filter((r) => !overlaps(r, taken))
      .sort((a, b) => Math.abs(a.start - anchor) - Math.abs(b.start - anchor) || a.start - b.start);
    if (candidates[0]) taken.push(candidates[0]);
  }
  return taken.sort((a, b) => a.start - b.start);
}
