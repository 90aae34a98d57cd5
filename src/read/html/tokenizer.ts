// A small HTML tokenizer: one forward pass with indexOf and charCode loops,
// no regular expressions and no recursion, so a 50 MB page or 100,000
// nested elements cost linear time and constant stack. It does not build a
// tree; the extractor keeps only the counters it needs.
// Follows the HTML spec where it matters for visible text: comments,
// doctype and `<?...>` are dropped; script/style/etc. are raw text (a `<`
// inside them is not a tag); a `<` not starting a tag is text.

export interface StartTag {
  type: 'start';
  /** Lower-cased. */
  name: string;
  /** Attribute names lower-cased; values raw (entities not yet decoded). First wins. */
  attrs: Map<string, string>;
  selfClosing: boolean;
}

export interface EndTag {
  type: 'end';
  name: string;
}

export interface TextToken {
  type: 'text';
  /** Raw text, entities not decoded. */
  text: string;
  /** Set for the content of a raw-text or RCDATA element (script, title, ...). */
  rawIn?: string;
}

export type HtmlToken = StartTag | EndTag | TextToken;

/** Elements whose content is not markup: read to the matching end tag. */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'title', 'textarea']);

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;
const isLetter = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);

/** Index of `</name` (case-insensitive) followed by space, `/`, `>` or the end; -1 if none. */
function findEndTag(html: string, name: string, from: number): number {
  let at = html.indexOf('</', from);
  while (at >= 0) {
    let k = 0;
    while (k < name.length && (html.charCodeAt(at + 2 + k) | 0x20) === name.charCodeAt(k)) k++;
    const after = html.charCodeAt(at + 2 + name.length);
    if (k === name.length && (Number.isNaN(after) || isSpace(after) || after === 0x2f || after === 0x3e)) return at;
    at = html.indexOf('</', at + 2);
  }
  return -1;
}

/** Read a tag name from `i`; returns [lower-cased name, index after it]. */
function readName(html: string, i: number): [string, number] {
  const start = i;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (isSpace(c) || c === 0x2f || c === 0x3e) break;
    i++;
  }
  return [html.slice(start, i).toLowerCase(), i];
}

/** Parse attributes from `i` up to the closing `>`; returns the tag and the index after `>`. */
function readStartTag(html: string, name: string, i: number): [StartTag, number] {
  const attrs = new Map<string, string>();
  let selfClosing = false;
  while (i < html.length) {
    const c = html.charCodeAt(i);
    if (c === 0x3e) return [{ type: 'start', name, attrs, selfClosing }, i + 1];
    if (isSpace(c)) { i++; continue; }
    if (c === 0x2f) { selfClosing = html.charCodeAt(i + 1) === 0x3e; i++; continue; }
    const nameStart = i;
    i++; // an attribute name may start with any other character, even `=`
    while (i < html.length) {
      const d = html.charCodeAt(i);
      if (isSpace(d) || d === 0x2f || d === 0x3e || d === 0x3d) break;
      i++;
    }
    const attrName = html.slice(nameStart, i).toLowerCase();
    let value = '';
    let j = i;
    while (j < html.length && isSpace(html.charCodeAt(j))) j++;
    if (html.charCodeAt(j) === 0x3d) {
      j++;
      while (j < html.length && isSpace(html.charCodeAt(j))) j++;
      const q = html.charCodeAt(j);
      if (q === 0x22 || q === 0x27) {
        const close = html.indexOf(q === 0x22 ? '"' : "'", j + 1);
        const end = close < 0 ? html.length : close;
        value = html.slice(j + 1, end);
        j = end + 1;
      } else {
        const start = j;
        while (j < html.length && !isSpace(html.charCodeAt(j)) && html.charCodeAt(j) !== 0x3e) j++;
        value = html.slice(start, j);
      }
      i = j;
    }
    if (!attrs.has(attrName)) attrs.set(attrName, value);
  }
  // End of input inside a tag: the tag is dropped, as browsers do.
  return [{ type: 'start', name, attrs, selfClosing }, -1];
}

/** Skip to just after the next `close` string (or the end). */
const skipPast = (html: string, from: number, close: string): number => {
  const at = html.indexOf(close, from);
  return at < 0 ? html.length : at + close.length;
};

/** Tokenize `html`, calling `emit` for each token in document order. */
export function tokenizeHtml(html: string, emit: (token: HtmlToken) => void): void {
  let i = 0;
  let textStart = 0;
  const flushText = (end: number): void => {
    if (end > textStart) emit({ type: 'text', text: html.slice(textStart, end) });
  };
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) break;
    const c = html.charCodeAt(lt + 1);
    let next = -1;
    if (c === 0x21) {
      // <!-- comment -->, <!doctype ...>, <![CDATA[...]]> and other markup declarations
      if (html.startsWith('<!--', lt)) next = skipPast(html, lt + 4, '-->');
      else if (html.startsWith('<![CDATA[', lt)) next = skipPast(html, lt + 9, ']]>');
      else next = skipPast(html, lt + 2, '>');
      flushText(lt);
    } else if (c === 0x3f) {
      flushText(lt);
      next = skipPast(html, lt + 2, '>');
    } else if (c === 0x2f && isLetter(html.charCodeAt(lt + 2))) {
      flushText(lt);
      const [name, after] = readName(html, lt + 2);
      next = skipPast(html, after, '>');
      emit({ type: 'end', name });
    } else if (c === 0x2f) {
      // `</>` and `</ junk>` are dropped (HTML spec: bogus comment)
      flushText(lt);
      next = skipPast(html, lt + 2, '>');
    } else if (isLetter(c)) {
      flushText(lt);
      const [name, afterName] = readName(html, lt + 1);
      const [tag, after] = readStartTag(html, name, afterName);
      if (after < 0) { textStart = html.length; i = html.length; break; }
      emit(tag);
      next = after;
      if (RAW_TEXT.has(name) && !tag.selfClosing) {
        const end = findEndTag(html, name, next);
        const stop = end < 0 ? html.length : end;
        if (stop > next) emit({ type: 'text', text: html.slice(next, stop), rawIn: name });
        if (end >= 0) {
          emit({ type: 'end', name });
          next = skipPast(html, end + 2 + name.length, '>');
        } else next = html.length;
      }
    } else {
      i = lt + 1; // a lone `<` is text
      continue;
    }
    textStart = next;
    i = next;
  }
  flushText(html.length);
}
