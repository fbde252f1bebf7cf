/**
 * A small RFC 4180 writer for spreadsheets: CRLF line ends, a field quoted when it holds a comma, quote,
 * CR or LF (quotes doubled), UTF-8 with a byte-order mark so Excel reads accents and dashes correctly.
 * Spreadsheet-formula injection is neutralised (OWASP "CSV Injection"): a field a spreadsheet would
 * treat as a formula — starting with = + - @, tab or CR — gets a leading apostrophe, which Excel and
 * LibreOffice show as text. Case text is written by people; "=HYPERLINK(…)" in a note must stay words.
 */
const FORMULA_LEAD = /^[=+\-@\t\r]/u;
const NEEDS_QUOTES = /[",\r\n]/u;
const BOM = '\ufeff';

export function neutraliseFormula(field: string): string {
  return FORMULA_LEAD.test(field) ? `'${field}` : field;
}

export function csvField(field: string): string {
  const safe = neutraliseFormula(field);
  return NEEDS_QUOTES.test(safe) ? `"${safe.replace(/"/gu, '""')}"` : safe;
}

/** The rows (the first is the header) as a CSV file's bytes. */
export function csvBytes(rows: readonly (readonly string[])[]): Buffer {
  const text = rows.map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
  return Buffer.from(BOM + text, 'utf8');
}
