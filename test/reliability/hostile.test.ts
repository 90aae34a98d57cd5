// Hostile text through the whole pipeline (read, every stage, the writers):
// a megabyte of one character class, one endless token, 100,000 levels of
// nested HTML, a folder of 100,000 files. Each must finish in bounded time;
// times are measured and printed (not asserted: machines differ), and any
// regular expression with catastrophic backtracking would show up here as a
// time-out.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runExtract } from '../../src/pipeline/run.js';
import { DEFAULT_GAZETTEER_DIR } from '../../src/paths.js';
import type { EventRecord } from '../../src/types.js';
import { mkTemp, readJson, removeTemp } from './corpus.js';

const MB = 1 << 20;
/** `unit` repeated to exactly `n` UTF-16 units (a multi-byte unit makes a file of more than n bytes). */
const fill = (unit: string, n = MB): string => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

const tmp = mkTemp('hostile');
const timings: string[] = [];
afterAll(() => {
  console.info(`hostile inputs, full pipeline (ms):\n  ${timings.join('\n  ')}`);
  removeTemp(tmp);
});

let caseNo = 0;

/** One file through runExtract; returns its events and the run report. */
async function extractOne(name: string, content: string) {
  const dir = join(tmp, `case-${++caseNo}`);
  mkdirSync(join(dir, 'in'), { recursive: true });
  writeFileSync(join(dir, 'in', name), content);
  const t0 = performance.now();
  const result = await runExtract({ inputs: [join(dir, 'in')], outDir: join(dir, 'out'), formats: ['json', 'csv'], gazetteerDir: DEFAULT_GAZETTEER_DIR });
  timings.push(`${name}: ${(performance.now() - t0).toFixed(0)}`);
  const events = readJson<EventRecord[]>(join(dir, 'out/events.json'));
  expect(readFileSync(join(dir, 'out/events.csv'), 'utf8').split('\r\n').length).toBeGreaterThanOrEqual(events.length + 1);
  expect(result.report.files.found).toBe(1);
  expect(result.report.skipped.filter((s) => s.code === 'stage-failed' || s.code === 'read-failed')).toEqual([]);
  return { events, report: result.report };
}

/** Evidence and trigger spans slice the text (for .txt files, the file's content). */
function expectSpans(events: EventRecord[], text: string): void {
  for (const e of events) {
    expect(text.slice(e.source.start, e.source.end)).toBe(e.source.text);
    expect(text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
  }
}

const T = 30_000;

describe('a megabyte of hostile text, through the full pipeline', () => {
  it.each([
    ['punctuation.txt', fill('.,;:!?-—"\'()[]{}…/\\*&%$#«»')],
    ['full-stops.txt', fill('.')],
    ['spaces.txt', fill(' ')],
    ['newlines.txt', fill('\r\n')],
    ['one-token.txt', fill('a')],
    ['one-token-letters.txt', fill('Abcæøå123')],
    ['mr.txt', fill('Mr. ')],
    ['abbreviations.txt', fill('f.eks. bl.a. kl. U.S. ')],
    ['initials.txt', fill('a.b.c.d.e.')],
    ['hyphens.txt', fill('a-')],
    ['apostrophes.txt', fill("'s ")],
    ['digits.txt', fill('1234567890')],
    ['dates.txt', fill('3 May 2021 ')],
    ['ordinals.txt', fill('1. 2. 3. mai ')],
    ['zero-width.txt', fill('\u200b')],
    ['combining.txt', fill('a\u0301')],
    ['emoji.txt', fill('😀 ')],
  ])('%s', async (name, content) => {
    const { events } = await extractOne(name, content);
    expectSpans(events, content);
  }, T);

  it('one 1 MB line of "arrested arrested ..."', async () => {
    const text = fill('arrested ');
    const { events } = await extractOne('arrested.txt', text);
    expectSpans(events, text);
  }, T);

  it('one 1 MB line of Norwegian triggers', async () => {
    const text = fill('pågrepet arresterte truet ');
    expectSpans((await extractOne('pagrepet.txt', text)).events, text);
  }, T);

  it('one 1 MB line of event clauses with no full stop', async () => {
    const text = fill('Police in Minsk arrested the journalist Ana Example on 3 May 2021, ');
    expectSpans((await extractOne('clauses.txt', text)).events, text);
  }, T);

  it('1 MB of Norwegian sentences', async () => {
    const text = fill('Politiet i Oslo truet aktivisten Kari Eksempel 4. april 2022 og i fjor. ');
    const { events } = await extractOne('norsk.txt', text);
    expect(events.length).toBeGreaterThan(10_000);
    expectSpans(events, text);
  }, T);

  it('1 MB of sentences naming 14,000 different people', async () => {
    const syllable = (i: number) => 'bcdfghjklmnprstv'[i % 16] + 'aeiou'[(i >> 4) % 5];
    const surname = (i: number) => (syllable(i) + syllable(i >> 3) + syllable(i >> 6) + syllable(i >> 9)).replace(/^./, (c) => c.toUpperCase());
    let text = '';
    for (let i = 0; text.length < MB; i++) text += `Police in Oslo arrested the journalist Ana ${surname(i)} on 3 May 2021. `;
    expectSpans((await extractOne('names.txt', text)).events, text);
  }, T);

  it('1 MB of real sentences: every one is found', async () => {
    const sentence = 'Chinese police threatened the Uyghur activist Omar Placeholder in Oslo in June 2020. ';
    const text = fill(sentence, sentence.length * 12_000); // ~1 MB
    const { events } = await extractOne('sentences.txt', text);
    expect(events.length).toBeGreaterThanOrEqual(12_000);
    expectSpans(events, text);
  }, T);
});

describe('hostile HTML, through the full pipeline', () => {
  it('100,000 levels of nested elements around one event', async () => {
    const html = `<!doctype html><title>Dyp</title>${'<div>'.repeat(100_000)}<p>Police in Minsk arrested the blogger Ana Example on 3 May 2021.</p>${'</div>'.repeat(100_000)}`;
    const { events } = await extractOne('nested.html', html);
    expect(events.map((e) => e.trigger.text)).toContain('arrested');
  }, T);

  it.each([
    ['unclosed.html', `<html>${'<div><p><b>'.repeat(100_000)}Police in Minsk arrested the blogger Ana Example.`],
    ['unclosed-comment.html', `<p>Start</p><!--${fill('x -- > ')}`],
    ['unclosed-script.html', `<p>Start</p><script>${fill('if (a < b) { "</scr" }')}`],
    ['entities.html', `<p>${fill('&amp;&#x3D;&#61;&bogus;&#;&')}</p>`],
    ['attributes.html', `<p ${fill('a="b" ')}>text</p>`],
    ['open-tags.html', fill('<')],
  ])('%s', async (name, html) => {
    await extractOne(name, html);
  }, T);
});

describe('a folder of 100,000 files', () => {
  it('is read to the end, every file accounted for', async () => {
    const dir = join(tmp, 'many');
    const t0 = performance.now();
    for (let d = 0; d < 100; d++) {
      const sub = join(dir, `d${String(d).padStart(3, '0')}`);
      mkdirSync(sub, { recursive: true });
      for (let i = 0; i < 1000; i++) writeFileSync(join(sub, `f${i}.txt`), i === 0 ? 'Police in Minsk arrested the journalist Ana Example on 3 May 2021.\n' : '');
    }
    timings.push(`100,000 files created: ${(performance.now() - t0).toFixed(0)}`);
    const t1 = performance.now();
    const r = await runExtract({ inputs: [dir], outDir: join(tmp, 'many-out'), formats: ['json', 'csv'], gazetteerDir: DEFAULT_GAZETTEER_DIR });
    timings.push(`100,000 files extracted: ${(performance.now() - t1).toFixed(0)}`);
    expect(r.report.files.found).toBe(100_000);
    expect(r.report.files.processed).toBe(100);
    expect(r.report.skipped.filter((s) => s.code === 'empty-file')).toHaveLength(99_900);
    expect(r.hadBadInput).toBe(false); // empty files are skipped, but are not bad input
    expect(r.events).toBeGreaterThanOrEqual(100);
  }, 120_000);
});
