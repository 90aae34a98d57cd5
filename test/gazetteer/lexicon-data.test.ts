// Checks the hand-kept lexicons (tactics, triggers, actors, groups, cues) as
// data, with a reader of its own so that a broken row is reported here even
// if the real loader changes. Then a few word forms, written for this test,
// are matched to show that the lexicons read the way LEXICON-NOTES.md says.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import countries from 'i18n-iso-countries';
import { describe, expect, it } from 'vitest';
import { foldKey } from '../../src/gazetteer/fold.js';
import { tokenize } from '../../src/gazetteer/tokenize.js';

const DIR = join(import.meta.dirname, '../../gazetteers');

const TACTICS = [
  'SURVEILLANCE', 'THREAT', 'HARASSMENT', 'COERCION_BY_PROXY', 'COERCED_COLLABORATION', 'DIGITAL_ATTACK', 'DETENTION',
  'DEPORTATION', 'RENDITION', 'ASSAULT', 'KILLING', 'TORTURE', 'MOBILITY_CONTROL', 'RAID',
];
const LANGS = ['en', 'nb', 'nn', 'no', '*'];
const ACTOR_TYPES = ['government', 'ministry', 'security', 'intelligence', 'police', 'military', 'embassy', 'consulate', 'party', 'court', 'agent', 'proxy', 'official', 'state', 'host-agency'];
const CUES = ['negation', 'hypothetical', 'fear', 'appeal', 'denial', 'law', 'agent', 'report', 'modal', 'nonact'];
/** Which row languages apply to a sentence of each language. */
const FAMILY: Record<string, string[]> = { en: ['en', '*'], nb: ['no', 'nb', '*'], nn: ['no', 'nn', '*'] };

interface Row {
  line: number;
  cells: string[];
  get: (column: string) => string;
}
interface Table {
  file: string;
  header: string[];
  rows: Row[];
}

function readTable(file: string): Table {
  const lines = readFileSync(join(DIR, file), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/);
  let header: string[] | null = null;
  const rows: Row[] = [];
  lines.forEach((raw, i) => {
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const cells = raw.split('\t');
    if (!header) {
      header = cells;
      return;
    }
    const h = header;
    rows.push({ line: i + 1, cells, get: (c) => (cells[h.indexOf(c)] ?? '').trim() });
  });
  if (!header) throw new Error(`${file}: no header`);
  return { file, header, rows };
}

/** Folded words of a pattern, a trailing `*` kept on prefix words. */
const words = (pattern: string) => pattern.split(' ').map((w) => (w.endsWith('*') ? foldKey(w.slice(0, -1)) + '*' : foldKey(w)));

const FILES = {
  tactics: { file: 'tactics.tsv', header: ['code', 'label', 'cameo', 'plover'] },
  triggers: { file: 'triggers.tsv', header: ['pattern', 'tactic', 'lang', 'note'], pattern: 'pattern', value: ['tactic'] },
  actors: { file: 'actors.tsv', header: ['form', 'type', 'country', 'lang', 'note'], pattern: 'form', value: ['type', 'country'] },
  groups: { file: 'groups.tsv', header: ['form', 'group', 'lang', 'note'], pattern: 'form', value: ['group'] },
  cues: { file: 'cues.tsv', header: ['pattern', 'cue', 'lang', 'note'], pattern: 'pattern', value: ['cue'] },
} as const;
const LEXICONS = [FILES.triggers, FILES.actors, FILES.groups, FILES.cues];
const tables = Object.fromEntries(Object.values(FILES).map((f) => [f.file, readTable(f.file)])) as Record<string, Table>;
const where = (t: Table, r: Row) => `${t.file}:${r.line}`;

describe('lexicon files: shape', () => {
  it.each(Object.values(FILES))('$file has its header and every row has all its columns', ({ file, header }) => {
    const t = tables[file];
    expect(t.header).toEqual(header);
    const bad = t.rows.filter((r) => r.cells.length !== header.length).map((r) => `${where(t, r)} has ${r.cells.length} columns`);
    expect(bad).toEqual([]);
  });

  it('tactics.tsv holds exactly the 14 codes of the guide, each with CAMEO and PLOVER columns', () => {
    const t = tables['tactics.tsv'];
    expect(t.rows.map((r) => r.get('code')).sort()).toEqual([...TACTICS].sort());
    for (const r of t.rows) for (const c of ['label', 'cameo', 'plover']) expect(r.get(c), `${where(t, r)} ${c}`).not.toBe('');
    expect(t.rows.filter((r) => r.get('cameo') !== '-').every((r) => /^\d+$/.test(r.get('cameo')))).toBe(true);
  });

  it.each(LEXICONS)('$file: lang is en, nb, nn, no or *', ({ file }) => {
    const t = tables[file];
    expect(t.rows.filter((r) => !LANGS.includes(r.get('lang'))).map((r) => where(t, r))).toEqual([]);
  });

  it.each(LEXICONS)('$file: patterns are words with an optional trailing * after at least 3 letters', ({ file, pattern }) => {
    const t = tables[file];
    const bad = t.rows.filter((r) => {
      const p = r.get(pattern);
      if (p === '' || p !== p.trim() || /\s{2,}|\t/.test(p)) return true;
      return p.split(' ').some((w) => !/^[\p{L}\p{M}\p{N}]+\*?$/u.test(w) || (w.endsWith('*') && [...w.slice(0, -1)].length < 3));
    });
    expect(bad.map((r) => `${where(t, r)} "${r.get(pattern)}"`)).toEqual([]);
  });

  it.each(LEXICONS)('$file: no pattern twice for one language (after folding), nor both shared and per-standard', ({ file, pattern }) => {
    const t = tables[file];
    const seen = new Map<string, Row>();
    const dup: string[] = [];
    for (const r of t.rows) {
      const key = words(r.get(pattern)).join(' ');
      const lang = r.get('lang');
      // `no` covers nb and nn, `*` covers all: a form listed under both is listed twice.
      const clashes = lang === '*' ? LANGS : lang === 'no' ? ['no', 'nb', 'nn', '*'] : [lang, lang === 'en' ? '*' : 'no', '*'];
      for (const other of clashes) {
        const prev = seen.get(`${key}\u0000${other}`);
        if (prev) dup.push(`${where(t, r)} repeats line ${prev.line}: ${key} (${lang}/${other})`);
      }
      seen.set(`${key}\u0000${lang}`, r);
    }
    expect(dup).toEqual([]);
  });
});

describe('lexicon files: values', () => {
  it('triggers name one of the 14 tactics', () => {
    const t = tables['triggers.tsv'];
    expect(t.rows.filter((r) => !TACTICS.includes(r.get('tactic'))).map((r) => `${where(t, r)} ${r.get('tactic')}`)).toEqual([]);
  });

  it('every tactic has triggers in English and in Norwegian', () => {
    const t = tables['triggers.tsv'];
    for (const code of TACTICS) {
      const langs = new Set(t.rows.filter((r) => r.get('tactic') === code).map((r) => r.get('lang')));
      expect(langs.has('en'), `${code} en`).toBe(true);
      expect(langs.has('nb') || langs.has('no'), `${code} nb/no`).toBe(true);
    }
  });

  it('actors have a known type and an ISO 3166-1 alpha-2 country or none', () => {
    const t = tables['actors.tsv'];
    expect(t.rows.filter((r) => !ACTOR_TYPES.includes(r.get('type'))).map((r) => where(t, r))).toEqual([]);
    const badCountry = t.rows.filter((r) => r.get('country') !== '' && !(/^[A-Z]{2}$/.test(r.get('country')) && countries.isValid(r.get('country'))));
    expect(badCountry.map((r) => `${where(t, r)} ${r.get('country')}`)).toEqual([]);
  });

  it('groups have a label and cues a known kind', () => {
    const g = tables['groups.tsv'];
    expect(g.rows.filter((r) => r.get('group') === '').map((r) => where(g, r))).toEqual([]);
    const c = tables['cues.tsv'];
    expect(c.rows.filter((r) => !CUES.includes(r.get('cue'))).map((r) => where(c, r))).toEqual([]);
    for (const cue of CUES) expect(c.rows.some((r) => r.get('cue') === cue), cue).toBe(true);
  });

  // A one-word row that a prefix row of the same language also reaches is
  // either redundant or a deliberate override; overrides say so in their note
  // and depend on the matcher preferring the more specific row (LEXICON-NOTES).
  it.each(LEXICONS)('$file: one-word rows reached by a prefix row are marked "overrides"', ({ file, pattern, value }) => {
    const t = tables[file];
    const single = t.rows.filter((r) => !r.get(pattern).includes(' ')).map((r) => ({ r, w: words(r.get(pattern))[0], lang: r.get('lang') }));
    const prefixes = single.filter((s) => s.w.endsWith('*'));
    const unmarked: string[] = [];
    for (const a of single) {
      const stem = a.w.replace(/\*$/, '');
      for (const b of prefixes) {
        const bStem = b.w.slice(0, -1);
        if (a === b || !stem.startsWith(bStem) || (a.w.endsWith('*') && stem.length <= bStem.length)) continue;
        const sameLang = Object.values(FAMILY).some((fam) => fam.includes(a.lang) && fam.includes(b.lang));
        if (sameLang && !/overrides/.test(a.r.get('note'))) {
          const same = value.every((v) => a.r.get(v) === b.r.get(v));
          unmarked.push(`${where(t, a.r)} ${a.w} is reached by line ${b.r.line} ${b.w} (${same ? 'redundant' : 'different value'})`);
        }
      }
    }
    expect(unmarked).toEqual([]);
  });
});

// ----------------------------------------------------------------------------
// Reading: leftmost-longest matching over the folded words of a phrase.

interface Entry {
  words: string[];
  value: string;
  lang: string;
}
const entriesOf = (file: string, pattern: string, value: string[]): Entry[] =>
  tables[file].rows.map((r) => ({ words: words(r.get(pattern)), value: value.map((v) => r.get(v)).filter(Boolean).join('/'), lang: r.get('lang') }));
const LEX = {
  trigger: entriesOf('triggers.tsv', 'pattern', ['tactic']),
  actor: entriesOf('actors.tsv', 'form', ['type', 'country']),
  group: entriesOf('groups.tsv', 'form', ['group']),
  cue: entriesOf('cues.tsv', 'pattern', ['cue']),
};

const wordMatches = (pat: string, key: string) => (pat.endsWith('*') ? key.startsWith(pat.slice(0, -1)) : key === pat);

/** Matched spans of one kind, each with every value its longest patterns give (ties kept). */
function read(kind: keyof typeof LEX, text: string, lang: 'en' | 'nb' | 'nn'): { text: string; values: string[] }[] {
  const keys = tokenize(text).filter((t) => !t.clitic);
  const entries = LEX[kind].filter((e) => FAMILY[lang].includes(e.lang));
  const out: { text: string; values: string[] }[] = [];
  for (let i = 0; i < keys.length; ) {
    let best = 0;
    let values: string[] = [];
    for (const e of entries) {
      const n = e.words.length;
      if (i + n > keys.length || !e.words.every((w, k) => wordMatches(w, keys[i + k].key))) continue;
      if (n > best) [best, values] = [n, [e.value]];
      else if (n === best && !values.includes(e.value)) values.push(e.value);
    }
    if (best === 0) {
      i++;
      continue;
    }
    out.push({ text: text.slice(keys[i].start, keys[i + best - 1].end), values });
    i += best;
  }
  return out;
}
const valuesOf = (kind: keyof typeof LEX, text: string, lang: 'en' | 'nb' | 'nn') => read(kind, text, lang).flatMap((m) => m.values);

describe('lexicons: how phrases read', () => {
  it.each([
    ['en', 'police arrested her', 'DETENTION'],
    ['en', 'issued an arrest warrant', 'HARASSMENT'],
    ['en', 'an international arrest warrant', 'MOBILITY_CONTROL'],
    ['en', 'his phone was infected by spyware', 'DIGITAL_ATTACK'],
    ['en', 'he spied for the consulate', 'COERCED_COLLABORATION'],
    ['en', 'was shot dead outside', 'KILLING'],
    ['en', 'locked in a re-education camp', 'DETENTION'],
    ['en', 'they cancelled the passports of five activists', 'MOBILITY_CONTROL'],
    ['en', 'agents broke into the flat', 'RAID'],
    ['nb', 'hun er drapstruet', 'THREAT'],
    ['nb', 'Interpol-etterlysning', 'MOBILITY_CONTROL'],
    ['nb', 'han ble pågrepet', 'DETENTION'],
    ['nb', 'spionerte for ambassaden', 'COERCED_COLLABORATION'],
    ['nn', 'dei vart fengsla', 'DETENTION'],
    ['nn', 'ho vart truga', 'THREAT'],
    ['nn', 'han vart overvaka', 'SURVEILLANCE'],
    ['nn', 'dei vart sende attende', 'DEPORTATION'],
    ['nn', 'sendt attende til Kina', 'DEPORTATION'],
  ] as const)('%s "%s" names %s, and only that', (lang, phrase, tactic) => {
    expect(valuesOf('trigger', phrase, lang)).toEqual([tactic]);
  });

  it.each([
    ['en', 'executive international internet policy urgent'],
    ['nb', 'trusselvurderingen og trusselbildet'],
    ['nb', 'pressen skrev om politikk og politikere'],
  ] as const)('%s "%s" names no act', (lang, phrase) => {
    expect(valuesOf('trigger', phrase, lang)).toEqual([]);
  });

  it('Norwegian compounds and stems do not turn victims or politics into actors', () => {
    for (const w of ['regimekritikerne', 'myndighetskritiker', 'politikk', 'politikeren', 'sikkerhetspolitikk', 'regjeringskritisk']) {
      expect(valuesOf('actor', w, 'nb'), w).toEqual([]);
    }
    expect(valuesOf('group', 'regimekritikerne', 'nb')).toEqual(['critics']);
    expect(valuesOf('actor', 'sikkerhetspolitiet', 'nb')).toEqual(['security']);
    expect(valuesOf('actor', 'PST', 'nb')).toEqual(['host-agency/NO']);
  });

  it('demonym groups never swallow their country name', () => {
    for (const [w, lang] of [['Kazakhstan', 'en'], ['Kasakhstan', 'nb'], ['Tsjetsjenia', 'nb'], ['Kurdistan', 'en'], ['Belarus', 'nn'], ['Usbekistan', 'nb']] as const) {
      expect(valuesOf('group', w, lang), w).toEqual([]);
    }
    expect(valuesOf('group', 'kasakherne og uigurene', 'nb')).toEqual(['Kazakhs', 'Uyghurs']);
    expect(valuesOf('group', 'kasakharane og uigurane', 'nn')).toEqual(['Kazakhs', 'Uyghurs']);
  });

  it('family words map to relatives, but får ("gets", folded to far) does not', () => {
    expect(valuesOf('group', 'broren og foreldra', 'nn')).toEqual(['relatives', 'relatives']);
    expect(valuesOf('group', "his sister's husband", 'en')).toEqual(['relatives', 'relatives']);
    expect(valuesOf('group', 'han får ikke pass', 'nb')).toEqual([]);
  });

  it('negation cues see split contractions, and "not only" does not negate', () => {
    expect(valuesOf('cue', "He wasn't detained", 'en')).toEqual(['negation']);
    expect(valuesOf('cue', 'not only detained but beaten', 'en')).not.toContain('negation');
    expect(valuesOf('cue', 'Han ble ikke bare arrestert', 'nb')).not.toContain('negation');
    expect(valuesOf('cue', 'She was not only questioned', 'en')).not.toContain('negation');
    expect(valuesOf('cue', 'vart ikkje arrestert', 'nn')).toEqual(['negation']);
  });
});
