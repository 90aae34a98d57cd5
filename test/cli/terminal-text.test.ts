import { describe, expect, it } from 'vitest';
import { terminalText } from '../../src/cli/terminal-text.js';

describe('terminalText', () => {
  it('leaves ordinary names alone, Norwegian letters and spaces included', () => {
    expect(terminalText('mappe med mellomrom/Søknad – ærlig ø.txt')).toBe('mappe med mellomrom/Søknad – ærlig ø.txt');
  });

  it.each([
    ['ESC sequences', 'a\u001b[2Jb', 'a\\u001b[2Jb'],
    ['a line break that would start a forged line', 'x\nskipped y: z', 'x\\u000askipped y: z'],
    ['a carriage return that would overwrite the line', 'x\rok', 'x\\u000dok'],
    ['a C1 control (CSI)', 'a\u009b31m', 'a\\u009b31m'],
    ['DEL and BEL', '\u007f\u0007', '\\u007f\\u0007'],
    ['a right-to-left override', 'invoice\u202etxt.exe', 'invoice\\u202etxt.exe'],
    ['Unicode line separators', 'a\u2028b\u2029c', 'a\\u2028b\\u2029c'],
    ['a backslash, so a name spelling an escape stays distinct from one', 'a\\u001b', 'a\\\\u001b'],
  ])('escapes %s', (_what, input, expected) => {
    expect(terminalText(input)).toBe(expected);
  });
});
