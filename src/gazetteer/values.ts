// The closed sets of values the event rules understand in gazetteer columns
// (documented in gazetteers/README.md). A value outside them would match
// text but be ignored or misread by the rules, silently; the loader refuses
// it instead, like an unknown tactic or country code.

/** actors.tsv `type`: the kinds of state organ; `host-agency` is a host state's service, never a perpetrator. */
export const ACTOR_TYPES: readonly string[] = [
  'government', 'ministry', 'security', 'intelligence', 'police', 'military', 'embassy', 'consulate',
  'party', 'court', 'agent', 'proxy', 'official', 'state', 'host-agency',
];

/** cues.tsv `cue`: the modality and polarity cues events/modality.ts acts on. */
export const CUES: readonly string[] = [
  'negation', 'hypothetical', 'modal', 'appeal', 'fear', 'denial', 'law', 'nonact', 'agent', 'report',
];

/** The reason a value is not one of `allowed`, or null when it is. */
export function notOneOf(what: string, value: string, allowed: readonly string[]): string | null {
  if (allowed.includes(value)) return null;
  return `${value === '' ? `missing ${what}` : `unknown ${what} "${value}"`} (one of ${allowed.join(', ')})`;
}
