// Title and publication date of a plain-text (or Markdown) article, read
// from its first lines the way a person skimming the file would.
import { parseDateLine, type DateLine } from './published-date.js';

export interface TextMeta {
  title: string | null;
  published: string | null;
}

/** How many non-empty lines at the top may hold the dateline. */
export const HEADER_LINES = 10;
/** A headline is shorter than this. */
export const MAX_TITLE_LENGTH = 200;
/** Longer lines are neither headlines nor datelines; don't copy more of them. */
const LINE_PEEK = 1000;

const TITLE_LABEL_RE = /^(?:title|tittel|headline|overskrift)\s*:\s*/iu;
const FRONT_MATTER_FENCE_RE = /^(?:---|\+\+\+)$/;

/** The first `count` non-empty lines, trimmed, each cut to LINE_PEEK characters. */
function headerLines(text: string, count: number): string[] {
  const lines: string[] = [];
  let pos = 0;
  while (pos < text.length && lines.length < count) {
    const nl = text.indexOf('\n', pos);
    const end = nl < 0 ? text.length : nl;
    const line = text.slice(pos, Math.min(end, pos + LINE_PEEK)).trim();
    if (line !== '') lines.push(line);
    pos = end + 1;
  }
  return lines;
}

/** Markdown heading marks and emphasis around a headline are not part of it. */
function stripMarkup(line: string): string {
  return line
    .replace(/^#{1,6}\s+/u, '')
    .replace(/^(\*\*|__|\*|_)(.+)\1$/u, '$2')
    .replace(/^(["“”'])(.+)\1$/u, '$2')
    .trim();
}

function looksLikeHeadline(line: string): boolean {
  return (
    line.length > 0 &&
    line.length < MAX_TITLE_LENGTH &&
    !line.endsWith('.') &&
    /\p{L}/u.test(line) &&
    !/^(?:https?:\/\/|www\.)/iu.test(line)
  );
}

/**
 * Title: the first non-empty line that is not a dateline or front-matter
 * fence, if it looks like a headline (short, no final period); else null.
 * Published: the first dateline among the first HEADER_LINES non-empty
 * lines, preferring one that is not labelled as an update.
 */
const LEADING_ISO_DATE_RE = /^\s*(?:date|dato|published|publisert)\s*:?\s+(\d{4}(?:-[01]\d(?:-[0-3]\d)?)?)(?![\d-])/i;

export function textMetadata(text: string): TextMeta {
  const lines = headerLines(text, HEADER_LINES);
  let title: string | null = null;
  let titleDecided = false;
  let published: DateLine | null = null;
  let updated: DateLine | null = null;
  for (const line of lines) {
    // a labelled ISO date that opens a line of running text ("date 2021-05-23 Police said ...")
    const lead = LEADING_ISO_DATE_RE.exec(line);
    if (lead && !published) {
      published = { value: lead[1], kind: 'published' };
      continue;
    }
    const date = parseDateLine(line);
    if (date) {
      if (date.kind === 'updated') updated ??= date;
      else published ??= date;
      continue;
    }
    if (titleDecided || FRONT_MATTER_FENCE_RE.test(line)) continue;
    titleDecided = true;
    const candidate = stripMarkup(line.replace(TITLE_LABEL_RE, ''));
    if (looksLikeHeadline(candidate)) title = candidate;
  }
  return { title, published: (published ?? updated)?.value ?? null };
}
