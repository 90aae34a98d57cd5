import { describe, expect, it } from 'vitest';
import { split } from './split-helper.js';

describe('line breaks inside a paragraph', () => {
  it('splits a headline and byline from the text below them', () => {
    expect(split('Activist detained at airport\nBy Anna Berg\nThe activist was stopped on arrival. She was held overnight.', 'en')).toEqual([
      'Activist detained at airport',
      'By Anna Berg',
      'The activist was stopped on arrival.',
      'She was held overnight.',
    ]);
  });

  it('rejoins a sentence hard-wrapped over several lines', () => {
    expect(split('The police said that the man, who had\nlived abroad for years, was\narrested on Friday.', 'en')).toEqual([
      'The police said that the man, who had\nlived abroad for years, was\narrested on Friday.',
    ]);
  });

  it('rejoins after a line ending in a comma even before a capital', () => {
    expect(split('Among those questioned were relatives,\nNeighbours and friends of the family.', 'en')).toEqual([
      'Among those questioned were relatives,\nNeighbours and friends of the family.',
    ]);
  });

  it('splits bullet items of every kind', () => {
    const text = 'The report asks the government to:\n• stop the surveillance\n- release the detainees\n* end the threats\n– protect the families';
    expect(split(text, 'en')).toEqual([
      'The report asks the government to:',
      '• stop the surveillance',
      '- release the detainees',
      '* end the threats',
      '– protect the families',
    ]);
  });

  it('keeps lines apart that end a sentence', () => {
    expect(split('Han ble arrestert.\nFamilien fikk ikke vite noe.', 'nb')).toEqual(['Han ble arrestert.', 'Familien fikk ikke vite noe.']);
  });

  it('handles CRLF line ends', () => {
    expect(split('Overskrift her\r\nTeksten begynner her. Den slutter her.', 'nb')).toEqual([
      'Overskrift her',
      'Teksten begynner her.',
      'Den slutter her.',
    ]);
  });

  it('drops separator lines that hold no words', () => {
    expect(split('First part ends here.\n* * *\nSecond part starts here.', 'en')).toEqual([
      'First part ends here.',
      'Second part starts here.',
    ]);
  });
});
