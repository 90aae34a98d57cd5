// Visible text of an HTML page, plus the metadata a page carries in its
// markup. The extracted text becomes Article.text: every later offset points
// into it, not into the HTML source. It is built as a reader sees it:
// whitespace runs collapse to one space (except inside <pre>), block
// elements are separated by one blank line ("\n\n"), entities are decoded.
import { decodeEntities } from './entities.js';
import { tokenizeHtml, type StartTag } from './tokenizer.js';
import { readHtmlMeta, type HtmlMeta } from './meta.js';

export interface HtmlExtract extends HtmlMeta {
  text: string;
}

/** Elements whose whole content is not shown: skipped up to their end tag. */
const SKIP_CONTAINERS = new Set(['template', 'noscript', 'svg', 'math', 'object', 'select', 'datalist']);
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const HEAD_CONTENT = new Set(['title', 'meta', 'link', 'style', 'script', 'base', 'noscript', 'template']);
/** Elements that start a new paragraph (blank line) where they open and close. */
const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'article', 'section', 'blockquote',
  'address', 'aside', 'dd', 'dl', 'dt', 'figcaption', 'figure', 'footer', 'header', 'hr', 'main', 'nav',
  'ol', 'ul', 'pre', 'table', 'caption', 'form', 'fieldset', 'details', 'summary', 'center', 'hgroup',
  'legend', 'menu', 'dialog', 'body',
]);
/** Table cells: words in neighbouring cells must not run together. */
const CELL = new Set(['td', 'th']);

const isSpace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0c || c === 0x0d;

function isHidden(tag: StartTag): boolean {
  if (tag.attrs.has('hidden')) return true;
  const style = tag.attrs.get('style');
  if (!style) return false;
  const compact = style.toLowerCase().replace(/\s+/g, '');
  return compact.includes('display:none') || compact.includes('visibility:hidden');
}

/** Extract visible text and metadata; linear time, constant stack depth. */
export function extractHtml(html: string): HtmlExtract {
  const out: string[] = [];
  let pendingBreak = false;
  let pendingSpace = false;
  let skipName: string | null = null; // inside an element whose content is not shown
  let skipDepth = 0;
  let inHead = false;
  let preDepth = 0;
  let pendingPreNewline = false; // the HTML parser drops a newline right after <pre>
  const meta = readHtmlMeta();

  const separate = (): void => {
    if (out.length > 0) {
      if (pendingBreak) out.push('\n\n');
      else if (pendingSpace) out.push(' ');
    }
    pendingBreak = false;
    pendingSpace = false;
  };

  const addText = (raw: string): void => {
    let text = decodeEntities(raw);
    if (preDepth > 0) {
      if (pendingPreNewline && text.startsWith('\n')) text = text.slice(1);
      pendingPreNewline = false;
      if (text === '') return;
      separate();
      out.push(text);
      return;
    }
    let i = 0;
    while (i < text.length) {
      if (isSpace(text.charCodeAt(i))) { pendingSpace = true; i++; continue; }
      let j = i + 1;
      while (j < text.length && !isSpace(text.charCodeAt(j))) j++;
      separate();
      out.push(text.slice(i, j));
      i = j;
    }
  };

  tokenizeHtml(html, (token) => {
    if (token.type === 'text') {
      if (token.rawIn === 'title') {
        if (skipName === null) meta.title(decodeEntities(token.text));
        return;
      }
      if (token.rawIn || skipName !== null) return;
      if (inHead) {
        // Text in <head> (not whitespace) means the head was never closed.
        let k = 0;
        while (k < token.text.length && isSpace(token.text.charCodeAt(k))) k++;
        if (k === token.text.length) return;
        inHead = false;
      }
      addText(token.text);
      return;
    }
    const name = token.name;
    if (token.type === 'end') {
      if (skipName !== null) {
        if (name === skipName && --skipDepth === 0) skipName = null;
        return;
      }
      if (name === 'head') inHead = false;
      else if (name === 'pre') preDepth = Math.max(0, preDepth - 1);
      if (BLOCK.has(name)) pendingBreak = true;
      else if (CELL.has(name)) pendingSpace = true;
      return;
    }
    if (skipName !== null) {
      if (name === skipName && !token.selfClosing) skipDepth++;
      return;
    }
    meta.tag(token);
    if (name === 'head') { inHead = true; return; }
    if (inHead && !HEAD_CONTENT.has(name)) inHead = false;
    const opensContent = !VOID.has(name) && !token.selfClosing;
    if (opensContent && (SKIP_CONTAINERS.has(name) || isHidden(token))) {
      skipName = name;
      skipDepth = 1;
      return;
    }
    if (inHead) return;
    if (name === 'pre' && opensContent) { preDepth++; pendingPreNewline = true; }
    if (BLOCK.has(name)) pendingBreak = true;
    else if (CELL.has(name)) pendingSpace = true;
  });

  return { text: out.join(''), ...meta.result() };
}
