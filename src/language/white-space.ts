// Whether a UTF-16 unit is white space as /\s/ defines it (paragraph and
// sentence spans are trimmed by that definition), decided without a regular
// expression for ASCII: it runs for a good share of all characters.
const SPACE = /\s/;

export function isWhiteSpaceCode(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return SPACE.test(String.fromCharCode(code));
}
