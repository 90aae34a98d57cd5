// franc cannot tell Bokmål from Nynorsk reliably; the two written standards
// differ in a few very frequent words (ikke/ikkje, jeg/eg, fra/frå), so
// counting those markers decides. The list is data:
// gazetteers/nynorsk-markers.tsv (form, standard nb|nn, note).
import { dataDir, readDataFile } from './data-file.js';

export type Standard = 'nb' | 'nn';

export interface StandardCounts {
  nb: number;
  nn: number;
}

let markers: Map<string, Standard> | null = null;
let markersDir: string | null = null;

/** Marker form (lower case) → standard; loaded once per data folder, validated on load. */
export function nynorskMarkers(): Map<string, Standard> {
  if (markers && markersDir === dataDir()) return markers;
  const rows = readDataFile('nynorsk-markers.tsv', ['form', 'standard'], ['note'], (column, value) =>
    column === 'standard' && value !== 'nb' && value !== 'nn' ? `standard must be nb or nn, not "${value}"` : null,
  );
  const map = new Map<string, Standard>();
  for (const row of rows) {
    const form = row.cells.form.toLowerCase();
    const previous = map.get(form);
    if (previous && previous !== row.cells.standard) {
      throw new Error(`${row.origin}:1: "${form}" is listed as both nb and nn`);
    }
    map.set(form, row.cells.standard as Standard);
  }
  markers = map;
  markersDir = dataDir();
  return map;
}

/**
 * The standard a paragraph's own markers clearly show, or null when they are
 * too few or too even to overrule the document's standard (a Bokmål quote in a
 * Nynorsk article is rare; a stray "en" is common).
 */
export function clearStandard(counts: StandardCounts): Standard | null {
  if (counts.nn >= 3 && counts.nn >= 2 * counts.nb + 1) return 'nn';
  if (counts.nb >= 3 && counts.nb >= 2 * counts.nn + 1) return 'nb';
  return null;
}

/**
 * The standard of a whole text from summed markers; Bokmål, the far more
 * common standard, wins ties unless franc itself said Nynorsk.
 */
export function documentStandard(counts: StandardCounts, francCode: string): Standard {
  if (counts.nn > counts.nb) return 'nn';
  if (counts.nb > counts.nn) return 'nb';
  return francCode === 'nno' ? 'nn' : 'nb';
}
