// Calendar arithmetic behind the relative expressions.
import { describe, expect, it } from 'vitest';
import {
  inferYear, isoValue, lastMonthYear, parseReference, previousWeekday, shiftDays, shiftMonths,
} from '../../src/dates/reference.js';

describe('parseReference', () => {
  it('reads partial ISO dates at their precision', () => {
    expect(parseReference('2020-02-25')).toEqual({ year: 2020, month: 2, day: 25 });
    expect(parseReference('2022-01')).toEqual({ year: 2022, month: 1, day: null });
    expect(parseReference('2022')).toEqual({ year: 2022, month: null, day: null });
    expect(parseReference('2021-05-23T10:00:00Z')).toEqual({ year: 2021, month: 5, day: 23 });
  });
  it('drops what is not a date', () => {
    expect(parseReference(null)).toBeNull();
    expect(parseReference('unknown')).toBeNull();
    expect(parseReference('2021-02-30')).toEqual({ year: 2021, month: 2, day: null });
  });
});

describe('calendar shifts', () => {
  it('crosses month, year and leap-day edges', () => {
    expect(shiftDays({ year: 2020, month: 3, day: 1 }, -1)).toEqual({ year: 2020, month: 2, day: 29 });
    expect(shiftDays({ year: 2021, month: 1, day: 1 }, -1)).toEqual({ year: 2020, month: 12, day: 31 });
    expect(shiftMonths({ year: 2022, month: 1, day: null }, -2)).toEqual({ year: 2021, month: 11 });
    expect(shiftMonths({ year: 2022, month: null, day: null }, -2)).toBeNull();
    expect(shiftDays({ year: 2022, month: 1, day: null }, -1)).toBeNull();
  });
  it('finds the latest weekday on or before the reference day', () => {
    // 2022-01-21 is a Friday.
    expect(previousWeekday({ year: 2022, month: 1, day: 21 }, 5, false)).toEqual({ year: 2022, month: 1, day: 21 });
    expect(previousWeekday({ year: 2022, month: 1, day: 21 }, 5, true)).toEqual({ year: 2022, month: 1, day: 14 });
    expect(previousWeekday({ year: 2022, month: 1, day: 21 }, 6, false)).toEqual({ year: 2022, month: 1, day: 15 });
  });
  it('puts a year-less month in the twelve months up to the article month', () => {
    expect(inferYear({ year: 2022, month: 1, day: 21 }, 1)).toBe(2022);
    expect(inferYear({ year: 2022, month: 1, day: 21 }, 2)).toBe(2021);
    expect(inferYear({ year: 2015, month: 11, day: 23 }, 1)).toBe(2015);
    expect(inferYear({ year: 2021, month: 12, day: 1 }, 12)).toBe(2021);
    expect(inferYear({ year: 2022, month: null, day: null }, 11)).toBe(2022);
    expect(inferYear(null, 11)).toBeNull();
  });
  it('reads "last <month>" as the latest such month before the article month', () => {
    expect(lastMonthYear({ year: 2022, month: 6, day: null }, 6)).toBe(2021);
    expect(lastMonthYear({ year: 2022, month: 7, day: null }, 6)).toBe(2022);
    expect(lastMonthYear({ year: 2022, month: null, day: null }, 6)).toBe(2021);
  });
  it('formats ISO values at each precision', () => {
    expect([isoValue(2019, null, null), isoValue(2019, 7, null), isoValue(2019, 7, 2)]).toEqual(['2019', '2019-07', '2019-07-02']);
  });
});
