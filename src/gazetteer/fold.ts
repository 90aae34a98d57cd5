// Match keys: case and accents folded. Only keys are folded, never the text
// ("İ".toLowerCase() is longer than "İ"), so offsets stay exact.

const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

function foldSlow(word: string): string {
  let k = cache.get(word);
  if (k !== undefined) return k;
  k = word
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/ı/g, 'i');
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(word, k);
  return k;
}

/**
 * Most words are plain ASCII, whose NFKD form is themselves: those only need
 * lower-casing (or nothing), which is several times cheaper than a cache
 * lookup. Everything else goes through normalisation, cached.
 */
export function foldKey(word: string): string {
  let upper = false;
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c >= 0x80) return foldSlow(word);
    if (c >= 0x41 && c <= 0x5a) upper = true;
  }
  return upper ? word.toLowerCase() : word;
}
