// English demonyms from world-countries: its strings can name two peoples
// ("Antiguan, Barbudan", "Kittitian or Nevisian"), and news needs the plural
// noun too ("Uzbeks", "Saudis"). Purely grammatical, so kept in code.

/** "Antiguan, Barbudan" → ["Antiguan", "Barbudan"]. */
export function splitDemonyms(s) {
  return (s ?? '')
    .split(/,\s*|\s+or\s+/)
    .map((x) => x.trim())
    .filter(Boolean);
}

// Adjectives used as the people's name without an -s: "the Swiss", "the
// Chinese", "the British", "the Dutch", "the French", "the Kirghiz"; and
// adjectives that are no noun at all ("Greenlandic").
const NO_PLURAL = /(ese|ss|sh|tch|nch|x|z|ois|ais|ic)$/i;

/** Plural of a demonym noun, or null when English uses the form unchanged. */
export function pluralDemonym(d) {
  if (NO_PLURAL.test(d)) return null;
  return `${d}s`;
}
