import { describe, expect, it } from 'vitest';
import { split } from './split-helper.js';

// [text, expected sentences]; all written for these tests.
const CASES: Array<[string, string[]]> = [
  ['Police detained him on Monday. He was released two days later.', ['Police detained him on Monday.', 'He was released two days later.']],
  ['Was he warned? Yes! He said so.', ['Was he warned?', 'Yes!', 'He said so.']],
  ['Mr. Chen met Dr. Alvarez at the embassy.', ['Mr. Chen met Dr. Alvarez at the embassy.']],
  ['Mrs. Li and Ms. Park spoke with Prof. Ahmed.', ['Mrs. Li and Ms. Park spoke with Prof. Ahmed.']],
  ['He moved to St. Petersburg in 2015. Then he left.', ['He moved to St. Petersburg in 2015.', 'Then he left.']],
  ['Gen. Smith and Sen. Jones met Gov. Brown. The talks failed.', ['Gen. Smith and Sen. Jones met Gov. Brown.', 'The talks failed.']],
  ['She lives at No. 10 on the street.', ['She lives at No. 10 on the street.']],
  ['Asked if he would go back, he said no. The police did not comment.', ['Asked if he would go back, he said no.', 'The police did not comment.']],
  ['The visit was on Jan. 5 and lasted a week.', ['The visit was on Jan. 5 and lasted a week.']],
  ['He lived in the U.S. for ten years.', ['He lived in the U.S. for ten years.']],
  ['Groups such as e.g. Amnesty have warned about it.', ['Groups such as e.g. Amnesty have warned about it.']],
  ['They took phones, laptops, etc. and left.', ['They took phones, laptops, etc. and left.']],
  ['They took phones, laptops, etc. The raid lasted an hour.', ['They took phones, laptops, etc.', 'The raid lasted an hour.']],
  ['The book by J. K. Rowling sold well. It was banned.', ['The book by J. K. Rowling sold well.', 'It was banned.']],
  ['The case of Smith vs. Jones was heard.', ['The case of Smith vs. Jones was heard.']],
  ['The party kept its majority. 48 members voted against.', ['The party kept its majority.', '48 members voted against.']],
  ['The list ran to p. 12 and No. 10 was on it.', ['The list ran to p. 12 and No. 10 was on it.']],
  ['He was arrested in 1998. In 2003 he fled.', ['He was arrested in 1998.', 'In 2003 he fled.']],
  ['The statement said he had stated.Belgian police disagreed.', ['The statement said he had stated.', 'Belgian police disagreed.']],
  ['The officer denied everything.”Police later confirmed it.', ['The officer denied everything.”', 'Police later confirmed it.']],
  ['Troops entered the U.S.Embassy compound.', ['Troops entered the U.S.Embassy compound.']],
  ['Read more at News.com.au and at example.org today.', ['Read more at News.com.au and at example.org today.']],
  ['He said: “We will not stop.” Then he hung up.', ['He said: “We will not stop.”', 'Then he hung up.']],
  ['He said: "We will not stop." Then he hung up.', ['He said: "We will not stop."', 'Then he hung up.']],
  ['He wrote: “Leave now. ” Nobody answered.', ['He wrote: “Leave now. ”', 'Nobody answered.']],
  ['“Why me?” he asked. “Because you spoke out.”', ['“Why me?” he asked.', '“Because you spoke out.”']],
  ['(He was later freed.) His brother was not.', ['(He was later freed.)', 'His brother was not.']],
  ['The fine was $2.5 million. It was paid.', ['The fine was $2.5 million.', 'It was paid.']],
  ['Wait... what happened next? Nobody knows.', ['Wait... what happened next?', 'Nobody knows.']],
];

describe('English sentences', () => {
  it.each(CASES)('%s', (text, expected) => {
    expect(split(text, 'en')).toEqual(expected);
  });
});
