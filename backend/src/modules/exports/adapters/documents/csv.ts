/** French Excel reads a `;`-separated file (`,` is its decimal mark) and needs the BOM to take it as UTF-8. */
export const CSV_SEPARATOR = ';';
const BOM = '\ufeff';

/**
 * RFC 4180 text, UTF-8 with a byte order mark, `;` between fields, CRLF after each record. A field
 * holding the separator, a quote or a line break is quoted (quotes doubled); one a spreadsheet would
 * run as a formula (starting with = + - @, a tab or a carriage return) is prefixed with a quote
 * mark, as OWASP advises, so it is shown as text.
 */
export function csvText(records: readonly (readonly string[])[]): string {
  return BOM + records.map((record) => record.map(csvField).join(CSV_SEPARATOR) + '\r\n').join('');
}

export function csvField(value: string): string {
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}
