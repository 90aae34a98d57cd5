// Text from outside (file names, OS error messages, data cells) written to a
// terminal: control characters are shown JSON-style (`\u001b`) instead of
// being sent, so a hostile file name cannot move the cursor, clear the
// screen, recolour the output or start a line of its own ("skipped x: ..."
// that the tool never wrote). The C1 controls count too (U+009B is CSI on
// some terminals), and so do the bidirectional overrides, which reorder
// what a reader sees. A backslash is doubled so an escape in the output
// always means an escaped character, never a name that spells one.
const UNSAFE = /[\\\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const escape = (c: string): string => (c === '\\' ? '\\\\' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

export function terminalText(s: string): string {
  return s.replace(UNSAFE, escape);
}
