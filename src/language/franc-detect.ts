// franc, limited to the languages in play: the three we process, their close
// neighbours (Danish, Swedish) and common languages of articles we must
// recognise and skip. A short `only` list is both faster and more accurate
// than all 400 languages (STACK-NOTES).
import { francRank } from './franc-fast.js';

export const LANGUAGES_IN_PLAY = [
  'eng', 'nob', 'nno', 'dan', 'swe',
  'deu', 'fra', 'spa', 'por', 'ita', 'nld', 'tur', 'pol',
  'rus', 'ukr', 'cmn', 'arb', 'fas',
];

/** Groups franc codes by what the pipeline does with them. */
export type Family = 'en' | 'no' | 'sv' | 'other' | 'und';

export function familyOf(code: string): Family {
  if (code === 'eng') return 'en';
  // Danish is Norwegian here: franc confuses them on short text, and Danish
  // spelling is close enough for the Norwegian lexicons.
  if (code === 'nob' || code === 'nno' || code === 'dan') return 'no';
  if (code === 'swe') return 'sv';
  if (code === 'und') return 'und';
  return 'other';
}

/** Code → score (1 for the best, lower for worse), best first. */
export type Ranking = Array<[string, number]>;

/** franc's ranking (franc-fast.ts gives franc's answer, faster); franc reads only the first 2,048 characters of `text`. */
export function rankLanguages(text: string, only: string[] = LANGUAGES_IN_PLAY): Ranking {
  return francRank(text, only);
}

/** The best-scored code of a family in a ranking, if franc scored it. */
export function bestOfFamily(ranking: Ranking, family: Family): [string, number] | null {
  for (const entry of ranking) if (familyOf(entry[0]) === family) return entry;
  return null;
}
