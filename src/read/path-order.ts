// Byte order of UTF-8 paths (= Unicode code point order), so output order is
// the same on every machine and locale. JavaScript's `<` compares UTF-16 code
// units, which puts U+E000–U+FFFF after astral characters; this corrects that.

import { sep } from 'node:path';

function codePointRank(unit: number): number {
  if (unit < 0xd800) return unit;
  return unit >= 0xe000 ? unit - 0x800 : unit + 0x2000;
}

/** Compare two strings by their UTF-8 bytes without encoding them. */
export function compareBytes(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x !== y) return codePointRank(x) - codePointRank(y);
  }
  return a.length - b.length;
}

/** A path with `/` separators, whatever the platform (a backslash in a Linux file name stays). */
export const toPosix = (p: string): string => (sep === '/' ? p : p.split(sep).join('/'));
