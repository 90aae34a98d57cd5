import { describe, expect, it } from 'vitest';
import { clearStandard, documentStandard, nynorskMarkers } from '../../src/language/norwegian-standard.js';

describe('nynorsk-markers.tsv', () => {
  it('loads, with the pairs the standards are best told apart by', () => {
    const markers = nynorskMarkers();
    for (const [form, standard] of [
      ['ikke', 'nb'], ['ikkje', 'nn'], ['jeg', 'nb'], ['eg', 'nn'], ['fra', 'nb'], ['frå', 'nn'],
      ['hva', 'nb'], ['kva', 'nn'], ['hvordan', 'nb'], ['korleis', 'nn'], ['ho', 'nn'], ['hun', 'nb'],
    ]) {
      expect(markers.get(form), form).toBe(standard);
    }
  });

  it('lists no form that both standards write', () => {
    const markers = nynorskMarkers();
    // "også" is allowed in Nynorsk; "i" and "som" are everywhere.
    for (const shared of ['også', 'i', 'som', 'han', 'men']) expect(markers.has(shared), shared).toBe(false);
  });
});

describe('deciding the standard', () => {
  it('follows the majority of markers in a document', () => {
    expect(documentStandard({ nb: 2, nn: 9 }, 'nob')).toBe('nn');
    expect(documentStandard({ nb: 5, nn: 1 }, 'nno')).toBe('nb');
  });

  it('falls back on franc, then on Bokmål, when markers tie', () => {
    expect(documentStandard({ nb: 0, nn: 0 }, 'nno')).toBe('nn');
    expect(documentStandard({ nb: 1, nn: 1 }, 'dan')).toBe('nb');
  });

  it('lets a paragraph overrule the document only on clear evidence', () => {
    expect(clearStandard({ nb: 5, nn: 0 })).toBe('nb');
    expect(clearStandard({ nb: 1, nn: 4 })).toBe('nn');
    expect(clearStandard({ nb: 2, nn: 0 })).toBeNull();
    expect(clearStandard({ nb: 3, nn: 2 })).toBeNull();
  });
});
