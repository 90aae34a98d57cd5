// The read stage: find input files, decode them, pull out title / date / URL.
//
// Offsets: Article.text is the decoded file with only a BOM dropped (CRLF and
// everything else kept). For HTML it is the extracted visible text (see
// html/extract.ts), and offsets point into that text, not the HTML source.
//
// Diagnostic codes (stable):
//   discovery  input-not-found (error), symlink-loop, broken-symlink, unreadable
//              (warnings inside a folder, errors for an input named on the
//              command line; unreadable also covers a pipe, socket or device
//              named like an article and a file that vanished while listing)
//   reading    unreadable (error, with the OS reason), too-large (error),
//              binary-file (error, text ''), read-failed (error, internal)
//   decoding   empty-file (warning; also whitespace-only), utf16 (info),
//              invalid-utf16, decoded-windows-1252, invalid-utf8 (warnings),
//              no-visible-text (warning, HTML without text)
export { discoverFiles, DEFAULT_EXTENSIONS, type InputFile, type DiscoverResult, type DiscoverOptions } from './discover.js';
export { readManifest, findManifestRow, ManifestError, type ManifestRow } from './manifest.js';
export { readArticle, articleFromBuffer, isHtml, DEFAULT_MAX_BYTES, type ReadOptions } from './article.js';
export { decodeBuffer, BINARY_SNIFF_BYTES, type Decoded, type Encoding } from './decode.js';
export { extractHtml, type HtmlExtract } from './html/extract.js';
export { parseDateLine, normaliseDate, type DateLine } from './published-date.js';
export { textMetadata, type TextMeta } from './text-metadata.js';
