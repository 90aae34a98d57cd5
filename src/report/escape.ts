// Escaping for the three places event text can land in the report: HTML text,
// HTML attributes, and JSON inside a <script> block. Event text is untrusted
// (an article may quote `<script>`), so nothing from an event is ever written
// into the page without passing through one of these.

const HTML_ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/**
 * JSON for a `<script type="application/json">` block. Every `<` becomes
 * `\u003c`, so no `</script>` or `<!--` in the data can end or confuse the
 * block; U+2028/2029 are escaped too so the text is also valid JS source.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/**
 * Vendored library source for an inline `<script>`. A literal `</script` can
 * only occur inside a string or regex there, where `<\/script` means the same.
 * `<!--` cannot be neutralised that way, so it is refused rather than guessed.
 */
export function inlineScriptSource(source: string, name: string): string {
  if (source.includes('<!--')) throw new Error(`${name}: contains "<!--", cannot be inlined safely`);
  return source
    .replace(/<\/script/gi, '<\\/script')
    .replace(/\/\/# sourceMappingURL=\S*\s*$/, "");
}
