// Norwegian calendar words, Bokmål and Nynorsk together (a form of either
// standard means the same date). Tiny, closed, grammatical lists.
import type { Shift } from '../common/parsers/phraseParser.js';

export const MONTHS: Record<string, number> = {
  januar: 1, februar: 2, mars: 3, april: 4, mai: 5, juni: 6,
  juli: 7, august: 8, september: 9, oktober: 10, november: 11, desember: 12,
};

/** Abbreviations, accepted only beside a day or a year ("25. feb. 2020"). */
export const MONTH_ABBREVIATIONS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, okt: 10, nov: 11, des: 12,
};

export const WEEKDAYS: Record<string, number> = {
  søndag: 0, sundag: 0, mandag: 1, måndag: 1, tirsdag: 2, tysdag: 2, onsdag: 3,
  torsdag: 4, fredag: 5, lørdag: 6, laurdag: 6,
};

/** Counts for "for tre år siden"; vague ones ("noen", "nokre", "et par") are left out. */
export const NUMBERS: Record<string, number> = {
  en: 1, ei: 1, et: 1, ett: 1, ein: 1, eitt: 1, to: 2, tvo: 2, tre: 3, fire: 4, fem: 5,
  seks: 6, sju: 7, syv: 7, åtte: 8, ni: 9, ti: 10, elleve: 11, tolv: 12, femten: 15,
  tjue: 20, tyve: 20, tretti: 30, tredve: 30,
};

/** Qualifiers that belong in the mention ("siden 2014", "tidlig i 2018", "våren 2019"). */
export const MODIFIERS = [
  'siden', 'sidan', 'tidlig', 'tidleg', 'sent', 'seint', 'midten', 'starten', 'slutten', 'begynnelsen',
  'byrjinga', 'utgangen', 'våren', 'sommeren', 'sommaren', 'høsten', 'hausten', 'vinteren',
];

/** Prepositions that make a number a year but stay outside the mention. */
export const LEADS = ['i', 'fra', 'frå', 'gjennom', 'mellom'];

/** Leads that count only after a modifier ("slutten av 2019", never "av 2000 ansatte"). */
export const WEAK_LEADS = ['av'];

export const CONNECTORS = ['og', 'eller', 'til'];

export const RANGES: Record<string, string[]> = {
  fra: ['til'],
  frå: ['til'],
  mellom: ['og'],
};

export const QUANTITY_AFTER = ['%', 'prosent'];

/** "1990-tallet", "1990-åra": decades are not dates. */
export const DECADE_SUFFIXES = ['tallet', 'talet', 'årene', 'åra', 'årenes'];

export const LAST = ['forrige', 'førre', 'sist'];
export const WEEKDAY_BLOCKERS = ['neste', 'hver', 'kvar', 'kommende', 'komande', 'hele', 'heile'];

/** After a month: "juni i fjor", "juni i år". */
export const MONTH_YEAR_SUFFIXES: Record<string, number> = {
  'i fjor': -1, 'i fjor sommer': -1, 'i år': 0,
};

export const AGO_UNITS: Record<string, 'year' | 'month' | 'week' | 'day'> = {
  år: 'year', måned: 'month', måneder: 'month', månad: 'month', månader: 'month',
  uke: 'week', uker: 'week', veke: 'week', veker: 'week', dag: 'day', dager: 'day', dagar: 'day',
};

/** Hedges between "for" and the count: "for drøyt tre år siden". */
export const AGO_HEDGES = [
  'drøyt', 'drøye', 'over', 'nesten', 'nærmere', 'nærare', 'omtrent', 'rundt', 'cirka', 'ca.',
  'snart', 'bortimot', 'knapt', 'vel', 'godt og vel', 'mer enn', 'meir enn', 'mindre enn', 'bare', 'berre',
];

export const PHRASES: Record<string, Shift> = {
  'i fjor': { unit: 'year', offset: -1 },
  ifjor: { unit: 'year', offset: -1 },
  'i fjor sommer': { unit: 'year', offset: -1 },
  'i fjor sommar': { unit: 'year', offset: -1 },
  'i fjor vår': { unit: 'year', offset: -1 },
  'i fjor høst': { unit: 'year', offset: -1 },
  'i fjor haust': { unit: 'year', offset: -1 },
  'i fjor vinter': { unit: 'year', offset: -1 },
  'i forfjor': { unit: 'year', offset: -2 },
  'i år': { unit: 'year', offset: 0 },
  'i sommer': { unit: 'year', offset: 0 },
  'i sommar': { unit: 'year', offset: 0 },
  'i vår': { unit: 'year', offset: 0 },
  'i høst': { unit: 'year', offset: 0 },
  'i haust': { unit: 'year', offset: 0 },
  'forrige måned': { unit: 'month', offset: -1 },
  'førre månad': { unit: 'month', offset: -1 },
  'sist måned': { unit: 'month', offset: -1 },
  'sist månad': { unit: 'month', offset: -1 },
  'denne måneden': { unit: 'month', offset: 0 },
  'denne månaden': { unit: 'month', offset: 0 },
  'i forgårs': { unit: 'day', offset: -2 },
  'i forgår': { unit: 'day', offset: -2 },
  'i går': { unit: 'day', offset: -1 },
  'i dag': { unit: 'day', offset: 0 },
};

/** Qualifiers kept in the mention before a phrase ("tidligere i år"). */
export const PHRASE_MODIFIERS = [
  'tidligere', 'tidlegare', 'senere', 'seinare', 'seinere', 'tidlig', 'tidleg', 'sent', 'seint', 'siden', 'sidan',
];
