// HTML character references. The named table is the subset news pages
// actually use (punctuation, Nordic and West-European letters); the full
// HTML5 table has 2,000+ names. Unknown names are left as written.
import { windows1252HighChar } from '../windows-1252.js';

const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0',
  ndash: '–', mdash: '—', hyphen: '‐', minus: '−', shy: '\u00ad',
  lsquo: '‘', rsquo: '’', sbquo: '‚', ldquo: '“', rdquo: '”', bdquo: '„',
  laquo: '«', raquo: '»', lsaquo: '‹', rsaquo: '›', prime: '′', Prime: '″',
  hellip: '…', middot: '·', bull: '•', dagger: '†', sect: '§', para: '¶',
  copy: '©', reg: '®', trade: '™', deg: '°', euro: '€', pound: '£', cent: '¢', yen: '¥',
  times: '×', divide: '÷', plusmn: '±', frac12: '½', frac14: '¼', frac34: '¾',
  ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', zwnj: '\u200c', zwj: '\u200d', lrm: '\u200e', rlm: '\u200f',
  iexcl: '¡', iquest: '¿', ordm: 'º', ordf: 'ª', acute: '´', uml: '¨', cedil: '¸', micro: 'µ',
  aring: 'å', Aring: 'Å', oslash: 'ø', Oslash: 'Ø', aelig: 'æ', AElig: 'Æ',
  auml: 'ä', Auml: 'Ä', ouml: 'ö', Ouml: 'Ö', uuml: 'ü', Uuml: 'Ü', euml: 'ë', Euml: 'Ë', iuml: 'ï', Iuml: 'Ï',
  aacute: 'á', Aacute: 'Á', eacute: 'é', Eacute: 'É', iacute: 'í', Iacute: 'Í', oacute: 'ó', Oacute: 'Ó',
  uacute: 'ú', Uacute: 'Ú', yacute: 'ý', Yacute: 'Ý',
  agrave: 'à', Agrave: 'À', egrave: 'è', Egrave: 'È', igrave: 'ì', Igrave: 'Ì', ograve: 'ò', Ograve: 'Ò',
  ugrave: 'ù', Ugrave: 'Ù', acirc: 'â', Acirc: 'Â', ecirc: 'ê', Ecirc: 'Ê', icirc: 'î', Icirc: 'Î',
  ocirc: 'ô', Ocirc: 'Ô', ucirc: 'û', Ucirc: 'Û', atilde: 'ã', Atilde: 'Ã', otilde: 'õ', Otilde: 'Õ',
  ntilde: 'ñ', Ntilde: 'Ñ', ccedil: 'ç', Ccedil: 'Ç', szlig: 'ß', eth: 'ð', ETH: 'Ð', thorn: 'þ', THORN: 'Þ',
  scaron: 'š', Scaron: 'Š', zcaron: 'ž', Zcaron: 'Ž', oelig: 'œ', OElig: 'Œ', yuml: 'ÿ', Yuml: 'Ÿ',
};

// Names browsers also accept without the final `;` (legacy), limited to the
// ones that appear bare in real pages ("AT&T", "R&amp D").
const LEGACY_BARE = new Set(['amp', 'lt', 'gt', 'quot', 'nbsp', 'copy', 'reg']);

const MAX_NAME = 32;

const isAlnum = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isHex = (c: number): boolean => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);

function codePointChar(cp: number): string {
  if (cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(windows1252HighChar(cp));
}

/** Decode character references in one text run or attribute value; linear time. */
export function decodeEntities(s: string): string {
  let amp = s.indexOf('&');
  if (amp < 0) return s;
  const out: string[] = [];
  let copied = 0;
  while (amp >= 0) {
    let i = amp + 1;
    let replacement: string | null = null;
    if (s.charCodeAt(i) === 0x23) {
      // &#123; or &#x1F600;
      i++;
      const hex = s.charCodeAt(i) === 0x78 || s.charCodeAt(i) === 0x58;
      if (hex) i++;
      const digitsStart = i;
      while (i < s.length && i - digitsStart < 8 && (hex ? isHex(s.charCodeAt(i)) : isDigit(s.charCodeAt(i)))) i++;
      if (i > digitsStart) {
        replacement = codePointChar(parseInt(s.slice(digitsStart, i), hex ? 16 : 10));
        if (s.charCodeAt(i) === 0x3b) i++;
      }
    } else {
      while (i < s.length && i - amp <= MAX_NAME && isAlnum(s.charCodeAt(i))) i++;
      const name = s.slice(amp + 1, i);
      if (s.charCodeAt(i) === 0x3b && Object.hasOwn(NAMED, name)) {
        replacement = NAMED[name];
        i++;
      } else if (LEGACY_BARE.has(name)) replacement = NAMED[name];
    }
    if (replacement !== null) {
      out.push(s.slice(copied, amp), replacement);
      copied = i;
    }
    amp = s.indexOf('&', Math.max(i, amp + 1));
  }
  out.push(s.slice(copied));
  return out.join('');
}
