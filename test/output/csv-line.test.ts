// csv-line.ts writes records by hand for speed; csv-stringify, with the
// options the CSV writer used to pass it, is the reference it must equal
// byte for byte on any text.
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvField, csvLine } from '../../src/output/csv-line.js';

const OPTIONS = { record_delimiter: 'windows', quoted_match: [/^\s|\s$/, /[\r\n]/] } as const;

/** Text rich in what CSV and \s care about: quotes, commas, CR, LF, Unicode spaces, BOM, surrogates. */
const SPECIAL = ['"', ',', '\r', '\n', '\r\n', ' ', '\t', '\v', '\f', '\u00a0', '\u1680', '\u2000', '\u2028', '\u2029', '\u202f', '\u3000', '\ufeff', '\u0085', '\u200b', "'", '=', '-', '😀', '\ud800', '\udfff', 'a', 'Æ', '1'];
const field = fc.oneof(
  fc.array(fc.constantFrom(...SPECIAL), { maxLength: 8 }).map((xs) => xs.join('')),
  fc.string({ unit: 'binary', maxLength: 12 }),
  fc.string({ maxLength: 12 }),
);
const record = fc.array(field, { minLength: 1, maxLength: 6 });

describe('csvLine', () => {
  it('equals csv-stringify for any record', () => {
    fc.assert(
      fc.property(record, (r) => {
        expect(csvLine(r)).toBe(stringify([r], OPTIONS));
      }),
      { numRuns: 5000 },
    );
  });

  it('equals csv-stringify for any run of records', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 6 }), (rs) => {
        expect(rs.map(csvLine).join('')).toBe(rs.length ? stringify(rs, OPTIONS) : '');
      }),
    );
  });

  it('quotes what RFC 4180 needs quoted and reads back with csv-parse', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('')).toBe('');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('one\r\ntwo')).toBe('"one\r\ntwo"');
    expect(csvField(' padded')).toBe('" padded"');
    expect(csvField('padded\u00a0')).toBe('"padded\u00a0"');
    expect(csvField('hard\nwrapped')).toBe('"hard\nwrapped"');
    expect(csvField('old\rmac')).toBe('"old\rmac"');
    const r = ['x,y', 'q"q', 'l1\r\nl2', ' s', 'plain', '', 'a\nb', 'c\rd'];
    expect(parse(csvLine(r) + csvLine(r), { record_delimiter: '\r\n' })).toEqual([r, r]);
    // a reader that takes any line break as the end of a record still sees two records
    expect(parse(csvLine(r) + csvLine(r))).toEqual([r, r]);
  });
});
