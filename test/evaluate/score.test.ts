// The project's scorer must agree with the reference scorer the gold files
// were made for (a copy is kept in test/fixtures/reference-score.mjs).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scoreEvents, targetRight, type GoldDoc } from '../../src/evaluate/score.js';
import { corpusReader } from '../../src/evaluate/load.js';

const article = 'Agents followed the editor in Oslo. Police arrested her brother in 2019. Officials denied it.';
const gold: GoldDoc[] = [{
  file: 'a.txt',
  events: [
    { tactic: ['SURVEILLANCE'], quote: 'Agents followed the editor', perpetrator_country: 'CN', target: 'editor', place_country: 'NO', date: null },
    { tactic: ['DETENTION', 'COERCION_BY_PROXY'], quote: 'arrested her brother', perpetrator_country: 'CN', target: ['brother', null], place_country: ['CN', null], date: '2019' },
    { tactic: ['SURVEILLANCE'], quote: 'Officials denied it', perpetrator_country: 'CN', target: null, place_country: null, date: null, optional: true },
  ],
}];
const ev = (tactic: string, start: number, end: number, slots: Record<string, unknown> = {}) => ({
  tactic, source: { file: 'corpus/a.txt', start, end }, perpetrator: { country: 'CN' }, target: null, place: null, date: null, ...slots,
});
const preds = [
  ev('SURVEILLANCE', 0, 35, { target: { name: 'the editor' }, place: { country: 'NO' } }),
  ev('COERCION_BY_PROXY', 36, 72, { target: { name: 'Brothers' }, date: { value: '2019' } }),
  ev('THREAT', 36, 72),
  ev('SURVEILLANCE', 73, 94),
  ev('SURVEILLANCE', 0, 35, { target: { name: 'the editor' }, place: { country: 'NO' } }),
];

describe('evaluate', () => {
  it('agrees with the reference scorer on events, slots and full records', () => {
    const dir = mkdtempSync(join(tmpdir(), 'score-'));
    writeFileSync(join(dir, 'a.txt'), '\uFEFF' + article);
    writeFileSync(join(dir, 'gold.jsonl'), gold.map((g) => JSON.stringify(g)).join('\n') + '\n');
    writeFileSync(join(dir, 'events.json'), JSON.stringify(preds));
    const ref = JSON.parse(execFileSync('node', [join(__dirname, '../fixtures/reference-score.mjs'), join(dir, 'gold.jsonl'), join(dir, 'events.json'), dir, '--json'], { encoding: 'utf8' }));
    const ours = scoreEvents(gold, preds, corpusReader(dir));
    const { errors: _errors, ...rest } = ours;
    expect(rest).toEqual(ref);
    expect(ours.event.precision).toBeCloseTo(2 / 3);
    expect(ours.event.recall).toBe(1);
    expect(ours.full_record.recall).toBe(1);
  });

  it('matches target words across case, accents and Uighur/Uyghur/uigur spellings', () => {
    expect(targetRight('uigurene', 'Uyghur')).toBe(true);
    expect(targetRight('uigurene', 'Uyghurs')).toBe(false); // prefix rule: neither word starts with the other
    expect(targetRight('Amir Example', ['Example', 'family'])).toBe(true);
    expect(targetRight(null, [null, 'people'])).toBe(true);
    expect(targetRight('the police', 'Uyghurs')).toBe(false);
  });
});
