// The one value that flows through the pipeline. Each stage is a pure function
// that takes an Article and returns it with its own fields filled in.
// Offsets everywhere are half-open UTF-16 code-unit offsets into `Article.text`
// (the decoded file, BOM dropped, never normalised), so that
// `article.text.slice(span.start, span.end)` is exactly the matched text.

export type Lang = 'en' | 'nb' | 'nn';

export interface Span {
  start: number;
  end: number;
}

export type DiagnosticLevel = 'error' | 'warning' | 'info';

/** A message about one article (or one input file); the batch always goes on. */
export interface Diagnostic {
  level: DiagnosticLevel;
  /** Stable machine-readable code, e.g. `binary-file`, `skipped-language`. */
  code: string;
  /** One line, human readable. */
  message: string;
  file: string;
  span?: Span;
}

export interface Paragraph extends Span {
  /** Processing language, or null when the paragraph is skipped. */
  lang: Lang | null;
  /** Raw franc code (`eng`, `nob`, `nno`, `dan`, `swe`, `und`, ...). */
  detected: string;
}

export interface Sentence extends Span {
  paragraph: number;
  lang: Lang;
}

export type MentionKind = 'actor' | 'place' | 'demonym' | 'trigger' | 'group' | 'person' | 'cue';

/** A gazetteer hit, with where it came from so a researcher can fix data. */
export interface Mention extends Span {
  kind: MentionKind;
  text: string;
  /** Canonical value: tactic code for triggers, country code for places... */
  value: string;
  /** Extra columns from the gazetteer row (country, type, lat, lon, ...). */
  attrs: Record<string, string>;
  /** `file:line` of the gazetteer row that produced the match. */
  origin: string;
  /** Index into `Article.sentences`. */
  sentence: number;
}

export type DatePrecision = 'day' | 'month' | 'year';

export interface DateMention extends Span {
  text: string;
  /** ISO 8601 at the given precision: `2019`, `2019-07`, `2019-07-22`. */
  value: string;
  precision: DatePrecision;
  /** True when resolved against the publication date (last June, i fjor). */
  relative: boolean;
}

export interface PartyRef {
  name: string;
  type: string;
}

export interface EventRecord {
  id: string;
  tactic: string;
  tactic_label: string;
  cameo: string | null;
  plover: string | null;
  perpetrator: { name: string; country: string | null; type: string } | null;
  target: { name: string; type: string } | null;
  place: { name: string; country: string | null; lat: number | null; lon: number | null; precision: 'city' | 'region' | 'country' } | null;
  date: { text: string; value: string; precision: DatePrecision } | null;
  language: Lang;
  /** `asserted` for reported acts, `denied` for acts the text reports as denied. */
  polarity: 'asserted' | 'denied';
  source: {
    file: string;
    title: string | null;
    published: string | null;
    sentence: number;
    start: number;
    end: number;
    text: string;
  };
  trigger: { text: string; start: number; end: number };
}

export interface Article {
  /** Display path, POSIX separators, relative to the input root it was found under. */
  file: string;
  /** Path on disk, used to read the file; never written to output. */
  path: string;
  format: 'text' | 'html';
  /** Decoded text (BOM dropped; for HTML, the extracted text). */
  text: string;
  title: string | null;
  /** ISO 8601 (`2020-02-25`, `2022-01`, `2022`) or null. */
  published: string | null;
  url: string | null;
  diagnostics: Diagnostic[];
  /** Filled by the language stage. */
  language?: Lang | null;
  detectedLanguage?: string;
  paragraphs?: Paragraph[];
  /** Filled by the sentence stage. */
  sentences?: Sentence[];
  /** Filled by the gazetteer stage. */
  mentions?: Mention[];
  /** Filled by the date stage. */
  dates?: DateMention[];
  /** Filled by the event stage. */
  events?: EventRecord[];
}
