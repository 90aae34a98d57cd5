// Windows-1252 is what old Norwegian and English newsroom exports use when
// they are not UTF-8. It is one byte per character, so offsets into the
// decoded text are byte offsets too. Only 0x80–0x9F differ from Latin-1.

// The 0x80–0x9F row (WHATWG encoding table); the five undefined bytes map to
// the C1 control of the same number, as browsers do.
const HIGH_ROW = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d, 0x8f,
  0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d, 0x17e, 0x178,
];

/** Decode bytes as Windows-1252 (never fails): Latin-1 plus the 0x80–0x9F row. */
export function decodeWindows1252(buf: Uint8Array): string {
  return Buffer.from(buf.buffer, buf.byteOffset, buf.byteLength)
    .toString('latin1')
    .replace(/[\x80-\x9f]/g, (c) => String.fromCharCode(HIGH_ROW[c.charCodeAt(0) - 0x80]));
}

/** The Windows-1252 character for a numeric HTML reference in 0x80–0x9F (HTML spec). */
export function windows1252HighChar(code: number): number {
  return code >= 0x80 && code <= 0x9f ? HIGH_ROW[code - 0x80] : code;
}

const UNDEFINED_BYTES = new Set([0x81, 0x8d, 0x8f, 0x90, 0x9d]);

/** High bytes that are common in real Windows-1252 prose: letters, quotes, dashes, symbols. */
function isPlausibleHighByte(b: number): boolean {
  if (b >= 0xc0) return b !== 0xd7 && b !== 0xf7; // À–ÿ letters, not × ÷
  return [0x80, 0x85, 0x8a, 0x8c, 0x8e, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9a, 0x9c, 0x9e, 0x9f,
    0xa0, 0xa3, 0xa7, 0xa9, 0xab, 0xae, 0xb0, 0xb4, 0xb7, 0xbb, 0xbd].includes(b);
}

export interface Utf8Scan {
  /** Well-formed multi-byte UTF-8 sequences. */
  validSequences: number;
  /** Bytes that are not part of any well-formed sequence. */
  invalidBytes: number;
}

/** Count well-formed multi-byte sequences and stray bytes (overlongs and surrogates count as stray). */
export function scanUtf8(buf: Uint8Array): Utf8Scan {
  let validSequences = 0;
  let invalidBytes = 0;
  let i = 0;
  while (i < buf.length) {
    const b = buf[i];
    if (b < 0x80) { i++; continue; }
    const need = b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : 0;
    let ok = need > 0;
    for (let k = 1; ok && k <= need; k++) ok = i + k < buf.length && (buf[i + k] & 0xc0) === 0x80;
    if (ok && need === 2) {
      const b1 = buf[i + 1];
      ok = !(b === 0xe0 && b1 < 0xa0) && !(b === 0xed && b1 >= 0xa0);
    }
    if (ok && need === 3) {
      const b1 = buf[i + 1];
      ok = !(b === 0xf0 && b1 < 0x90) && !(b === 0xf4 && b1 >= 0x90);
    }
    if (ok) { validSequences++; i += need + 1; } else { invalidBytes++; i++; }
  }
  return { validSequences, invalidBytes };
}

/**
 * True when bytes that are not valid UTF-8 read as Windows-1252 prose: no
 * control characters or undefined bytes, high bytes are mostly letters or
 * typographic punctuation, text is mostly ASCII, and there are fewer
 * well-formed UTF-8 sequences than stray bytes (a mostly-UTF-8 file with a few
 * bad bytes is damaged UTF-8, not Windows-1252).
 */
export function looksLikeWindows1252(buf: Uint8Array, scan: Utf8Scan): boolean {
  if (scan.validSequences >= scan.invalidBytes) return false;
  let high = 0;
  let plausible = 0;
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) return false;
    if (b < 0x80) continue;
    if (UNDEFINED_BYTES.has(b)) return false;
    high++;
    if (isPlausibleHighByte(b)) plausible++;
  }
  return high > 0 && plausible >= 0.9 * high && high <= 0.3 * buf.length;
}
