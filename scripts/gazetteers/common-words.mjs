// Is a place name also an everyday word, a first name or the name of a bigger
// region? Such places stay in places.tsv but get ambiguous=yes, so the pipeline
// asks for more context ("Nice", "Split", "Reading", "Moss", "Sola", "Victoria",
// "Florida" the Cuban town).
// English: WordNet's common words (wordnet.mjs), compromise's lexicon (~25k
// words with their inflections, first names, regions) and the hand-kept
// sources/common-words.en.tsv; Norwegian: sources/common-words.no.tsv.

// Lexicon tags that only say "this is a town or a proper name": a word with
// just these is the place itself, not a clash ("paris", "cork", "perth").
// LastName is here because the lexicon lists surnames that are also towns by
// the thousand (Lincoln, Houston).
const PROPER = new Set(['Place', 'City', 'Country', 'ProperNoun', 'Address', 'LastName', 'Abbreviation', 'Honorific']);
// First names and famous people: a weaker clash than a word, since a big
// city's name is read as the city ("Sofia", "Houston", "Sydney").
const NAME = new Set(['FirstName', 'MaleName', 'FemaleName', 'Person']);
// A US state, province or the like: "Florida", "Montana", "Washington".
const REGION = 'Region';

/**
 * @param {Record<string, string | string[]>} lexicon  compromise's nlp.model().one.lexicon
 * @param {Set<string>} wordnet  common English words (wordnet.mjs)
 * @param {Iterable<string>} listed  folded words from the hand-kept common-word lists
 * @returns {(key: string) => { kind: 'word' | 'name' | 'region', why: string } | null}
 */
export function makeCommonWordCheck(lexicon, wordnet, listed) {
  const extra = new Set(listed);
  return (key) => {
    if (extra.has(key)) return { kind: 'word', why: 'word list' };
    const tags = lexicon[key];
    const other = tags ? (Array.isArray(tags) ? tags : [tags]).filter((t) => !PROPER.has(t)) : [];
    if (other.some((t) => !NAME.has(t) && t !== REGION)) return { kind: 'word', why: `compromise: ${other.join(',')}` };
    if (wordnet.has(key)) return { kind: 'word', why: 'WordNet' };
    if (other.includes(REGION)) return { kind: 'region', why: 'compromise: Region' };
    if (other.length) return { kind: 'name', why: `compromise: ${other.join(',')}` };
    return null;
  };
}
