// Small closed-class word lists (purely grammatical, so kept in code) that
// tell English from Scandinavian text cheaply and reliably on paragraphs
// where trigram detection is slow or easily fooled by names. Words shared by
// the two sides (for, at, men, her, i...) are left out on purpose.

/** English-only function words. */
export const ENGLISH = new Set(
  ('the a an and of in is was were are that with on by from has have had it its his they their them this these ' +
    'which who said be been not as he she would but or after into there than what when where we you our ' +
    'about against because').split(' '),
);

/** Function words that Norwegian, Danish and Swedish share ("I" in capitals is English and is not counted). */
export const SCANDINAVIAN = new Set('i på det som en har av med den de om men kan var han så'.split(' '));

/** Norwegian (Bokmål or Nynorsk) forms that Swedish spells differently. */
export const NORWEGIAN = new Set(
  ('og ikke ikkje er jeg eg fra frå til hun ho ble vart hva kva sier seier å hadde seg ved når skal vil ' +
    'denne dette disse desse etter noe noko mye mykje bare berre enn dei ein eit også òg').split(' '),
);

/** Swedish forms that Norwegian spells differently (och/og, inte/ikke...). */
export const SWEDISH = new Set(
  ('och inte är att jag från också hon efter någon något när vad sig mycket hade blev dessa detta denna ' +
    'sina vid mellan till även enligt samt').split(' '),
);

export type Profile = 'en' | 'no' | null;

export interface WordCounts {
  words: number;
  english: number;
  scandinavian: number;
  norwegian: number;
  swedish: number;
}

/**
 * Share of words a language's function words must reach to be "clear".
 * Prose reaches 25–40 %; headlines, captions and lists of names often fall
 * below and go to franc. Other languages stay well below (German "in", "was";
 * Dutch "de", "en", "is"), and the cross checks below keep them out.
 */
const MIN_SHARE_ENGLISH = 0.15;
const MIN_SHARE_NORWEGIAN = 0.12;
const MIN_HITS = 3;

/**
 * The language the function words clearly point to, or null when the
 * paragraph is too short, mixed, or in another language.
 */
export function functionWordProfile(c: WordCounts): Profile {
  const nordic = c.scandinavian + c.norwegian;
  if (c.english >= MIN_HITS && c.english >= MIN_SHARE_ENGLISH * c.words && nordic * 4 <= c.english) return 'en';
  if (
    nordic >= MIN_HITS &&
    nordic >= MIN_SHARE_NORWEGIAN * c.words &&
    c.english * 4 <= nordic &&
    c.norwegian >= 2 &&
    c.swedish * 2 <= c.norwegian
  ) {
    return 'no';
  }
  return null;
}

/** Swedish only when its own spellings clearly outnumber Norwegian ones. */
export function isClearlySwedish(c: WordCounts): boolean {
  return c.swedish >= MIN_HITS && c.swedish >= 2 * c.norwegian;
}
