// Recognises a line that is "essentially just a date": the dateline or
// byline-date at the top of an article ("Publisert: 25. Feb 2020, kl. 15:18 |
// Sist oppdatert: ...", "Jan. 21st, 2022", "date 2021-05-23"). A line that
// merely mentions a date inside a sentence must NOT match, so an unlabelled
// line may only carry a time of day or a separator after the date.
// Standalone on purpose: the dates stage resolves dates in running text; this
// only reads metadata lines. Month, weekday and label words are tiny closed
// grammatical classes, so they live here rather than in gazetteers/.

export type DateLineKind = 'published' | 'updated' | 'plain';

export interface DateLine {
  /** Partial ISO 8601: `2022-01-21`, `2020-02` or `2021`. */
  value: string;
  /** What the label said; `plain` for an unlabelled date line. */
  kind: DateLineKind;
}

const MONTHS: Record<string, number> = {
  january: 1, januar: 1, jan: 1,
  february: 2, februar: 2, feb: 2,
  march: 3, mars: 3, mar: 3,
  april: 4, apr: 4,
  may: 5, mai: 5,
  june: 6, juni: 6, jun: 6,
  july: 7, juli: 7, jul: 7,
  august: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  october: 10, oktober: 10, oct: 10, okt: 10,
  november: 11, nov: 11,
  december: 12, desember: 12, dec: 12, des: 12,
};

const WEEKDAYS = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag',
  'måndag', 'tysdag', 'laurdag', 'sundag', 'man', 'tir', 'ons', 'tor', 'fre', 'lør', 'søn',
];

const PUBLISHED_LABELS = [
  'first published', 'publication date', 'published on', 'published', 'posted on', 'posted',
  'publisert', 'postet', 'skrevet', 'publ', 'dated', 'date', 'dato',
];
const UPDATED_LABELS = [
  'last updated', 'updated on', 'updated', 'last modified', 'modified',
  'sist oppdatert', 'oppdatert', 'sist endret', 'endret', 'sist endra', 'endra',
];

/** Longest first, so `mars` wins over `mar` and `sist oppdatert` over nothing. */
const alternation = (words: string[]): string =>
  [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/ /g, '\\s+')).join('|');
const NOT_LETTER = '(?![\\p{L}])';
const MONTH = `(${alternation(Object.keys(MONTHS))})${NOT_LETTER}\\.?`;
const LABEL_RE = new RegExp(`^(${alternation([...PUBLISHED_LABELS, ...UPDATED_LABELS])})${NOT_LETTER}\\.?\\s*[:\\-–]?\\s*`, 'iu');
const WEEKDAY_RE = new RegExp(`^(?:${alternation(WEEKDAYS)})${NOT_LETTER}\\.?,?\\s+`, 'iu');

type Match = { value: string; length: number } | null;
type DatePattern = (s: string) => Match;

const ISO_RE = /^(\d{4})-(\d{2})(?:-(\d{2}))?(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d-])/;
const YMD_SLASH_RE = /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?!\d)/;
const DMY_NUMERIC_RE = /^(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?!\d)/;
const DMY_TEXT_RE = new RegExp(`^(\\d{1,2})(?:\\.|st|nd|rd|th)?\\s*(?:of\\s+)?${MONTH},?\\s+(\\d{4})(?!\\d)`, 'iu');
const MDY_TEXT_RE = new RegExp(`^${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)`, 'iu');
const MY_TEXT_RE = new RegExp(`^${MONTH},?\\s+(\\d{4})(?!\\d)`, 'iu');
const YEAR_RE = /^(\d{4})(?![\d.:/-])/;

const pad = (n: number): string => String(n).padStart(2, '0');

function iso(year: number, month?: number, day?: number): string | null {
  if (year < 1800 || year > 2200) return null;
  if (month === undefined) return String(year);
  if (month < 1 || month > 12) return null;
  if (day === undefined) return `${year}-${pad(month)}`;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day < 1 || day > daysInMonth) return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const wrap = (value: string | null, length: number): Match => (value ? { value, length } : null);

const PATTERNS: DatePattern[] = [
  (s) => {
    const m = ISO_RE.exec(s);
    return m ? wrap(iso(+m[1], +m[2], m[3] ? +m[3] : undefined), m[0].length) : null;
  },
  (s) => {
    const m = YMD_SLASH_RE.exec(s);
    return m ? wrap(iso(+m[1], +m[2], +m[3]), m[0].length) : null;
  },
  (s) => {
    // Day first (European and Norwegian use); month first only when the
    // first number cannot be a month (`12/25/2021`).
    const m = DMY_NUMERIC_RE.exec(s);
    if (!m) return null;
    const [a, b] = [+m[1], +m[3]];
    return wrap(b > 12 && a <= 12 ? iso(+m[4], a, b) : iso(+m[4], b, a), m[0].length);
  },
  (s) => {
    const m = DMY_TEXT_RE.exec(s);
    return m ? wrap(iso(+m[3], MONTHS[m[2].toLowerCase()], +m[1]), m[0].length) : null;
  },
  (s) => {
    const m = MDY_TEXT_RE.exec(s);
    return m ? wrap(iso(+m[3], MONTHS[m[1].toLowerCase()], +m[2]), m[0].length) : null;
  },
  (s) => {
    const m = MY_TEXT_RE.exec(s);
    return m ? wrap(iso(+m[2], MONTHS[m[1].toLowerCase()]), m[0].length) : null;
  },
  (s) => {
    const m = YEAR_RE.exec(s);
    return m ? wrap(iso(+m[1]), m[0].length) : null;
  },
];

// A time of day after the date: ", kl. 15:18", " at 3:45 pm", " 10:00 CET".
const TIME_RE = /^,?\s*(?:kl\.?|klokka|klokken|at|@|-|–)?\s*\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*(?:am|pm|a\.m\.|p\.m\.))?(?:\s*\(?(?:utc|gmt|cet|cest|bst|est|edt|pst|pdt|et)\)?(?:[+-]\d{1,2})?)?(?![\p{L}\d])/iu;
// What may follow the date on an unlabelled line: nothing, or a separator
// that starts another field ("| Sist oppdatert ...", "· NTB", "(updated ...)").
const SEPARATOR_RE = /^(?:[|·•/(]|[-–—]\s)/u;
const MAX_LINE = 160;

function parseDateAt(s: string): Match {
  for (const pattern of PATTERNS) {
    const m = pattern(s);
    if (m) return m;
  }
  return null;
}

function parseSegment(segment: string): DateLine | null {
  // Markdown emphasis and heading marks (`**Published:** ...`) are not part of the date.
  let s = segment.replace(/[*_]/g, '').replace(/^[#>\s]+/u, '').trim();
  let kind: DateLineKind = 'plain';
  const label = LABEL_RE.exec(s);
  if (label) {
    kind = UPDATED_LABELS.includes(label[1].toLowerCase().replace(/\s+/g, ' ')) ? 'updated' : 'published';
    s = s.slice(label[0].length);
  }
  s = s.replace(WEEKDAY_RE, '');
  const date = parseDateAt(s);
  if (!date) return null;
  let rest = s.slice(date.length);
  const time = TIME_RE.exec(rest);
  if (time) rest = rest.slice(time[0].length);
  rest = rest.trim();
  // A bare year is only a date line when nothing else is on it, or a label says so.
  if (/^\d{4}$/.test(s.slice(0, date.length)) && kind === 'plain' && rest !== '') return null;
  if (rest === '' || SEPARATOR_RE.test(rest)) return { value: date.value, kind };
  // A label vouches for the date even with a byline after it.
  if (kind !== 'plain' && /^[\s,;]/u.test(s.slice(date.length))) return { value: date.value, kind };
  return null;
}

/**
 * Parse a metadata line. Returns null unless the line (or one of its
 * `|`/`·`/`•`-separated fields) is just a date, optionally labelled
 * (`Published`, `Publisert:`, `Oppdatert`, ...), with an optional weekday and
 * time of day. The first date on the line wins: in "Publisert: X | Sist
 * oppdatert: Y" that is the publication date.
 */
export function parseDateLine(line: string): DateLine | null {
  if (line.length > MAX_LINE) return null;
  const whole = parseSegment(line);
  if (whole) return whole;
  const fields = line.split(/[|·•]/u);
  if (fields.length < 2) return null;
  for (const field of fields) {
    const hit = parseSegment(field);
    if (hit) return hit;
  }
  return null;
}

/** Normalise a machine date (`2021-05-23T10:00:00Z`, `2021-05`) or a date line to partial ISO. */
export function normaliseDate(value: string): string | null {
  const s = value.trim();
  const m = ISO_RE.exec(s);
  if (m && m[0].length === s.length) return iso(+m[1], +m[2], m[3] ? +m[3] : undefined);
  if (/^\d{4}$/.test(s)) return iso(+s);
  return parseDateLine(s)?.value ?? null;
}
