// Decides what one stretch of text is written in: function words first (fast
// and robust for English vs Scandinavian), franc when they are not clear,
// with two corrections for franc's known confusions.
import { bestOfFamily, familyOf, rankLanguages, type Family } from './franc-detect.js';
import { functionWordProfile, isClearlySwedish } from './function-words.js';
import type { TextStats } from './text-stats.js';

export interface Decision {
  family: Family;
  /** franc's own answer, or the code the function words imply when franc did not run. */
  detected: string;
}

/**
 * franc scores the winner 1 and others just below; on paragraphs of names and
 * numbers the right language often trails by less than this (a Norwegian line
 * read as Dutch at 0.992), while wrong families on real prose stay below ~0.98.
 */
const CLOSE_CALL = 0.98;
/**
 * Below this many letters a paragraph that still holds a function word of
 * the document's language stays in that language whatever franc says.
 */
const SOLID_LETTERS = 100;

/**
 * `expected` is the document's family (null when deciding the document
 * itself). franc runs only when its answer can change the family: when the
 * function words are not clear, and the text is not too short to leave the
 * document's language. It costs ~1.5 µs a character, ten times the rest of
 * the stage.
 */
export function classifyText(text: string, stats: TextStats, expected: Family | null): Decision {
  const profile = functionWordProfile(stats);
  if (profile) return { family: profile, detected: impliedCode(profile, stats) };
  // Short text holding a word of the document's language stays in it
  // whatever franc says (below), so franc need not run.
  if ((expected === 'en' || expected === 'no') && staysInExpected(stats, expected)) {
    return { family: expected, detected: impliedCode(expected, stats) };
  }

  const ranking = rankLanguages(text);
  const detected = ranking[0][0];

  let family = familyOf(detected);
  if ((expected === 'en' || expected === 'no' || expected === 'sv') && family !== expected) {
    // Leaving the document's language needs evidence: franc alone is often
    // wrong on a headline ("Exiled journalist says..." comes out French).
    const alternative = bestOfFamily(ranking, expected);
    const closeCall = alternative !== null && alternative[1] >= CLOSE_CALL;
    if (closeCall || staysInExpected(stats, expected)) family = expected;
  }
  if (family === 'sv') {
    // franc calls much Norwegian Swedish: inside a Norwegian document it is
    // Norwegian; a document is Swedish only when Swedish spellings dominate.
    if (expected === 'no' || (expected === null && !isClearlySwedish(stats))) family = 'no';
  }
  return { family, detected };
}

/** Too little text to leave the document's language, and a word of it is there. */
function staysInExpected(stats: TextStats, expected: 'en' | 'no' | 'sv'): boolean {
  const expectedWords =
    expected === 'en' ? stats.english : expected === 'no' ? stats.scandinavian + stats.norwegian : stats.swedish;
  return stats.letters < SOLID_LETTERS && expectedWords > 0;
}

/** The code function words imply for text of a family, where franc did not run. */
export function impliedCode(profile: 'en' | 'no', stats: TextStats): string {
  if (profile === 'en') return 'eng';
  return stats.markers.nn > stats.markers.nb ? 'nno' : 'nob';
}
