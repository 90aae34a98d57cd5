import { describe, expect, it } from 'vitest';
import { extractHtml } from '../../../src/read/html/extract.js';

const page = (body: string, head = ''): string => `<!DOCTYPE html><html><head>${head}</head><body>${body}</body></html>`;

describe('extractHtml: visible text', () => {
  it('separates block elements by one blank line and keeps inline runs together', () => {
    const { text } = extractHtml(page('<h1>Main <b>head</b>line</h1><p>First <i>para</i>graph.</p><div><p>Second.</p></div><ul><li>one</li><li>two</li></ul>'));
    expect(text).toBe('Main headline\n\nFirst paragraph.\n\nSecond.\n\none\n\ntwo');
  });

  it('turns <br> into a paragraph break and collapses whitespace runs', () => {
    expect(extractHtml('<p>  line one<br>line\n\t two  </p>').text).toBe('line one\n\nline two');
  });

  it('keeps whitespace inside <pre>', () => {
    expect(extractHtml('<p>a</p><pre>\n  x  y\n z</pre>').text).toBe('a\n\n  x  y\n z');
  });

  it('skips script, style, noscript, template, svg and head content but takes <title>', () => {
    const html = page(
      '<script>var s = "</div><p>not text</p>";</script><style>p{}</style><noscript>Enable JS</noscript>' +
        '<template><p>tpl</p></template><svg><title>icon</title><text>svg text</text></svg><p>Shown</p>',
      '<title>Page &amp; title</title><meta name="x" content="y"><style>.a{}</style>',
    );
    const out = extractHtml(html);
    expect(out.text).toBe('Shown');
    expect(out.title).toBe('Page & title');
  });

  it('skips elements hidden with the hidden attribute or display:none, nested same-name elements included', () => {
    const html = '<div hidden><div>inner</div>still hidden</div><p style="display: none">gone</p><p>kept</p>';
    expect(extractHtml(html).text).toBe('kept');
  });

  it('keeps a literal < that starts no tag, and drops comments, doctype and processing instructions', () => {
    const html = '<?xml version="1.0"?><!-- a <p>comment</p> --><p>3 < 4 and 5 <= 6</p><!---->';
    expect(extractHtml(html).text).toBe('3 < 4 and 5 <= 6');
  });

  it('survives an unclosed comment and an unterminated tag', () => {
    expect(extractHtml('<p>before</p><!-- never closed <p>x</p>').text).toBe('before');
    expect(extractHtml('<p>before</p><a href="x').text).toBe('before');
  });

  it('separates table cells by a space', () => {
    expect(extractHtml('<table><tr><td>Oslo</td><td>Bergen</td></tr></table>').text).toBe('Oslo Bergen');
  });

  it('reads 100,000 nested elements without overflowing the stack', () => {
    const depth = 100_000;
    const html = '<div><span>'.repeat(depth) + 'deep text' + '</span></div>'.repeat(depth);
    const started = performance.now();
    expect(extractHtml(html).text).toBe('deep text');
    expect(performance.now() - started).toBeLessThan(2000);
  });

  it('runs in linear time on pathological input', () => {
    for (const junk of ['<'.repeat(500_000), '&'.repeat(500_000), '</'.repeat(250_000), '<a '.repeat(200_000), '<p x="'.repeat(100_000)]) {
      const started = performance.now();
      extractHtml(`<script>${junk}`);
      extractHtml(junk);
      expect(performance.now() - started).toBeLessThan(1000);
    }
  });
});

describe('extractHtml: entities', () => {
  it('decodes named and numeric references', () => {
    const html = '<p>R&amp;D &lt;b&gt; &quot;q&quot; &apos;a&apos; caf&eacute; bl&aring;b&aelig;r &Oslash;st &AElig;&Aring; &#248;&#xE6;&#X1F600; a&ndash;b&mdash;c&hellip; &lsquo;s&rsquo; &ldquo;d&rdquo;</p>';
    expect(extractHtml(html).text).toBe('R&D <b> "q" \'a\' café blåbær Øst ÆÅ øæ😀 a–b—c… ‘s’ “d”');
  });

  it('keeps &nbsp; as a no-break space that does not collapse', () => {
    expect(extractHtml('<p>10&nbsp;&nbsp;kr</p>').text).toBe('10\u00a0\u00a0kr');
  });

  it('leaves unknown references and a bare ampersand as written', () => {
    expect(extractHtml('<p>AT&T &unknownname; &#; fish & chips</p>').text).toBe('AT&T &unknownname; &#; fish & chips');
  });

  it('maps numeric references in the Windows-1252 range and rejects invalid code points', () => {
    expect(extractHtml('<p>&#150;&#8364;&#x110000;&#0;</p>').text).toBe('–€\ufffd\ufffd');
  });
});

describe('extractHtml: metadata', () => {
  it('reads article:published_time, canonical URL and <title>', () => {
    const head =
      '<title>\n  Dissident  warned\n</title><meta property="article:published_time" content="2022-03-04T08:00:00+01:00">' +
      '<link rel="canonical" href="https://news.example/a?x=1&amp;y=2">';
    expect(extractHtml(page('<p>Text</p>', head))).toEqual({
      text: 'Text',
      title: 'Dissident warned',
      published: '2022-03-04',
      url: 'https://news.example/a?x=1&y=2',
    });
  });

  it('falls back to <time datetime> and og:title', () => {
    const out = extractHtml(page('<p>By X, <time datetime="2019-11-02">2 Nov</time></p>', '<meta property="og:title" content="Og headline">'));
    expect(out.title).toBe('Og headline');
    expect(out.published).toBe('2019-11-02');
    expect(out.text).toBe('By X, 2 Nov');
  });

  it('prefers the meta publication date over an earlier <time>', () => {
    const html = '<html><body><time datetime="2001-01-01">x</time><meta property="article:published_time" content="2020-05-06"></body></html>';
    expect(extractHtml(html).published).toBe('2020-05-06');
  });

  it('ignores an unparsable date value', () => {
    expect(extractHtml('<time datetime="soon">x</time>').published).toBeNull();
  });
});
