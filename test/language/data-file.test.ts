import { describe, expect, it } from 'vitest';
import { parseDataFile } from '../../src/language/data-file.js';

describe('parseDataFile', () => {
  const parse = (source: string) =>
    parseDataFile('x.tsv', source, ['form', 'standard'], ['note'], (column, value) =>
      column === 'standard' && value !== 'nb' && value !== 'nn' ? 'bad standard' : null,
    );

  it('reads rows by header, skipping comments and blank lines, with their origin', () => {
    const rows = parse('# comment\nform\tstandard\tnote\n\nikkje\tnn\tnegation\nikke\tnb\n');
    expect(rows.map((r) => r.cells)).toEqual([
      { form: 'ikkje', standard: 'nn', note: 'negation' },
      { form: 'ikke', standard: 'nb', note: '' },
    ]);
    expect(rows[1].origin).toBe('x.tsv:5');
  });

  it('accepts CRLF line ends and a byte-order mark', () => {
    expect(parse('\uFEFFform\tstandard\r\neg\tnn\r\n')).toHaveLength(1);
  });

  it.each([
    ['form\tstandard\nikkje\n', 'x.tsv:2:6: expected 2 tab-separated columns, found 1'],
    ['form\tstandard\nikkje\t\n', 'x.tsv:2:7: missing value for "standard"'],
    ['form\tstandard\nikkje\tsv\n', 'x.tsv:2:7: bad standard'],
    ['form\tstandard\na\tnb\tx\ty\n', 'x.tsv:2:6: more columns'],
    ['form\tnote\n', 'x.tsv:1:1: missing column "standard" in header'],
    ['# only a comment\n', 'x.tsv:1:1: no header line'],
  ])('stops with file:line:column for %j', (source, message) => {
    expect(() => parse(source)).toThrow(message);
  });
});
