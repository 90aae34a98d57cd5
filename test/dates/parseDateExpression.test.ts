// parseDateExpression reads the one date of a header line for the reader.
import { describe, expect, it } from 'vitest';
import { parseDateExpression } from '../../src/dates/index.js';

const valid: Array<[string, 'en' | 'nb' | 'nn' | 'any', string, 'day' | 'month' | 'year']> = [
  ['date 2021-05-23', 'any', '2021-05-23', 'day'],
  ['Published: 2021-05-23T08:15:00Z', 'any', '2021-05-23', 'day'],
  ['Jan. 21st, 2022', 'en', '2022-01-21', 'day'],
  ['Updated March 3, 2020 4:12 PM', 'any', '2020-03-03', 'day'],
  ['Publisert: 25. Feb 2020, kl. 15:18', 'any', '2020-02-25', 'day'],
  ['Publisert: 25. Feb 2020, kl. 15:18', 'nb', '2020-02-25', 'day'],
  ['Oppdatert 4. mars 2021', 'nn', '2021-03-04', 'day'],
  ['23.09.2021', 'any', '2021-09-23', 'day'],
  ['June 2020', 'en', '2020-06', 'month'],
  ['juni 2020', 'any', '2020-06', 'month'],
  ['© 2022', 'any', '2022', 'year'],
];

const invalid: Array<[string, 'en' | 'nb' | 'nn' | 'any']> = [
  ['Published yesterday', 'en'],
  ['i går', 'nb'],
  ['By staff reporter', 'any'],
  ['3,000 readers', 'any'],
  ['Page 2019 of 2020', 'any'],
  ['', 'any'],
];

describe('parseDateExpression', () => {
  for (const [s, lang, value, precision] of valid) {
    it(`reads ${JSON.stringify(s)} (${lang})`, () => expect(parseDateExpression(s, lang)).toEqual({ value, precision }));
  }
  for (const [s, lang] of invalid) {
    it(`finds nothing in ${JSON.stringify(s)} (${lang})`, () => expect(parseDateExpression(s, lang)).toBeNull());
  }
});
