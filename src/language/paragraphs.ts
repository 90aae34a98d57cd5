// Paragraphs are runs of non-blank lines; one or more blank lines (lines with
// only whitespace, NBSP included) separate them. Spans exclude the whitespace
// around the paragraph and point into the original text (CRLF, LF or CR).
import type { Span } from '../types.js';
import { isWhiteSpaceCode } from './white-space.js';

const LINE_BREAK = /\r\n|\n|\r/g;

export function splitParagraphs(text: string): Span[] {
  const paragraphs: Span[] = [];
  let start = -1; // start of the current paragraph's first non-blank line
  let end = -1; // end of the last non-blank line seen in it
  let lineStart = 0;
  const closeParagraph = () => {
    if (start >= 0) paragraphs.push(trimSpan(text, start, end));
    start = -1;
  };
  const visitLine = (from: number, to: number) => {
    let i = from;
    while (i < to && isWhiteSpaceCode(text.charCodeAt(i))) i++;
    if (i === to) {
      closeParagraph();
      return;
    }
    if (start < 0) start = from;
    end = to;
  };
  LINE_BREAK.lastIndex = 0;
  for (let m = LINE_BREAK.exec(text); m; m = LINE_BREAK.exec(text)) {
    visitLine(lineStart, m.index);
    lineStart = m.index + m[0].length;
  }
  visitLine(lineStart, text.length);
  closeParagraph();
  return paragraphs;
}

/** Narrows [start, end) to exclude leading and trailing whitespace. */
export function trimSpan(text: string, start: number, end: number): Span {
  while (start < end && isWhiteSpaceCode(text.charCodeAt(start))) start++;
  while (end > start && isWhiteSpaceCode(text.charCodeAt(end - 1))) end--;
  return { start, end };
}
