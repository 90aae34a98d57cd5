// Which parsers and refiners run for each language, and in what order.
// Parser order is also the tie-break when two parsers find the same span.
import { agoParser } from './common/parsers/agoParser.js';
import { bareYearParser } from './common/parsers/bareYearParser.js';
import { dayMonthParser } from './common/parsers/dayMonthParser.js';
import { monthParser } from './common/parsers/monthParser.js';
import { numericDateParser } from './common/parsers/numericDateParser.js';
import { phraseParser } from './common/parsers/phraseParser.js';
import { weekdayParser } from './common/parsers/weekdayParser.js';
import { carryYearRefiner } from './common/refiners/carryYearRefiner.js';
import { overlapRefiner } from './common/refiners/overlapRefiner.js';
import { weekdayBeforeDateRefiner } from './common/refiners/weekdayBeforeDateRefiner.js';
import { chronoParser } from './en/parsers/chronoParser.js';
import { unlikelyChronoRefiner } from './en/refiners/unlikelyChronoRefiner.js';
import * as en from './en/words.js';
import * as no from './no/words.js';
import type { Lang } from '../types.js';
import type { DateConfiguration } from './types.js';

function english(): DateConfiguration {
  const parsers = [
    chronoParser('en.chrono'),
    // Day-first dates without chrono: its fallback where chrono is capped, and cheap.
    dayMonthParser('en.dayMonth', {
      months: { ...en.MONTHS, ...en.MONTH_ABBREVIATIONS }, rangeWords: ['to', 'and'], requireCapital: true,
    }),
    numericDateParser('en.numeric', true),
    monthParser('en.month', {
      months: en.MONTHS, abbreviations: en.MONTH_ABBREVIATIONS, leads: [...en.LEADS, ...en.WEAK_LEADS],
      modifiers: en.MODIFIERS, last: en.LAST, this: en.THIS, connectors: en.CONNECTORS,
      yearSuffixes: en.MONTH_YEAR_SUFFIXES, requireCapital: true,
    }),
    bareYearParser('en.year', {
      leads: en.LEADS, weakLeads: en.WEAK_LEADS, modifiers: en.MODIFIERS, connectors: en.CONNECTORS,
      determiners: en.DETERMINERS, ranges: en.RANGES, quantityAfter: en.QUANTITY_AFTER, decadeSuffixes: [],
      compounds: false,
    }),
    phraseParser('en.phrase', { phrases: en.PHRASES, modifiers: en.PHRASE_MODIFIERS, blockers: en.PHRASE_BLOCKERS }),
    agoParser('en.ago', { prefix: [], hedges: [], numbers: en.NUMBERS, units: en.AGO_UNITS, suffix: ['ago'] }),
    weekdayParser('en.weekday', { weekdays: en.WEEKDAYS, last: en.LAST, blockers: en.WEEKDAY_BLOCKERS, requireCapital: true }),
  ];
  return {
    parsers,
    refiners: [
      unlikelyChronoRefiner('en.chrono'),
      overlapRefiner(parsers.map((p) => p.name)),
      weekdayBeforeDateRefiner(['en.weekday']),
      carryYearRefiner(en.CONNECTORS),
    ],
  };
}

function norwegian(): DateConfiguration {
  const parsers = [
    dayMonthParser('no.dayMonth', {
      months: { ...no.MONTHS, ...no.MONTH_ABBREVIATIONS }, rangeWords: ['og', 'til'], requireCapital: false,
    }),
    numericDateParser('no.numeric', false),
    monthParser('no.month', {
      months: no.MONTHS, abbreviations: no.MONTH_ABBREVIATIONS, leads: [...no.LEADS, ...no.WEAK_LEADS],
      modifiers: no.MODIFIERS, last: no.LAST, this: [], connectors: no.CONNECTORS,
      yearSuffixes: no.MONTH_YEAR_SUFFIXES, requireCapital: false,
    }),
    bareYearParser('no.year', {
      leads: no.LEADS, weakLeads: no.WEAK_LEADS, modifiers: no.MODIFIERS, connectors: no.CONNECTORS,
      determiners: [], ranges: no.RANGES, quantityAfter: no.QUANTITY_AFTER, decadeSuffixes: no.DECADE_SUFFIXES,
      compounds: true,
    }),
    phraseParser('no.phrase', { phrases: no.PHRASES, modifiers: no.PHRASE_MODIFIERS, blockers: [] }),
    agoParser('no.ago', { prefix: ['for'], hedges: no.AGO_HEDGES, numbers: no.NUMBERS, units: no.AGO_UNITS, suffix: ['siden', 'sidan'] }),
    weekdayParser('no.weekday', { weekdays: no.WEEKDAYS, last: no.LAST, blockers: no.WEEKDAY_BLOCKERS, requireCapital: false }),
  ];
  return {
    parsers,
    refiners: [
      overlapRefiner(parsers.map((p) => p.name)),
      weekdayBeforeDateRefiner(['no.weekday']),
      carryYearRefiner(no.CONNECTORS),
    ],
  };
}

let cache: { en: DateConfiguration; no: DateConfiguration } | null = null;

/** Bokmål and Nynorsk share one configuration: their date words are listed together. */
export function configurationFor(lang: Lang): DateConfiguration {
  cache ??= { en: english(), no: norwegian() };
  return lang === 'en' ? cache.en : cache.no;
}
