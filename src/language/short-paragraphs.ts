// Headlines, bylines, captions and one-line quotes are too short for any
// detector. They take the language around them: the language both neighbouring
// long paragraphs share (a signature inside an English letter), the following
// one at the start of the document (a headline), the preceding one at its end,
// and otherwise the document's. Where the two neighbours disagree (the
// salutation that opens an English letter quoted in a Norwegian article), a
// line ending in a comma opens what follows; any other goes with whichever of
// the two franc finds its text closer to.
import { familyOf, rankLanguages } from './franc-detect.js';

/** What the pipeline does with a paragraph: process it as English or Norwegian, or skip it. */
export type Route = 'en' | 'no' | 'skip';

/**
 * `decided[i]` is the route of paragraph i when it was long enough to decide
 * alone, else undefined; `texts[i]` is its text. Returns a route for every
 * paragraph.
 */
export function fillShortParagraphs(decided: Array<Route | undefined>, texts: string[], documentRoute: Route): Route[] {
  const next: Array<Route | undefined> = new Array(decided.length);
  let following: Route | undefined;
  for (let i = decided.length - 1; i >= 0; i--) {
    next[i] = following;
    if (decided[i] !== undefined) following = decided[i];
  }
  const filled: Route[] = [];
  let previous: Route | undefined;
  decided.forEach((route, i) => {
    const after = next[i];
    if (route !== undefined) {
      filled.push(route);
      previous = route;
    } else if (previous === undefined) {
      filled.push(after ?? documentRoute); // a headline belongs to the text below it
    } else if (after === undefined || after === previous) {
      filled.push(previous);
    } else if (previous !== 'skip' && after !== 'skip') {
      filled.push(closerRoute(texts[i], previous, after));
    } else {
      filled.push(documentRoute);
    }
  });
  return filled;
}

function closerRoute(text: string, before: 'en' | 'no', after: 'en' | 'no'): Route {
  if (text.endsWith(',')) return after;
  const code = rankLanguages(text, [...codesOf(before), ...codesOf(after)])[0][0];
  return familyOf(code) === after ? after : before;
}

function codesOf(route: 'en' | 'no'): string[] {
  return route === 'en' ? ['eng'] : ['nob', 'nno', 'dan'];
}
