// Highlight ranges in the evidence sentence: the trigger by its article
// offsets, the named slots by whole-word search, never overlapping.
import { describe, expect, it } from 'vitest';
import { highlightRanges } from '../../src/report/highlight.js';
import { makeEvent } from './events.fixture.js';

function marked(e: ReturnType<typeof makeEvent>): Record<string, string> {
  return Object.fromEntries(highlightRanges(e).map((h) => [h.kind, e.source.text.slice(h.start, h.end)]));
}

describe('highlightRanges', () => {
  it('marks the trigger from offsets and each slot found in the sentence', () => {
    const e = makeEvent({
      sentence: 'Agents of Iran followed Dara Amini in Oslo on 3 May 2021.', trigger: 'followed',
      tactic: ['SURVEILLANCE', 'Surveillance'], perp: ['Agents of Iran', 'IR', 'agent'], target: ['Dara Amini', 'person'],
      place: ['Oslo', 'NO', 59.9, 10.7, 'city'], date: ['3 May 2021', '2021-05-03', 'day'],
    }, 5);
    expect(marked(e)).toEqual({
      perpetrator: 'Agents of Iran', trigger: 'followed', target: 'Dara Amini', place: 'Oslo', date: '3 May 2021',
    });
    const starts = highlightRanges(e).map((h) => h.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
  });

  it('uses the trigger offsets, not the first occurrence of the word', () => {
    const e = makeEvent({ sentence: 'He said they threatened him, and they threatened his sister too.', trigger: 'threatened',
      tactic: ['THREAT', 'Threat'] }, 2);
    const second = e.source.text.lastIndexOf('threatened');
    e.trigger = { text: 'threatened', start: e.source.start + second, end: e.source.start + second + 10 };
    expect(highlightRanges(e)).toEqual([{ start: second, end: second + 10, kind: 'trigger' }]);
  });

  it('matches names whole-word only, and case-insensitively when the case differs', () => {
    const e = makeEvent({ sentence: 'Hanna said the police detained Han in Bergen.', trigger: 'detained',
      tactic: ['DETENTION', 'Detention'], perp: ['Police', 'NO', 'police'], target: ['Han', 'person'] }, 1);
    const h = highlightRanges(e);
    const target = h.find((x) => x.kind === 'target')!;
    expect(e.source.text.slice(target.start, target.end)).toBe('Han');
    expect(target.start).toBe(e.source.text.indexOf('Han in'));
    expect(marked(e).perpetrator).toBe('police');
  });

  it('skips a slot whose only occurrence overlaps a higher-priority one, and names not in the sentence', () => {
    const e = makeEvent({ sentence: 'Chinese police arrested a man in Chinese custody.', trigger: 'arrested',
      tactic: ['DETENTION', 'Detention'], perp: ['Chinese police', 'CN', 'police'], target: ['Chinese', 'group'],
      place: ['Shanghai', 'CN', null, null, 'city'] }, 1);
    const kinds = highlightRanges(e).map((h) => h.kind);
    expect(kinds).toEqual(['perpetrator', 'trigger', 'target']);
    const target = highlightRanges(e).find((x) => x.kind === 'target')!;
    expect(target.start).toBe(e.source.text.lastIndexOf('Chinese'));
  });

  it('still marks the trigger word when the offsets disagree with the sentence', () => {
    const e = makeEvent({ sentence: 'They were deported in 2019.', trigger: 'deported', tactic: ['DEPORTATION', 'Deportation'] }, 0);
    e.trigger = { ...e.trigger, start: e.trigger.start + 40, end: e.trigger.end + 40 };
    expect(marked(e)).toEqual({ trigger: 'deported' });
  });
});
