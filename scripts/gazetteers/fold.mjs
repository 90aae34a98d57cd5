// Match keys for de-duplicating forms. foldKey must stay identical to
// src/gazetteer/fold.ts (test/gazetteer/geo-data.test.ts checks it): two forms
// with the same key are the same pattern to the matcher, so the build keeps one.

export function foldKey(word) {
  return word.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().replace(/ı/g, 'i');
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** The words of a form, folded and joined by one space: "Saudi-Arabia" → "saudi arabia". */
export function matchKey(form) {
  return (form.match(WORD) ?? []).map(foldKey).join(' ');
}

/** Number of letters in a key, spaces not counted. */
export function letterCount(key) {
  return key.replace(/[^\p{L}]/gu, '').length;
}

// Letters that case/accent folding leaves non-ASCII, spelled as English-language
// news spells them when it drops them ("Tromsø" → "Tromso", "Łódź" → "Lodz").
const ASCII = {
  ø: 'o', Ø: 'O', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ß: 'ss', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D',
  ð: 'd', Ð: 'D', þ: 'th', Þ: 'Th', ı: 'i', ħ: 'h', Ħ: 'H', ŧ: 't', Ŧ: 'T', ŀ: 'l', Ŀ: 'L', ĸ: 'k',
};

/** ASCII spelling of a form, or null when folding alone already makes it ASCII. */
export function asciiForm(form) {
  const stripped = form.normalize('NFKD').replace(/\p{M}+/gu, '');
  if (!/[^\x00-\x7f]/.test(stripped)) return null;
  const out = stripped.replace(/[^\x00-\x7f]/g, (ch) => ASCII[ch] ?? ch);
  return /[^\x00-\x7f]/.test(out) || out === form ? null : out;
}

/** Fixed decimal places, never "-0.0000". */
export function coord(n) {
  const s = n.toFixed(4);
  return s === '-0.0000' ? '0.0000' : s;
}

/** Code-unit order: the same on every machine, unlike localeCompare. */
export function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}
