import { describe, expect, it } from 'vitest';
import { normaliseDate, parseDateLine } from '../../src/read/published-date.js';

describe('parseDateLine: lines that are a dateline', () => {
  const valid: Array<[string, string, string]> = [
    ['date 2021-05-23', '2021-05-23', 'published'],
    ['Jan. 21st, 2022', '2022-01-21', 'plain'],
    ['Publisert: 25. Feb 2020, kl. 15:18 | Sist oppdatert: 26. Feb 2020, kl. 09:02', '2020-02-25', 'published'],
    ['Published 3 March 2021', '2021-03-03', 'published'],
    ['Oppdatert 12.03.2021', '2021-03-12', 'updated'],
    ['23. september 2021', '2021-09-23', 'plain'],
    ['March 2021', '2021-03', 'plain'],
    ['2019', '2019', 'plain'],
    ['Tuesday, 9 November 2021 at 14:05 GMT', '2021-11-09', 'plain'],
    ['mandag 8. november 2021', '2021-11-08', 'plain'],
    ['laurdag 6. mars 2021 kl. 10.15', '2021-03-06', 'plain'],
    ['Last updated: 2022-02-01T08:30:00+01:00', '2022-02-01', 'updated'],
    ['NTB | 4. okt. 2021', '2021-10-04', 'plain'],
    ['**Published:** 5 May 2020', '2020-05-05', 'published'],
    ['12/25/2021', '2021-12-25', 'plain'],
    ['Posted on May 4, 2020 by Kari Nordmann', '2020-05-04', 'published'],
    ['Sist endra 1. desember 2019', '2019-12-01', 'updated'],
    ['Dato: 2018-07', '2018-07', 'published'],
    ['  14 Feb 2023 — 09:12  ', '2023-02-14', 'plain'],
  ];
  it.each(valid)('%s → %s', (line, value, kind) => {
    expect(parseDateLine(line)).toEqual({ value, kind });
  });
});

describe('parseDateLine: lines that are not a dateline', () => {
  const invalid = [
    'The police arrested him on 3 March 2021.',
    '3 March 2021 the police arrested two men outside the consulate',
    '3 March 2021, the police said',
    '31. februar 2021', // no such day
    '1500 people marched to the embassy',
    '23. september', // no year: cannot be made ISO
    'Date night in Oslo',
    '2021 was a hard year for exiles',
    'Published by the foreign ministry',
    `Published 3 March 2021 ${'x'.repeat(200)}`, // too long to be a dateline
    '',
  ];
  it.each(invalid)('%j → null', (line) => {
    expect(parseDateLine(line)).toBeNull();
  });
});

describe('normaliseDate', () => {
  it.each([
    ['2021-05-23T10:00:00Z', '2021-05-23'],
    ['2021-05-23T10:00:00.000+02:00', '2021-05-23'],
    ['2020-02', '2020-02'],
    ['2021', '2021'],
    ['3 March 2021', '2021-03-03'],
    ['25.02.2020', '2020-02-25'],
  ])('%s → %s', (raw, iso) => expect(normaliseDate(raw)).toBe(iso));

  it.each(['yesterday', '2021-13-01', '2021-02-30', 'n/a'])('%s → null', (raw) => expect(normaliseDate(raw)).toBeNull());
});
