// Properties over arbitrary input, with the real gazetteer: read + process
// never fail, every span slices to its text, output is deterministic, the
// three formats hold the same events, and no CSV cell is a live formula.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { articleFromBuffer, type InputFile } from '../../src/read/index.js';
import { processArticle } from '../../src/pipeline/process.js';
import { loadGazetteer, type Gazetteer } from '../../src/gazetteer/load.js';
import { DEFAULT_GAZETTEER_DIR } from '../../src/paths.js';
import { openWriters } from '../../src/output/writers.js';
import { CSV_COLUMNS, neutraliseCell, NUMERIC_COLUMNS, type CsvColumn } from '../../src/output/csv-row.js';
import type { Article, EventRecord } from '../../src/types.js';

let gaz: Gazetteer;
beforeAll(() => {
  gaz = loadGazetteer(DEFAULT_GAZETTEER_DIR);
}, 30_000);

/** What a spreadsheet runs as a formula when a cell starts with it (OWASP, ASVS 1.2.10). */
const LIVE = /^[=+\-@\t\r\0]/;

// ---- arbitraries: words that make events, and everything that breaks text ----

/** Sentence parts per language: [actors, triggers, targets, places, dates]. */
const WORDS = {
  en: [
    ['Police', 'Police in Minsk', 'Chinese police', 'The Iranian embassy', 'Russian agents', 'Belarusian security officers', 'Turkish intelligence agents'],
    ['arrested', 'detained', 'threatened', 'kidnapped', 'deported', 'abducted', 'spied on', 'harassed'],
    ['the journalist Ana Example', 'the dissident Omar Placeholder', 'Uyghurs', 'her brother', 'İlkay Örnek', 'Uyghur students', 'the activist Kari Example'],
    ['in Minsk', 'in Oslo', 'in Istanbul', 'in Türkiye', 'in İstanbul', 'in China', 'in the U.S.', 'in Tromsø'],
    ['on 3 May 2021', 'in June 2020', 'last June', 'in 2019', 'in 2014–2016', 'yesterday', 'on Monday (22 June)', 'on Jan. 21st, 2022'],
  ],
  no: [
    ['Politiet', 'Politiet i Minsk', 'Kinesisk politi', 'Den iranske ambassaden', 'Russiske agenter', 'Tyrkisk etterretning'],
    ['arresterte', 'truet', 'pågrep', 'bortførte', 'overvåket', 'utviste', 'fengslet', 'trakasserte'],
    ['aktivisten Åse Eksempel', 'journalisten Kari Eksempel', 'uigurer', 'broren hans', 'İlkay Örnek', 'uiguriske studenter'],
    ['i Oslo', 'i Bergen', 'i Tromsø', 'i Kina', 'i Istanbul', 'i Minsk', 'i Türkiye'],
    ['4. april 2022', '25. februar 2020', 'i fjor', 'i 2019', 'for tre år siden', 'i mars 2022', 'mandag 3. mai'],
  ],
};
/** How a sentence or title may start: formula starters, quotes, bullets, a BOM. */
const LEADS = ['', '', '', '=', '+', '-', '@', '\t', '\r', '\0', '=HYPERLINK("http://x.example","y") ', "'", '"', '- ', '• ', '@here ',
  '+47 ', '-1 ', '\uFEFF', '«', '«=SUM(A1)» '];
const ENDS = ['.', '.', '!', '?', '', '…', '."', '.”', ' (Reuters).', ',', ';', '.\u00a0'];
const SEPARATORS = [' ', ' ', '\n', '\r\n', '\n\n', '\r\n\r\n', '\u00a0', '\t', '  ', '\u2028', '\r'];
const NOISE = ['Mr.', 'Dr.', 'f.eks.', 'bl.a.', 'kl.', 'U.S.', '...', '«', '»', '"', '\uFEFF', 'İ', 'ß', 'ﬁ', '😀', 'e\u0301', '\u200b',
  '\u0000', '\ud800', '\udc00', '—', '(', ')', '[1]', 'https://x.example/a?b=c', 'a@b.no', '2021', '3.', 'Kina', 'China', 'Norge',
  'kinesiske', 'Chinese', 'not', 'ikke', 'denied', 'nektet', 'may', 'kan', 'feared', '"arrested"', '=', '@', '-', '+'];

const pick = (xs: string[]) => fc.constantFrom(...xs);

const sentenceIn = (lang: 'en' | 'no') =>
  fc.tuple(fc.nat(), pick(LEADS), pick(ENDS), fc.boolean()).map(([seed, lead, end, dateFirst]) => {
    const [a, t, g, p, d] = WORDS[lang].map((xs, k) => xs[(seed >> (k * 3)) % xs.length]);
    return dateFirst ? `${lead}${d}, ${a} ${t} ${g} ${p}${end}` : `${lead}${a} ${t} ${g} ${p} ${d}${end}`;
  });
const sentence = fc.oneof(sentenceIn('en'), sentenceIn('no'));

/** An article in one language: a title that may look like a formula, then paragraphs of sentences. */
const cleanArticle = fc
  .tuple(fc.constantFrom<'en' | 'no'>('en', 'no'), pick(LEADS), pick(['\n\n', '\r\n\r\n', '\n']))
  .chain(([lang, lead, nl]) =>
    fc.tuple(fc.constant(`${lead}${lang === 'en' ? 'Activist detained' : 'Aktivist pågrepet'}${nl}${nl}`), fc.array(fc.array(sentenceIn(lang), { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 4 }))
      .map(([title, paras]) => title + paras.map((p) => p.join(' ')).join(nl)));

const piece = fc.oneof(
  { weight: 4, arbitrary: sentence },
  { weight: 3, arbitrary: pick(SEPARATORS) },
  { weight: 2, arbitrary: pick(NOISE) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
);

/** Article-like text: an optional title line, sentences, separators and noise; sometimes BOM or CRLF. */
const articleText = fc
  .tuple(fc.option(fc.tuple(pick(LEADS), fc.string({ maxLength: 30 }))), fc.array(piece, { maxLength: 30 }), fc.constantFrom('', 'bom', 'crlf'))
  .map(([title, pieces, variant]) => {
    let text = (title ? `${title[0]}${title[1]}\n\n` : '') + pieces.join('');
    if (variant === 'bom') text = '\uFEFF' + text;
    if (variant === 'crlf') text = text.replace(/\r?\n/g, '\r\n');
    return text;
  });

const TAGS = ['<p>', '</p>', '<br>', '<div>', '</div>', '<script>x("</p>")</script>', '&amp;', '&#x3D;', '&#61;', '&plus;', '&commat;',
  '&lt;', '&nbsp;', '<!-- c -->', '<title>=1+1</title>', '<h1>', '</h1>', '<li>', '&', '&#', '<', '>', '<b', '<![CDATA[ x ]]>'];
const htmlText = fc.array(fc.oneof(sentence, pick(TAGS), pick(SEPARATORS), pick(NOISE)), { maxLength: 30 }).map((xs) => xs.join(''));

/** File names a spreadsheet would also take for formulas. */
const fileName = fc.constantFrom('a.txt', '=1+2.txt', '-rf.txt', '@home.txt', '+47 rapport.txt', '\tfane.txt', 'mappe/ø å.txt', 'x,"y".txt');

type Input = { file: string; bytes: Buffer };

const anyInput: fc.Arbitrary<Input> = fc.oneof(
  { weight: 4, arbitrary: fc.tuple(fileName, articleText).map(([file, t]) => ({ file, bytes: Buffer.from(t) })) },
  { weight: 3, arbitrary: fc.tuple(fileName, cleanArticle).map(([file, t]) => ({ file, bytes: Buffer.from(t) })) },
  { weight: 2, arbitrary: htmlText.map((t) => ({ file: 'page.html', bytes: Buffer.from(t) })) },
  { weight: 1, arbitrary: fc.string().map((t) => ({ file: 'plain.txt', bytes: Buffer.from(t) })) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary' }).map((t) => ({ file: 'unicode.txt', bytes: Buffer.from(t) })) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme' }).map((t) => ({ file: 'graphemes.md', bytes: Buffer.from(t) })) },
  { weight: 1, arbitrary: fc.uint8Array({ maxLength: 200 }).map((b) => ({ file: 'bytes.txt', bytes: Buffer.from(b) })) },
  // Windows-1252 bytes (not valid UTF-8): decoded by guess, offsets into the decoded text.
  { weight: 1, arbitrary: articleText.map((t) => ({ file: 'latin1.txt', bytes: Buffer.from(t.replace(/[^\u0000-\u00ff]/g, '?'), 'latin1') })) },
);

function run(input: Input): Article {
  const file: InputFile = { path: `/virtual/${input.file}`, file: input.file, size: input.bytes.length };
  const read = articleFromBuffer(file, input.bytes);
  return read.diagnostics.some((d) => d.level === 'error') ? read : processArticle(read, gaz);
}

function checkSpans(a: Article): void {
  const n = a.text.length;
  const inBounds = (s: { start: number; end: number }, what: string) => {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end), what).toBe(true);
    expect(0 <= s.start && s.start <= s.end && s.end <= n, `${what} [${s.start},${s.end}) in 0..${n}`).toBe(true);
  };
  for (const p of a.paragraphs ?? []) inBounds(p, 'paragraph');
  for (const s of a.sentences ?? []) inBounds(s, 'sentence');
  for (const m of a.mentions ?? []) {
    inBounds(m, 'mention');
    expect(a.text.slice(m.start, m.end)).toBe(m.text);
    const s = a.sentences![m.sentence];
    expect(s.start <= m.start && m.end <= s.end, 'mention inside its sentence').toBe(true);
  }
  for (const d of a.dates ?? []) {
    inBounds(d, 'date');
    expect(a.text.slice(d.start, d.end)).toBe(d.text);
  }
  for (const e of a.events ?? []) {
    inBounds(e.source, 'evidence');
    inBounds(e.trigger, 'trigger');
    expect(a.text.slice(e.source.start, e.source.end)).toBe(e.source.text);
    expect(a.text.slice(e.trigger.start, e.trigger.end)).toBe(e.trigger.text);
    expect(e.source.start <= e.trigger.start && e.trigger.end <= e.source.end, 'trigger inside its evidence').toBe(true);
    expect(e.source.file).toBe(a.file);
    if (e.date) expect(a.dates!.some((d) => d.text === e.date!.text && d.value === e.date!.value && d.start >= e.source.start && d.end <= e.source.end)).toBe(true);
  }
}

describe('any input through read and process', () => {
  it('never fails a stage, and every span is in bounds and slices to its text', () => {
    let events = 0;
    fc.assert(
      fc.property(anyInput, (input) => {
        const a = run(input);
        expect(a.diagnostics.filter((d) => d.code === 'stage-failed' || d.code === 'read-failed')).toEqual([]);
        checkSpans(a);
        events += a.events?.length ?? 0;
      }),
      { numRuns: 1500 },
    );
    expect(events, 'the inputs make events, so the event checks ran').toBeGreaterThan(500);
  }, 60_000);

  it('gives the same output for the same input', () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        expect(run(input)).toEqual(run({ file: input.file, bytes: Buffer.from(input.bytes) }));
      }),
      { numRuns: 300 },
    );
  }, 60_000);
});

/** The JSON value a CSV column holds: `source_file` → event.source.file, `tactic_label` → event.tactic_label. */
function jsonValue(e: EventRecord, column: CsvColumn): unknown {
  const obj = e as unknown as Record<string, unknown>;
  if (column in obj) return obj[column];
  const [head, ...rest] = column.split('_');
  const inner = obj[head] as Record<string, unknown> | null;
  return inner === null ? null : inner[rest.join('_')];
}

async function writeAndRead(events: EventRecord[]): Promise<{ json: unknown; ndjson: unknown[]; rows: Record<string, string>[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'tnr-rel-prop-'));
  try {
    for (const w of openWriters(dir, ['json', 'csv', 'ndjson'])) {
      await w.add(events.slice(0, 1));
      await w.add(events.slice(1));
      await w.commit();
    }
    const json = JSON.parse(readFileSync(join(dir, 'events.json'), 'utf8'));
    const ndjson = readFileSync(join(dir, 'events.ndjson'), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const rows = parse(readFileSync(join(dir, 'events.csv'), 'utf8'), { bom: true, columns: true, relax_quotes: false }) as Record<string, string>[];
    return { json, ndjson, rows };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('any input through the writers', () => {
  it('JSON, NDJSON and CSV hold the same events, and no CSV cell is a live formula', async () => {
    const seen = { events: 0, neutralised: 0, negativeNumbers: 0 };
    await fc.assert(
      fc.asyncProperty(anyInput, async (input) => {
        const events = run(input).events ?? [];
        const { json, ndjson, rows } = await writeAndRead(events);
        expect(json).toEqual(events);
        expect(ndjson).toEqual(events);
        expect(rows).toHaveLength(events.length);
        rows.forEach((row, i) => {
          expect(Object.keys(row)).toEqual([...CSV_COLUMNS]);
          for (const c of CSV_COLUMNS) {
            const cell = row[c];
            const value = jsonValue(events[i], c);
            if (NUMERIC_COLUMNS.has(c)) {
              // Numbers we computed: exempt, since -68.3 is a number to a spreadsheet, not a formula.
              if (value === null || value === undefined) expect(cell).toBe('');
              else {
                expect(Number.isFinite(Number(cell)) && Number(cell) === value, `${c} ${cell}`).toBe(true);
                if (cell.startsWith('-')) seen.negativeNumbers++;
              }
              continue;
            }
            const text = value === null || value === undefined ? '' : String(value);
            expect(LIVE.test(cell), `${c} is a live formula: ${JSON.stringify(cell)}`).toBe(false);
            if (LIVE.test(text)) {
              expect(cell).toBe(`'${text}`); // neutralised, and the text survives after the apostrophe
              seen.neutralised++;
            } else expect(cell).toBe(text);
          }
        });
        seen.events += events.length;
      }),
      { numRuns: 600 },
    );
    expect(seen.events).toBeGreaterThan(300);
    expect(seen.neutralised, 'formula-like cells were produced and neutralised').toBeGreaterThan(100);
  }, 60_000);

  it('neutraliseCell: for any text, the result is never live and the text is recoverable', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary' }), fc.tuple(pick(LEADS), fc.string()).map(([a, b]) => a + b)), (s) => {
        const out = neutraliseCell(s);
        expect(LIVE.test(out)).toBe(false);
        expect(out === s || (LIVE.test(s) && out === `'${s}`)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});
