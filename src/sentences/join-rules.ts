// Decides whether a boundary that Intl.Segmenter (or a chunk cut) put between
// two neighbouring pieces is false, i.e. the pieces are one sentence.
import type { Lang, Span } from '../types.js';
import { abbreviationBefore } from './abbreviations.js';
import {
  endsWithTerminal, firstWordCharacter, isBulletAt, isDigit, isLineBreak, isLower, isUpper, TERMINAL,
} from './characters.js';

/** Month names and abbreviations (English, Bokmål, Nynorsk) that follow a day ordinal: "25. Feb 2020". */
const MONTHS = new Set(
  ('januar january jan februar february feb mars march mar april apr mai may juni june jun juli july jul ' +
    'august aug september sep sept oktober october okt oct november nov desember december des dec').split(' '),
);

export function shouldJoin(text: string, a: Span, b: Span, lang: Lang): boolean {
  for (let i = a.end; i < b.start; i++) if (isLineBreak(text[i])) return joinAcrossLineBreak(text, a, b);
  return joinAfterStop(text, a, b, lang);
}

/**
 * Segmenter splits at every line break. A line that ends a sentence, a bullet,
 * and a line without final punctuation followed by a capitalised line
 * (headline, byline, heading) stay apart; a line that breaks off mid-sentence
 * (ends with a comma, or the next line goes on in lower case) is rejoined.
 */
function joinAcrossLineBreak(text: string, a: Span, b: Span): boolean {
  if (isBulletAt(text, b.start)) return false;
  if (endsWithTerminal(text, a.start, a.end)) return false;
  const last = text[a.end - 1];
  if (last === ',' || last === ';') return true;
  return isLower(text[firstWordCharacter(text, b.start, b.end)]);
}

function joinAfterStop(text: string, a: Span, b: Span, lang: Lang): boolean {
  const next = text[firstWordCharacter(text, b.start, b.end)];
  const last = text[a.end - 1];
  // "“Why?” he asked." / "– Hvorfor? spør han.": the sentence goes on in lower case.
  if (isLower(next) && endsWithTerminal(text, a.start, a.end)) return true;
  if (last !== '.') return false;

  const rule = abbreviationBefore(text, a.start, a.end, lang);
  if (rule === 'any') return true;
  if (rule === 'lower' && (isLower(next) || isDigit(next))) return true;
  if (rule === 'digit' && isDigit(next)) return true;

  if (isUpper(next) && endsWithInitial(text, a)) return true;
  if (endsWithDayOrdinal(text, a) && startsWithMonth(text, b)) return true;
  return false;
}

/** "J." in "J. K. Rowling": one capital letter, standing alone, then a full stop. */
function endsWithInitial(text: string, a: Span): boolean {
  const letter = a.end - 2;
  if (letter < a.start || !isUpper(text[letter])) return false;
  const before = text[letter - 1];
  return letter === a.start || before === ' ' || before === '.' || before === '(' || before === '\u00a0';
}

/** "25." in "25. Feb 2020": one or two digits, standing alone, then a full stop. */
function endsWithDayOrdinal(text: string, a: Span): boolean {
  let i = a.end - 2;
  let digits = 0;
  while (i >= a.start && isDigit(text[i]) && digits <= 2) {
    i--;
    digits++;
  }
  if (digits < 1 || digits > 2) return false;
  return i < a.start || !(isDigit(text[i]) || TERMINAL.has(text[i]) || /\p{L}/u.test(text[i]));
}

function startsWithMonth(text: string, b: Span): boolean {
  let i = b.start;
  while (i < b.end && /\p{L}/u.test(text[i]) && i - b.start <= 10) i++;
  return MONTHS.has(text.slice(b.start, i).toLowerCase());
}
