// One CSV record as csv-stringify writes it with the writer's options
// (`record_delimiter: 'windows'`, `quoted_match: [/^\s|\s$/, /[\r\n]/]`),
// byte for byte, without its per-field option handling, which was most of
// the cost of writing CSV. csv-stringify stays the reference: the tests
// compare the two on arbitrary text (test/output/csv-line.test.ts), and it
// still writes the header.
//
// A field is quoted when it holds a quote (doubled inside), a comma, a CR or
// an LF, or when it starts or ends with white space (\s: what csv-stringify's
// quoted_match tests); an empty field is written empty. With only a record
// delimiter given, csv-stringify would leave a lone LF or CR inside a field
// unquoted, and a spreadsheet would cut the row there (a sentence of a
// hard-wrapped article holds line breaks): the second quoted_match pattern
// quotes them.

const WHITE_SPACE = /\s/;

/** Whether the code unit is \s (ASCII by hand; the rest is rare and goes to the regex). */
function isSpace(c: number): boolean {
  if (c < 0x80) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return WHITE_SPACE.test(String.fromCharCode(c));
}

export function csvField(value: string): string {
  if (value === '') return '';
  const quote = value.indexOf('"') >= 0;
  if (!quote && value.indexOf(',') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0 && !isSpace(value.charCodeAt(0)) && !isSpace(value.charCodeAt(value.length - 1))) return value;
  return '"' + (quote ? value.replaceAll('"', '""') : value) + '"';
}

/** The fields as one record, CRLF-terminated. */
export function csvLine(fields: readonly string[]): string {
  let line = csvField(fields[0] ?? '');
  for (let i = 1; i < fields.length; i++) line += ',' + csvField(fields[i]);
  return line + '\r\n';
}
