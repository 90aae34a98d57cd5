import { describe, expect, it } from 'vitest';
import { textMetadata } from '../../src/read/text-metadata.js';

describe('textMetadata: title', () => {
  it('takes a short first line without a final period as the title', () => {
    const text = 'Exiled blogger followed home from the station\n\nTwo men trailed her for an hour.\n';
    expect(textMetadata(text).title).toBe('Exiled blogger followed home from the station');
  });

  it('gives no title when the first line is a sentence', () => {
    expect(textMetadata('The council met on Tuesday to discuss the budget.\nMore text.').title).toBeNull();
  });

  it('gives no title when the first line is 200 characters or more', () => {
    expect(textMetadata(`${'Ord '.repeat(60)}\nneste linje`).title).toBeNull();
  });

  it('never takes a dateline as the title, and reads the headline after it', () => {
    const meta = textMetadata('\n\n23. september 2021\nAktivist truet av ukjente menn\n\nBrødtekst her.');
    expect(meta).toEqual({ title: 'Aktivist truet av ukjente menn', published: '2021-09-23' });
  });

  it('strips Markdown heading marks and emphasis from the title', () => {
    expect(textMetadata('# Journalist placed under exit ban\n\nText.').title).toBe('Journalist placed under exit ban');
    expect(textMetadata('**Familie presset til å ringe hjem**\n').title).toBe('Familie presset til å ringe hjem');
  });

  it('reads front matter', () => {
    const meta = textMetadata('---\ntitle: Embassy staff accused of spying\ndate: 2020-06-01\n---\n\nBody.');
    expect(meta).toEqual({ title: 'Embassy staff accused of spying', published: '2020-06-01' });
  });

  it('keeps a headline ending in a question mark', () => {
    expect(textMetadata('Who is watching the diaspora?\n\nText.').title).toBe('Who is watching the diaspora?');
  });
});

describe('textMetadata: published', () => {
  it('finds a labelled date under the headline', () => {
    const meta = textMetadata('Students questioned after protest\nBy A. Writer\nPublished 3 March 2021\n\nText.');
    expect(meta.published).toBe('2021-03-03');
  });

  it('takes publication over an earlier update line', () => {
    const meta = textMetadata('Headline here\nUpdated: 5 May 2021\nPublished: 1 May 2021\n\nText.');
    expect(meta.published).toBe('2021-05-01');
  });

  it('falls back to an update date when that is all there is', () => {
    expect(textMetadata('Overskrift\nOppdatert 12.03.2021\n\nTekst.').published).toBe('2021-03-12');
  });

  it('takes the first of two plain datelines', () => {
    expect(textMetadata('Jan. 21st, 2022\nFeb. 2nd, 2022\n').published).toBe('2022-01-21');
  });

  it('ignores a date inside a sentence of the body', () => {
    expect(textMetadata('Headline\n\nOn 3 March 2021 the police raided the office.\n').published).toBeNull();
  });

  it('only looks at the first ten non-empty lines', () => {
    const body = Array.from({ length: 10 }, (_, i) => `Line ${i} of the story`).join('\n\n');
    expect(textMetadata(`${body}\n\n2020-01-01\n`).published).toBeNull();
    expect(textMetadata(`${body.split('\n\n').slice(0, 9).join('\n')}\n2020-01-01\n`).published).toBe('2020-01-01');
  });

  it('handles CRLF line ends', () => {
    expect(textMetadata('Headline over CRLF\r\nPublisert: 25. Feb 2020, kl. 15:18\r\n\r\nTekst.\r\n')).toEqual({
      title: 'Headline over CRLF',
      published: '2020-02-25',
    });
  });
});

describe('a labelled ISO date opening a line of running text', () => {
  it('is the publication date, at the precision given', () => {
    expect(textMetadata(' date 2023-04-11 Officials in the capital said on Tuesday that two men were held.\n\nMore.').published).toBe('2023-04-11');
    expect(textMetadata('date 2021-06 19 personer ble pågrepet i går.\n\nMer.').published).toBe('2021-06');
    expect(textMetadata('Dato: 2020 Mange ble arrestert.').published).toBe('2020');
  });
  it('is not taken from a date inside the sentence', () => {
    expect(textMetadata('The update date 2023-04-11 was wrong.\n\nMore.').published).toBeNull();
  });
});
