// Match keys: case and accents folded. Only keys are folded, never the text
// ("İ".toLowerCase() is longer than "İ"), so offsets stay exact.

const cache = new Map<string, string>();
const CACHE_LIMIT = 200_000;

export function foldKey(word: string): string {
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
