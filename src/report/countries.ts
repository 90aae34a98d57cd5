// Country facts the report needs for the codes that occur in the events:
// an English name, the world-atlas numeric id (ISO 3166-1 numeric, which the
// countries-110m shapes use as `id`), and a centre point for countries too
// small to have a shape at 1:110m (Hong Kong, Singapore, Malta...).
import { createRequire } from 'node:module';
import { readTextFile } from '../read/text-file.js';

const require = createRequire(import.meta.url);
const isoCountries = require('i18n-iso-countries') as {
  registerLocale(locale: unknown): void;
  getName(code: string, lang: string): string | undefined;
  alpha2ToNumeric(code: string): string | undefined;
};
isoCountries.registerLocale(require('i18n-iso-countries/langs/en.json'));

interface WorldCountry {
  cca2: string;
  name: { common: string };
  latlng: number[];
}
// Read when a report is made, not when the module loads (every extract run
// loads it), and in pieces: requiring the 1.4 MB JSON freed a 2 MB buffer,
// which made malloc keep more memory for the rest of the run (read/text-file.ts).
let byAlpha2: Map<string, WorldCountry> | null = null;
function worldCountries(): Map<string, WorldCountry> {
  if (!byAlpha2) {
    const all = JSON.parse(readTextFile(require.resolve('world-countries/countries.json'))) as WorldCountry[];
    byAlpha2 = new Map(all.map((c) => [c.cca2, c]));
  }
  return byAlpha2;
}

export interface CountryInfo {
  /** Common English name ("Taiwan", "Russia"), the ISO official one as fallback. */
  name: string;
  /** ISO numeric id as world-atlas writes it ("004", "578"), or null. */
  numeric: string | null;
  lat: number | null;
  lon: number | null;
}

export function countryInfo(code: string): CountryInfo {
  const wc = worldCountries().get(code);
  const name = wc?.name.common ?? isoCountries.getName(code, 'en') ?? code;
  const numeric = isoCountries.alpha2ToNumeric(code) ?? null;
  const [lat, lon] = wc?.latlng ?? [];
  return { name, numeric, lat: lat ?? null, lon: lon ?? null };
}

/** Facts for every code in `codes`, keyed and ordered by code (deterministic). */
export function countryTable(codes: Iterable<string>): Record<string, CountryInfo> {
  const out: Record<string, CountryInfo> = {};
  for (const code of [...new Set(codes)].sort()) out[code] = countryInfo(code);
  return out;
}
