import type { EventRecord } from '../../src/types.js';

/** A complete event record with the given fields changed. */
export function makeEvent(over: Partial<EventRecord> = {}): EventRecord {
  return {
    id: '0123456789abcdef', tactic: 'DETENTION', tactic_label: 'Detention', cameo: '173', plover: 'ARREST',
    perpetrator: { name: 'the police', country: 'CN', type: 'police' },
    target: { name: 'Ana Example', type: 'person' },
    place: { name: 'Oslo', country: 'NO', lat: 59.9127, lon: 10.7461, precision: 'city' },
    date: { text: 'in May 2020', value: '2020-05', precision: 'month' },
    language: 'en', polarity: 'asserted',
    source: { file: 'a.txt', title: 'A title', published: '2021', sentence: 0, start: 0, end: 20, text: 'Police arrested Ana.' },
    trigger: { text: 'arrested', start: 7, end: 15 },
    ...over,
  };
}
