// Sentence_Break classes of Unicode's sentence boundary rules (UAX #29),
// which Intl.Segmenter follows, for the characters of ordinary European
// text: Latin, Greek, Cyrillic, general punctuation and currency signs. Any
// other character (and the Extend and Format classes: combining marks, soft
// hyphens, zero-width characters) is UNSUPPORTED, and a chunk holding one is
// left to Intl.Segmenter. The classes are derived from the same Unicode
// properties the standard names; test/sentences/scanner.test.ts checks them,
// character by character, against the Intl.Segmenter of the running Node, so
// a Unicode update that moves a character (";" became SContinue) shows there.

export const OTHER = 0, CR = 1, LF = 2, SEP = 3, SP = 4, LOWER = 5, UPPER = 6, OLETTER = 7;
export const NUMERIC = 8, ATERM = 9, STERM = 10, CLOSE = 11, SCONTINUE = 12, UNSUPPORTED = 13;

/** Half-open code point ranges handled here. */
const SUPPORTED: Array<[number, number]> = [
  [0x0000, 0x0250], // Basic Latin to Latin Extended-B
  [0x0370, 0x0530], // Greek and Coptic, Cyrillic (its combining marks excluded below)
  [0x1e00, 0x2070], // Latin Extended Additional, Greek Extended, General Punctuation
  [0x20a0, 0x20c1], // currency signs
];

const EXTEND_OR_FORMAT = /[\p{Grapheme_Extend}\p{Mc}\p{Cf}\u200d]/u;
const WHITE_SPACE = /\p{White_Space}/u;
const LOWERCASE = /\p{Lowercase}/u;
const UPPERCASE = /[\p{Uppercase}\p{Lt}]/u;
const ALPHABETIC = /\p{Alphabetic}/u;
const SENTENCE_TERMINAL = /\p{Sentence_Terminal}/u;
/** Opening, closing and quotation punctuation, and the two ASCII quotes (Line_Break=Quotation). */
const CLOSE_PUNCTUATION = /[\p{Ps}\p{Pe}\p{Pi}\p{Pf}"']/u;
/** SContinue in these ranges: comma, hyphen-minus, colon, semicolon, Greek question mark (a semicolon), en and em dash. */
const CONTINUE = new Set([0x2c, 0x2d, 0x3a, 0x3b, 0x37e, 0x2013, 0x2014]);

function classOf(code: number): number {
  const c = String.fromCharCode(code);
  if (code === 0x0d) return CR;
  if (code === 0x0a) return LF;
  if (code === 0x85 || code === 0x2028 || code === 0x2029) return SEP;
  if (EXTEND_OR_FORMAT.test(c)) return UNSUPPORTED;
  if (WHITE_SPACE.test(c)) return SP;
  if (LOWERCASE.test(c)) return LOWER;
  if (UPPERCASE.test(c)) return UPPER;
  if (ALPHABETIC.test(c)) return OLETTER;
  if (code >= 0x30 && code <= 0x39) return NUMERIC; // the only Line_Break=Numeric characters in these ranges
  if (code === 0x2e || code === 0x2024) return ATERM;
  if (CONTINUE.has(code)) return SCONTINUE;
  if (SENTENCE_TERMINAL.test(c)) return STERM;
  if (CLOSE_PUNCTUATION.test(c)) return CLOSE;
  return OTHER;
}

/** Class of every UTF-16 unit (surrogates are UNSUPPORTED: no supported range is astral). */
export const CLASSES = new Uint8Array(0x10000).fill(UNSUPPORTED);
for (const [from, to] of SUPPORTED) for (let code = from; code < to; code++) CLASSES[code] = classOf(code);
