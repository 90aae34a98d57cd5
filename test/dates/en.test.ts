// English date expressions (textlint-style table): each sentence, the
// article date, and the exact mentions expected, relative flag included.
import { describe, it } from 'vitest';
import { type Case, checkCase } from './check.js';

const valid: Case[] = [
  // Explicit dates, found through chrono.
  { sentence: 'Agents followed the lawyer on 14 March 2018 in Geneva.', published: null, dates: [['14 March 2018', '2018-03-14', 'day']] },
  { sentence: 'The raid took place on March 14, 2018, at dawn.', published: null, dates: [['March 14, 2018', '2018-03-14', 'day']] },
  { sentence: 'A statement dated Feb. 3rd, 2021 denied it.', published: null, dates: [['Feb. 3rd, 2021', '2021-02-03', 'day']] },
  { sentence: 'She was questioned on the 9th of October, 2020.', published: null, dates: [['9th of October, 2020', '2020-10-09', 'day']] },
  { sentence: 'Hearings ran from 14 to 16 May 2019 in Ankara.', published: null, dates: [['14 to 16 May 2019', '2019-05-14', 'day']] },
  { sentence: 'Her visa was revoked on the fourth of July 2019.', published: null, dates: [['fourth of July 2019', '2019-07-04', 'day']] },
  { sentence: 'They were held from 28 June–3 July 2019 without charge.', published: null, dates: [['28 June–3 July 2019', '2019-06-28', 'day']] },
  { sentence: 'The exile vanished on Thursday, 5 September 2019.', published: null, dates: [['5 September 2019', '2019-09-05', 'day']] },
  // Year-less days and months take the latest such month up to the article date.
  { sentence: 'He flew home on Monday (10 January) after the warning.', published: '2022-01-21', dates: [['10 January', '2022-01-10', 'day', true]] },
  { sentence: 'The consulate called her on 3 November.', published: '2022-01-21', dates: [['3 November', '2021-11-03', 'day', true]] },
  { sentence: 'He was released on January 8.', published: '2022-01-21', dates: [['January 8', '2022-01-08', 'day', true]] },
  { sentence: 'Agents visited him on February 8.', published: '2022-01-21', dates: [['February 8', '2021-02-08', 'day', true]] },
  // Months.
  { sentence: 'In July 2019 the family received threats.', published: null, dates: [['July 2019', '2019-07', 'month']] },
  { sentence: 'Protests grew through Sept. 2020 and beyond.', published: null, dates: [['Sept. 2020', '2020-09', 'month']] },
  { sentence: 'Officers visited his parents in early June 2017.', published: null, dates: [['early June 2017', '2017-06', 'month']] },
  { sentence: 'His passport was cancelled last June.', published: '2022-01-21', dates: [['last June', '2021-06', 'month', true]] },
  { sentence: 'His passport was cancelled last June.', published: '2022-08-02', dates: [['last June', '2022-06', 'month', true]] },
  { sentence: 'In June these 4 may be sent back.', published: '2021-08-02', dates: [['June', '2021-06', 'month', true]] },
  { sentence: 'The messages started in March.', published: '2021-05-23', dates: [['March', '2021-03', 'month', true]] },
  { sentence: 'He was summoned in December of last year.', published: '2022-03-01', dates: [['December of last year', '2021-12', 'month', true]] },
  { sentence: 'Calls came between March and May 2019.', published: '2022-01-21', dates: [['March', '2019-03', 'month'], ['May 2019', '2019-05', 'month']] },
  { sentence: 'By mid-April the account had been hacked.', published: '2020-06', dates: [['mid-April', '2020-04', 'month', true]] },
  // Bare years need a word that makes them years.
  { sentence: 'In 2018 he fled to Norway.', published: null, dates: [['2018', '2018', 'year']] },
  { sentence: 'He has lived in exile since 2014.', published: null, dates: [['since 2014', '2014', 'year']] },
  { sentence: 'She was detained in 2019, then released.', published: null, dates: [['2019', '2019', 'year']] },
  { sentence: 'Pressure increased in early 2018.', published: null, dates: [['early 2018', '2018', 'year']] },
  { sentence: 'By the end of 2020 the group had dissolved.', published: null, dates: [['end of 2020', '2020', 'year']] },
  { sentence: 'The campaign peaked in mid-2021.', published: null, dates: [['mid-2021', '2021', 'year']] },
  { sentence: 'Surveillance lasted from 2015 to 2017.', published: null, dates: [['2015 to 2017', '2015', 'year']] },
  { sentence: 'The 2016–2018 crackdown forced many abroad.', published: null, dates: [['2016–2018', '2016', 'year']] },
  { sentence: 'Relatives were jailed in 2016 and 2019.', published: null, dates: [['2016', '2016', 'year'], ['2019', '2019', 'year']] },
  { sentence: 'After the 2019 election, critics were hunted.', published: null, dates: [['2019', '2019', 'year']] },
  // Relative to the article date.
  { sentence: 'Four years ago he was forced to spy on friends.', published: '2022', dates: [['Four years ago', '2018', 'year', true]] },
  { sentence: 'He was warned about two months ago.', published: '2022-01-21', dates: [['two months ago', '2021-11', 'month', true]] },
  { sentence: 'The family was visited 10 days ago.', published: '2022-01-21', dates: [['10 days ago', '2022-01-11', 'day', true]] },
  { sentence: 'Police raided the office last year.', published: '2020-02-25', dates: [['last year', '2019', 'year', true]] },
  { sentence: 'Earlier this year, the embassy refused him a passport.', published: '2021-05-23', dates: [['Earlier this year', '2021', 'year', true]] },
  { sentence: 'The blogger was arrested yesterday.', published: '2021-03-01', dates: [['yesterday', '2021-02-28', 'day', true]] },
  { sentence: 'Officials confirmed the deportation today.', published: '2021-03-01', dates: [['today', '2021-03-01', 'day', true]] },
  { sentence: 'He was beaten last summer.', published: '2021-10-04', dates: [['last summer', '2021', 'year', true]] },
  { sentence: 'The men were released last month.', published: '2022-01-21', dates: [['last month', '2021-12', 'month', true]] },
  // Weekdays: the latest such day on or before a day-precise article date.
  { sentence: 'Agents questioned him on Tuesday.', published: '2022-01-21', dates: [['Tuesday', '2022-01-18', 'day', true]] },
  { sentence: 'Agents questioned him on Tuesday.', published: '2022-01', dates: [['Tuesday', '2022-01', 'month', true]] },
  { sentence: 'The activist was released on Friday.', published: '2022-01-21', dates: [['Friday', '2022-01-21', 'day', true]] },
  { sentence: 'His brother disappeared last Friday.', published: '2022-01-21', dates: [['last Friday', '2022-01-14', 'day', true]] },
  // Numeric dates.
  { sentence: 'The order is dated 2021-09-23 in the files.', published: null, dates: [['2021-09-23', '2021-09-23', 'day']] },
  { sentence: 'The court ruled on 23/09/2021.', published: null, dates: [['23/09/2021', '2021-09-23', 'day']] },
  { sentence: 'The court ruled on 09/23/2021.', published: null, dates: [['09/23/2021', '2021-09-23', 'day']] },
];

describe('English dates: valid', () => {
  for (const c of valid) {
    it(`${c.sentence} (published ${c.published})`, () => checkCase(c, 'en'));
  }
});
