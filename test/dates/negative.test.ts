// Negative cases: text that holds numbers, month-like words or relative
// words but no date that can be given a value. Each must yield nothing.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../src/types.js';
import { datesIn } from './check.js';

type Negative = [sentence: string, published: string | null];

const english: Negative[] = [
  ['Now the embassy watches every move he makes.', '2022-01-21'],
  ['He said the police may come back for him.', '2022-01-21'],
  ['These 4 may be deported before the hearing.', '2022-01-21'],
  ['Over 3,000 people marched to the consulate.', '2022-01-21'],
  ['About 1,000 people signed, and 18,000 more joined online.', '2022-01-21'],
  ['The ministry paid 2000 informants abroad.', '2022-01-21'],
  ['He will be tried in 3 years.', '2022-01-21'],
  ['They met at 10:30 outside the station.', '2022-01-21'],
  ['The second time, they came at night.', '2022-01-21'],
  ['He was moved from one prison to another.', '2022-01-21'],
  ['Theresa May criticised the abduction.', '2022-01-21'],
  ['The network grew in the 1990s and in the mid-1990s.', '2022-01-21'],
  ['A few months before, he had changed his number.', '2022-01-21'],
  ['Several years ago, the group split.', '2022-01-21'],
  ['Next Tuesday the court will decide.', '2022-01-21'],
  ['Exiles march on the embassy every Friday.', '2022-01-21'],
  ['The share rose to 2019 percent of the total.', '2022-01-21'],
  ['Room 2019 of the hotel was searched.', '2022-01-21'],
  ['Between 1,500 and 2,000 people were questioned.', '2022-01-21'],
  // Relative and year-less dates need a precise enough article date.
  ['He was arrested yesterday.', null],
  ['He was arrested yesterday.', '2022-01'],
  ['His passport was cancelled last June.', null],
  ['The consulate called her on 3 November.', null],
  ['The decision was announced today.', null],
  ['Agents questioned him on Tuesday.', '2022'],
  ['He was warned two months ago.', '2022'],
  ['Four years ago he left.', null],
  ['Threats have doubled over the last year.', '2022-01-21'],
  // Month and weekday names inside longer words.
  ['Mayday calls went out from the boat.', '2022-01-21'],
  ['The Junebug café was watched by agents.', '2022-01-21'],
  ['Mondays were reserved for interrogations.', '2022-01-21'],
];

const norwegian: Array<[Lang, ...Negative]> = [
  ['nb', 'Han har bodd i Norge i mange år.', '2020-02-25'],
  ['nb', 'I århundrer har folk flyktet hit.', '2020-02-25'],
  ['nb', 'Han fikk 2000 kroner i bot.', '2020-02-25'],
  ['nb', 'Over 2 000 mennesker demonstrerte.', '2020-02-25'],
  ['nb', 'Det var 10 000 deltakere og 18 000 tilskuere.', '2020-02-25'],
  ['nb', 'På 1990-tallet var det annerledes.', '2020-02-25'],
  ['nb', 'I 1990-årene flyktet mange.', '2020-02-25'],
  ['nb', 'Mars er langt unna.', '2020-02-25'],
  ['nb', 'De ser hverandre hver fredag.', '2020-02-25'],
  ['nb', 'Neste mandag skal saken opp.', '2020-02-25'],
  ['nb', 'Mandagens møte ble avlyst.', '2020-02-25'],
  ['nb', 'For noen år siden flyttet han.', '2020-02-25'],
  ['nb', 'Han satt i fengsel i to år.', '2020-02-25'],
  ['nb', 'Klokken var 15.18 da han kom.', '2020-02-25'],
  ['nb', 'Et år etter flyttet han.', '2020-02-25'],
  ['nb', 'Journalisten ble arrestert i går.', null],
  ['nb', 'Ambassaden ringte ham i fjor.', null],
  ['nb', 'Han kom til Norge for tre år siden.', null],
  ['nb', 'Hun ble truet 23. september.', null],
  ['nb', 'Han ble ringt opp på mandag.', '2020'],
  // Unicode word edges: "år", "fjor", "dag", "går" inside longer words.
  ['nb', 'Båten lå i fjorden.', '2020-02-25'],
  ['nb', 'Han bodde i gården til faren.', '2020-02-25'],
  ['nb', 'I dagens Kina er det verre.', '2020-02-25'],
  ['nb', 'I årene etter flyktet han.', '2020-02-25'],
  ['nb', 'Mandagskveldene var stille.', '2020-02-25'],
  ['nn', 'Det tok fleire år før ho kom.', '2021-05-23'],
  ['nn', 'I mange år har ho budd her.', '2021-05-23'],
  ['nn', 'For nokre år sidan flytta han.', '2021-05-23'],
  ['nn', 'Han vart arrestert i går.', null],
];

describe('negative cases: English', () => {
  for (const [sentence, published] of english) {
    it(`${sentence} (published ${published})`, () => expect(datesIn(sentence, 'en', published)).toEqual([]));
  }
});

describe('negative cases: Norwegian', () => {
  for (const [lang, sentence, published] of norwegian) {
    it(`${lang}: ${sentence} (published ${published})`, () => expect(datesIn(sentence, lang, published)).toEqual([]));
  }
});
