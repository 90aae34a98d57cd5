// The stage's messages to the researcher: why a document was skipped, and
// which documents were processed in more than one language.
import type { Diagnostic, Paragraph } from '../types.js';

const NAMES: Record<string, string> = {
  eng: 'English', nob: 'Norwegian Bokmål', nno: 'Norwegian Nynorsk', dan: 'Danish', swe: 'Swedish',
  deu: 'German', fra: 'French', spa: 'Spanish', por: 'Portuguese', ita: 'Italian', nld: 'Dutch',
  tur: 'Turkish', pol: 'Polish', rus: 'Russian', ukr: 'Ukrainian', cmn: 'Chinese', arb: 'Arabic',
  fas: 'Persian', und: 'undetermined',
};

export function languageName(code: string): string {
  return NAMES[code] ?? code;
}

export function skippedDiagnostic(file: string, detected: string): Diagnostic {
  return {
    level: 'info',
    code: 'skipped-language',
    message:
      detected === 'und'
        ? 'skipped: no language could be detected (too little text)'
        : `skipped: document is in ${languageName(detected)} (${detected}), not English or Norwegian`,
    file,
  };
}

/** Null when every paragraph is processed in the same language (or all are skipped). */
export function mixedDiagnostic(file: string, paragraphs: Paragraph[]): Diagnostic | null {
  const counts = new Map<string, number>();
  const skippedCodes = new Set<string>();
  for (const p of paragraphs) {
    const key = p.lang ?? 'skipped';
    counts.set(key, (counts.get(key) ?? 0) + 1);
    if (!p.lang) skippedCodes.add(p.detected);
  }
  if (counts.size < 2) return null;
  const parts = [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([key, n]) => (key === 'skipped' ? `skipped ×${n} (${[...skippedCodes].join(', ')})` : `${key} ×${n}`));
  return {
    level: 'info',
    code: 'mixed-language',
    message: `paragraphs in more than one language: ${parts.join(', ')}`,
    file,
  };
}
