// Bytes → text, saying what was done. The decoded text is what every offset
// in the pipeline points into, so nothing is changed beyond dropping a BOM:
// no newline conversion, no Unicode normalisation.
import type { Diagnostic } from '../types.js';
import { decodeWindows1252, looksLikeWindows1252, scanUtf8 } from './windows-1252.js';

/** A diagnostic before the display path is attached. */
export type ReadNote = Omit<Diagnostic, 'file'>;

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'binary' | 'empty';

export interface Decoded {
  text: string;
  encoding: Encoding;
  notes: ReadNote[];
}

/** How much of the file is inspected for NUL bytes (as git and grep do). */
export const BINARY_SNIFF_BYTES = 8192;

// Formats that are sometimes renamed .txt; recognised by their first bytes.
const MAGIC: Array<[string, number[]]> = [
  ['PDF', [0x25, 0x50, 0x44, 0x46]], // %PDF
  ['ZIP archive (e.g. .docx, .odt)', [0x50, 0x4b, 0x03, 0x04]],
  ['Microsoft Office 97–2003 document', [0xd0, 0xcf, 0x11, 0xe0]],
  ['PNG image', [0x89, 0x50, 0x4e, 0x47]],
  ['JPEG image', [0xff, 0xd8, 0xff]],
  ['GIF image', [0x47, 0x49, 0x46, 0x38]],
  ['gzip archive', [0x1f, 0x8b]],
];

const startsWith = (buf: Uint8Array, bytes: number[]): boolean =>
  buf.length >= bytes.length && bytes.every((b, i) => buf[i] === b);

const binary = (reason: string): Decoded => ({
  text: '',
  encoding: 'binary',
  notes: [{ level: 'error', code: 'binary-file', message: `binary file (${reason}), not read` }],
});

function decodeUtf16(buf: Uint8Array, bigEndian: boolean, how: string): Decoded {
  const even = Buffer.from(buf.subarray(0, buf.length - (buf.length % 2)));
  if (bigEndian) even.swap16();
  const notes: ReadNote[] = [{ level: 'info', code: 'utf16', message: `decoded as UTF-16 ${bigEndian ? 'BE' : 'LE'} (${how})` }];
  if (buf.length % 2) notes.push({ level: 'warning', code: 'invalid-utf16', message: 'odd number of bytes; last byte dropped' });
  return { text: even.toString('utf16le'), encoding: bigEndian ? 'utf-16be' : 'utf-16le', notes };
}

const isPrintableAscii = (b: number): boolean => (b >= 0x20 && b < 0x7f) || b === 0x09 || b === 0x0a || b === 0x0d;

/**
 * UTF-16 without BOM: Latin-script text has a NUL high byte in most code
 * units, on one side only, and the other byte of those units is printable.
 */
function bomlessUtf16(head: Uint8Array): 'le' | 'be' | null {
  const pairs = Math.floor(head.length / 2);
  if (pairs < 4) return null;
  const count = (highAt: 0 | 1): { nulHigh: number; nulLow: number; printable: number } => {
    let nulHigh = 0;
    let nulLow = 0;
    let printable = 0;
    for (let i = 0; i + 1 < head.length; i += 2) {
      const high = head[i + highAt];
      const low = head[i + 1 - highAt];
      if (low === 0) nulLow++;
      if (high === 0) {
        nulHigh++;
        if (isPrintableAscii(low)) printable++;
      }
    }
    return { nulHigh, nulLow, printable };
  };
  for (const [order, highAt] of [['le', 1], ['be', 0]] as const) {
    const c = count(highAt);
    if (c.nulHigh >= 0.4 * pairs && c.nulLow <= 0.02 * pairs && c.printable >= 0.9 * c.nulHigh) return order;
  }
  return null;
}

function decodeUtf8(buf: Uint8Array, hadBom: boolean): Decoded {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(buf), encoding: 'utf-8', notes: [] };
  } catch {
    const scan = scanUtf8(buf);
    if (!hadBom && looksLikeWindows1252(buf, scan)) {
      return {
        text: decodeWindows1252(buf),
        encoding: 'windows-1252',
        notes: [{ level: 'warning', code: 'decoded-windows-1252', message: 'not valid UTF-8; decoded as Windows-1252' }],
      };
    }
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(buf);
    return {
      text,
      encoding: 'utf-8',
      notes: [{ level: 'warning', code: 'invalid-utf8', message: `invalid UTF-8: ${scan.invalidBytes} byte(s) replaced with U+FFFD` }],
    };
  }
}

function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (!(c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0xfeff || c === 0x3000 || (c >= 0x2000 && c <= 0x200b))) return false;
  }
  return true;
}

/** Decode a file's bytes; never throws. */
export function decodeBuffer(buf: Uint8Array): Decoded {
  if (buf.length === 0) {
    return { text: '', encoding: 'empty', notes: [{ level: 'warning', code: 'empty-file', message: 'file is empty' }] };
  }
  let decoded: Decoded;
  if (startsWith(buf, [0xef, 0xbb, 0xbf])) decoded = decodeUtf8(buf.subarray(3), true);
  else if (startsWith(buf, [0xff, 0xfe])) decoded = decodeUtf16(buf.subarray(2), false, 'byte order mark');
  else if (startsWith(buf, [0xfe, 0xff])) decoded = decodeUtf16(buf.subarray(2), true, 'byte order mark');
  else {
    const magic = MAGIC.find(([, bytes]) => startsWith(buf, bytes));
    if (magic) return binary(magic[0]);
    const head = buf.subarray(0, BINARY_SNIFF_BYTES);
    if (head.includes(0)) {
      const utf16 = bomlessUtf16(head);
      if (!utf16) return binary('NUL bytes in the first 8 KB');
      decoded = decodeUtf16(buf, utf16 === 'be', 'no byte order mark, guessed from NUL bytes');
    } else decoded = decodeUtf8(buf, false);
  }
  if (isBlank(decoded.text)) {
    decoded.notes.push({ level: 'warning', code: 'empty-file', message: decoded.text === '' ? 'file has no text after the byte order mark' : 'file has only whitespace' });
  }
  return decoded;
}
