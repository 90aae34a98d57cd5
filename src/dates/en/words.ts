// English calendar words. Tiny, closed, grammatical lists, so they live in
// code rather than in gazetteers/.
import type { Shift } from '../common/parsers/phraseParser.js';

/** Full month names: the only forms accepted without a day or year beside them. */
export const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6,
  july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
};

/** Abbreviations, accepted only next to a day or a year ("Jan. 21st, 2022"). */
export const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

export const WEEKDAYS: Record<string, number> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

/** Counts for "four years ago"; vague ones ("a few", "several") are left out on purpose. */
export const NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8,
  nine: 9, ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15,
  sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50,
};

/** Words that qualify a date and belong in the mention ("early 2018", "since 2014"). */
export const MODIFIERS = [
  'since', 'early', 'earlier', 'late', 'later', 'mid', 'spring', 'summer', 'autumn', 'fall', 'winter',
  'end', 'beginning', 'start', 'middle',
];

/** Prepositions that make a number a year but stay outside the mention. */
export const LEADS = ['in', 'during', 'from', 'throughout', 'between', 'year'];

/** Leads that count only after a modifier ("end of 2019", never "of 2000 people"). */
export const WEAK_LEADS = ['of'];

/** Words joining a list of years or months ("in 2014 and 2016"). */
export const CONNECTORS = ['and', 'or', 'to', 'through', 'until', 'till', 'nor'];

/** A year after these must be followed by a noun ("the 2019 election"). */
export const DETERMINERS = ['the', 'a', 'its', 'their', 'his', 'her'];

/** Range openers and the words that close them ("from 2014 to 2016"). */
export const RANGES: Record<string, string[]> = {
  from: ['to', 'until', 'till', 'through'],
  between: ['and'],
};

/** After a number these make it a quantity, not a year. */
export const QUANTITY_AFTER = ['%', 'percent', 'per cent'];

/** "last June", "last Tuesday": the most recent one before the article date. */
export const LAST = ['last', 'past'];
/** "this June": in the article's year. */
export const THIS = ['this'];
/** Weekdays after these are not past days. */
export const WEEKDAY_BLOCKERS = ['next', 'every', 'each', 'coming', 'following', 'previous', 'this'];

/** Words after a month that give its year: "June last year". */
export const MONTH_YEAR_SUFFIXES: Record<string, number> = {
  'last year': -1, 'of last year': -1, 'this year': 0, 'of this year': 0,
};

export const AGO_UNITS: Record<string, 'year' | 'month' | 'week' | 'day'> = {
  year: 'year', years: 'year', month: 'month', months: 'month',
  week: 'week', weeks: 'week', day: 'day', days: 'day',
};


/** Fixed phrases resolved against the article date. */
export const PHRASES: Record<string, Shift> = {
  'last year': { unit: 'year', offset: -1 },
  'this year': { unit: 'year', offset: 0 },
  'last month': { unit: 'month', offset: -1 },
  'this month': { unit: 'month', offset: 0 },
  'the day before yesterday': { unit: 'day', offset: -2 },
  yesterday: { unit: 'day', offset: -1 },
  'last night': { unit: 'day', offset: -1 },
  today: { unit: 'day', offset: 0 },
  'this morning': { unit: 'day', offset: 0 },
  'this afternoon': { unit: 'day', offset: 0 },
  'this evening': { unit: 'day', offset: 0 },
  'last spring': { season: 4 },
  'last summer': { season: 7 },
  'last autumn': { season: 10 },
  'last fall': { season: 10 },
  'last winter': { season: 1 },
  'this spring': { unit: 'year', offset: 0 },
  'this summer': { unit: 'year', offset: 0 },
  'this autumn': { unit: 'year', offset: 0 },
  'this fall': { unit: 'year', offset: 0 },
};

/** Qualifiers kept in the mention before a phrase ("earlier this year"). */
export const PHRASE_MODIFIERS = ['earlier', 'later', 'early', 'late', 'mid', 'since'];

/** "over the last year", "the past month": durations, not calendar periods. */
export const PHRASE_BLOCKERS = ['the', 'that', 'every'];
