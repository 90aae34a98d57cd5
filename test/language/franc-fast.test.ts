// franc-fast.ts must give franc's own answer, scores bit for bit, for any
// text and any `only` list: it replaces franc's computation, not its model.
import { francAll } from 'franc';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { francRank } from '../../src/language/franc-fast.js';
import { LANGUAGES_IN_PLAY } from '../../src/language/franc-detect.js';
import * as texts from './texts.js';

const franc = (text: string, only: readonly string[]) => francAll(text, { only: [...only] });

const SAMPLES = [...Object.values(texts).filter((t): t is string => typeof t === 'string'), ...texts.FOREIGN.map(([, t]) => t)];
const ONLY_LISTS: string[][] = [LANGUAGES_IN_PLAY, ['eng', 'nob', 'nno'], ['nob', 'nno', 'dan'], [], ['rus', 'ukr'], ['cmn'], ['eng']];

describe('francRank: franc’s francAll, faster', () => {
  it('on whole texts, paragraphs and cut pieces in many languages', () => {
    expect(SAMPLES.length).toBeGreaterThan(4);
    for (const t of SAMPLES) {
      const pieces = [t, ...t.split(/\n\n+/), t.slice(0, 9), t.slice(0, 10), t.slice(0, 40), t.repeat(30)];
      for (const p of pieces) for (const only of ONLY_LISTS) expect(francRank(p, only), `${only.join(',')}: ${p.slice(0, 60)}`).toEqual(franc(p, only));
    }
  });

  it('on other scripts, digits, punctuation and mixed text', () => {
    const cases = [
      'Правозащитники сообщили, что полиция задержала журналиста в Москве.',
      'Правозахисники повідомили, що поліція затримала журналіста у Києві.',
      'قالت منظمات حقوق الإنسان إن الشرطة اعتقلت الصحفي في القاهرة',
      '人权组织说，警察在北京拘留了这名记者。他的家人受到威胁。',
      'Η αστυνομία συνέλαβε τον δημοσιογράφο στην Αθήνα την Τρίτη.',
      '1234567890 !!! ??? 2021-05-04 12:30',
      'Police 警察 полиция politiet arrested 逮捕 the reporter',
      '   \n\t  lots   of\u00a0white\u2003space   \n ',
      'İstanbul’da gözaltına alınan gazeteci ÇAĞLAYAN adliyesine sevk edildi',
      'emoji 😀 in text with a 𝒳 letter and more words here',
    ];
    for (const c of cases) for (const only of ONLY_LISTS) expect(francRank(c, only), c).toEqual(franc(c, only));
  });

  it('for any string', () => {
    const ALPHABET = ['a', 'e', 'n', 't', 'ø', 'å', 'æ', ' ', '.', ',', '1', '-', '\n', 'И', 'ж', 'ا', '中', 'İ', 'ß', '\u0301', '😀', '\ud800', 'th', 'og ', 'the ', 'ikkje ', 'ein '];
    const text = fc.oneof(fc.string({ maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 }), fc.array(fc.constantFrom(...ALPHABET), { maxLength: 400 }).map((x) => x.join('')));
    fc.assert(
      fc.property(text, fc.constantFrom(...ONLY_LISTS), (t, only) => {
        expect(francRank(t, only)).toEqual(franc(t, only));
      }),
      { numRuns: 3000 },
    );
  });
});
