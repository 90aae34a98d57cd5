// Norwegian date expressions, Bokmål and Nynorsk (textlint-style tables).
import { describe, it } from 'vitest';
import { type Case, checkCase } from './check.js';

const bokmal: Case[] = [
  { sentence: 'Han ble pågrepet 25. februar 2020 i Oslo.', published: null, dates: [['25. februar 2020', '2020-02-25', 'day']] },
  { sentence: 'Brevet kom 3. feb. 2021 med posten.', published: null, dates: [['3. feb. 2021', '2021-02-03', 'day']] },
  { sentence: 'Oppdatert 7. Okt 2019, kl. 09:12', published: null, dates: [['7. Okt 2019', '2019-10-07', 'day']] },
  { sentence: 'Avhøret skjedde den 4.mars 2018.', published: null, dates: [['4.mars 2018', '2018-03-04', 'day']] },
  { sentence: 'Rettssaken gikk 12.–14. juni 2019 i Bergen.', published: null, dates: [['12.–14. juni 2019', '2019-06-12', 'day']] },
  { sentence: 'Hun ble truet 23. september.', published: '2021-10-02', dates: [['23. september', '2021-09-23', 'day', true]] },
  { sentence: 'Hun ble truet 23. september.', published: '2021-02-10', dates: [['23. september', '2020-09-23', 'day', true]] },
  { sentence: 'Mandag 8. mars ble kontoret ransaket.', published: '2021-03-10', dates: [['8. mars', '2021-03-08', 'day', true]] },
  { sentence: 'I februar 2020 fikk familien besøk av politiet.', published: null, dates: [['februar 2020', '2020-02', 'month']] },
  { sentence: 'Trusselen kom i desember.', published: '2022-01-21', dates: [['desember', '2021-12', 'month', true]] },
  { sentence: 'Han flyktet i juni i fjor.', published: '2022-01-21', dates: [['juni i fjor', '2021-06', 'month', true]] },
  { sentence: 'Det skjedde tidlig i mai 2017.', published: null, dates: [['tidlig i mai 2017', '2017-05', 'month']] },
  { sentence: 'I 2018 reiste han til Norge.', published: null, dates: [['2018', '2018', 'year']] },
  { sentence: 'Han har bodd her siden 2014.', published: null, dates: [['siden 2014', '2014', 'year']] },
  { sentence: 'Overvåkingen begynte tidlig i 2018.', published: null, dates: [['tidlig i 2018', '2018', 'year']] },
  { sentence: 'Våren 2019 ble søsteren avhørt.', published: null, dates: [['Våren 2019', '2019', 'year']] },
  { sentence: 'Presset økte mot slutten av 2020.', published: null, dates: [['slutten av 2020', '2020', 'year']] },
  { sentence: 'Han satt fengslet fra 2015 til 2017.', published: null, dates: [['2015 til 2017', '2015', 'year']] },
  { sentence: 'Etter 2019-valget ble flere arrestert.', published: null, dates: [['2019', '2019', 'year']] },
  { sentence: 'Ambassaden ringte ham i fjor.', published: '2020-02-25', dates: [['i fjor', '2019', 'year', true]] },
  { sentence: 'I år har tre personer blitt truet.', published: '2020-02-25', dates: [['I år', '2020', 'year', true]] },
  { sentence: 'Han ble overvåket i fjor sommer.', published: '2020-02-25', dates: [['i fjor sommer', '2019', 'year', true]] },
  { sentence: 'Tidligere i år ble kontoen hacket.', published: '2021-05-23', dates: [['Tidligere i år', '2021', 'year', true]] },
  { sentence: 'Han kom til Norge for tre år siden.', published: '2022', dates: [['for tre år siden', '2019', 'year', true]] },
  { sentence: 'Hun ble kontaktet for drøyt to måneder siden.', published: '2020-02-25', dates: [['for drøyt to måneder siden', '2019-12', 'month', true]] },
  { sentence: 'Journalisten ble arrestert i går.', published: '2020-03-01', dates: [['i går', '2020-02-29', 'day', true]] },
  { sentence: 'Politiet bekreftet saken i dag.', published: '2020-02-25', dates: [['i dag', '2020-02-25', 'day', true]] },
  { sentence: 'Han ble ringt opp på mandag.', published: '2020-02-27', dates: [['mandag', '2020-02-24', 'day', true]] },
  { sentence: 'Han ble ringt opp på mandag.', published: '2020-02', dates: [['mandag', '2020-02', 'month', true]] },
  { sentence: 'Søsteren forsvant sist fredag.', published: '2020-02-28', dates: [['sist fredag', '2020-02-21', 'day', true]] },
  { sentence: 'Saken ble meldt forrige måned.', published: '2020-02-25', dates: [['forrige måned', '2020-01', 'month', true]] },
  { sentence: 'Vedtaket er datert 23.09.2021.', published: null, dates: [['23.09.2021', '2021-09-23', 'day']] },
  { sentence: 'Vedtaket er datert 2021-09-23.', published: null, dates: [['2021-09-23', '2021-09-23', 'day']] },
];

const nynorsk: Case[] = [
  { sentence: 'Ho vart arrestert 2. januar 2020 i Drammen.', published: null, dates: [['2. januar 2020', '2020-01-02', 'day']] },
  { sentence: 'Han har budd her sidan 2014.', published: null, dates: [['sidan 2014', '2014', 'year']] },
  { sentence: 'Overvakinga byrja tidleg i 2018.', published: null, dates: [['tidleg i 2018', '2018', 'year']] },
  { sentence: 'Han kom til landet for tre år sidan.', published: '2021', dates: [['for tre år sidan', '2018', 'year', true]] },
  { sentence: 'Ho vart kontakta for to månader sidan.', published: '2021-05-23', dates: [['for to månader sidan', '2021-03', 'month', true]] },
  { sentence: 'Dei flytta hit for tvo år sidan.', published: '2021-05-23', dates: [['for tvo år sidan', '2019', 'year', true]] },
  { sentence: 'Dei ringde for eitt år sidan.', published: '2021-05-23', dates: [['for eitt år sidan', '2020', 'year', true]] },
  { sentence: 'Brevet kom for ei veke sidan.', published: '2021-05-23', dates: [['for ei veke sidan', '2021-05-16', 'day', true]] },
  { sentence: 'Trugsmåla kom i fjor haust.', published: '2021-05-23', dates: [['i fjor haust', '2020', 'year', true]] },
  { sentence: 'Han vart avhøyrd på tysdag.', published: '2021-05-23', dates: [['tysdag', '2021-05-18', 'day', true]] },
  { sentence: 'Dei kom heim laurdag 15. mai.', published: '2021-05-23', dates: [['15. mai', '2021-05-15', 'day', true]] },
  { sentence: 'Saka vart meld førre månad.', published: '2021-05-23', dates: [['førre månad', '2021-04', 'month', true]] },
  { sentence: 'Hausten 2019 vart kontoret ransaka.', published: null, dates: [['Hausten 2019', '2019', 'year']] },
];

describe('Norwegian dates: Bokmål', () => {
  for (const c of bokmal) it(`${c.sentence} (published ${c.published})`, () => checkCase(c, 'nb'));
});

describe('Norwegian dates: Nynorsk', () => {
  for (const c of nynorsk) it(`${c.sentence} (published ${c.published})`, () => checkCase(c, 'nn'));
});
