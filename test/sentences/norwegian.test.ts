import { describe, expect, it } from 'vitest';
import { split } from './split-helper.js';

// Bokmål, all written for these tests.
const BOKMAL: Array<[string, string[]]> = [
  ['Politiet pågrep ham mandag. Han ble løslatt to dager senere.', ['Politiet pågrep ham mandag.', 'Han ble løslatt to dager senere.']],
  ['Møtet startet kl. 14 i Oslo.', ['Møtet startet kl. 14 i Oslo.']],
  ['Det skjedde 25. Februar 2020 i Bergen. Ingen ble skadet.', ['Det skjedde 25. Februar 2020 i Bergen.', 'Ingen ble skadet.']],
  ['Han kom 1. mai og reiste 23. september.', ['Han kom 1. mai og reiste 23. september.']],
  ['Flere land, f.eks. Kina og Iran, overvåker eksilmiljøer.', ['Flere land, f.eks. Kina og Iran, overvåker eksilmiljøer.']],
  ['Hun har bl.a. Amnesty i ryggen.', ['Hun har bl.a. Amnesty i ryggen.']],
  ['Han bor i nr. 4. Der har han bodd lenge.', ['Han bor i nr. 4.', 'Der har han bodd lenge.']],
  ['Det gjelder ca. 300 personer, dvs. hele miljøet.', ['Det gjelder ca. 300 personer, dvs. hele miljøet.']],
  ['De tok telefoner, datamaskiner osv. og dro.', ['De tok telefoner, datamaskiner osv. og dro.']],
  ['De tok telefoner, datamaskiner osv. Aksjonen varte en time.', ['De tok telefoner, datamaskiner osv.', 'Aksjonen varte en time.']],
  ['– Vi er redde, sier hun. – Familien får ikke være i fred.', ['– Vi er redde, sier hun.', '– Familien får ikke være i fred.']],
  ['– Hvorfor meg? spør han.', ['– Hvorfor meg? spør han.']],
  ['«Vi gir oss ikke.» Det sa han i går.', ['«Vi gir oss ikke.»', 'Det sa han i går.']],
  ['Han ble født i 1980. I 2015 flyktet han.', ['Han ble født i 1980.', 'I 2015 flyktet han.']],
  ['Partiet har flertall. 48 prosent stemte imot.', ['Partiet har flertall.', '48 prosent stemte imot.']],
  ['Det kostet ca. 300 kroner og tok tlf. 22 timer.', ['Det kostet ca. 300 kroner og tok tlf. 22 timer.']],
  ['Saken er omtalt på s. 12 i rapporten.', ['Saken er omtalt på s. 12 i rapporten.']],
];

// Nynorsk, all written for these tests.
const NYNORSK: Array<[string, string[]]> = [
  ['Politiet arresterte han måndag. Han vart sleppt fri to dagar seinare.', ['Politiet arresterte han måndag.', 'Han vart sleppt fri to dagar seinare.']],
  ['Eg veit ikkje kva som skjer. Det er uroleg.', ['Eg veit ikkje kva som skjer.', 'Det er uroleg.']],
  ['Demonstrasjonen starta kl. 12 ved Stortinget.', ['Demonstrasjonen starta kl. 12 ved Stortinget.']],
  ['Fleire land, mellom anna Kina, t.d. Iran, og bl.a. Russland, er nemnde.', ['Fleire land, mellom anna Kina, t.d. Iran, og bl.a. Russland, er nemnde.']],
  ['Det hende 17. Mai i fjor. Ingen vart skadde.', ['Det hende 17. Mai i fjor.', 'Ingen vart skadde.']],
  ['– Kvifor gjer dei dette? spør ho. – Vi veit ikkje.', ['– Kvifor gjer dei dette? spør ho.', '– Vi veit ikkje.']],
];

describe('Bokmål sentences', () => {
  it.each(BOKMAL)('%s', (text, expected) => {
    expect(split(text, 'nb')).toEqual(expected);
  });
});

describe('Nynorsk sentences', () => {
  it.each(NYNORSK)('%s', (text, expected) => {
    expect(split(text, 'nn')).toEqual(expected);
  });
});
