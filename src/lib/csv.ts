/**
 * CSV that opens correctly in Excel and WPS on Chinese Windows: UTF-8 with a byte-order mark (without it Excel
 * reads the file as GBK and shows mojibake), CRLF line ends, and RFC 4180 quoting.
 *
 * No cell can become a formula (OWASP, “CSV Injection”): Excel, WPS and LibreOffice evaluate a cell that starts
 * with = + - @, a tab or a line break, and a formula can fetch addresses or, in old Excel, run programs. Such a
 * cell gets a leading ' and quotes, and reads as text: the ' stays visible, which is the accepted price. The same
 * holds where the sign follows leading spaces (some importers trim them) and for the full-width ＝＋－＠ that a
 * Chinese input method types: no spreadsheet is documented to evaluate those, so this is a precaution, and costs
 * only a visible ' on a cell that starts with one. A plain number such as -5 or +3.5 is left as it is: a
 * spreadsheet reads it as that number, and it calls nothing. The ledger's own cells (numbers such as 1 and 1.2,
 * dates such as 2022-03-31, Chinese text) are unchanged.
 */
import { plainText } from './plain-text.ts';

/** The start of a cell that a spreadsheet would take as a formula. */
const FORMULA_START = /^\s*[=+\-@＝＋－＠]/;
/** A plain decimal number, signed or not: a value, never a formula. */
const PLAIN_NUMBER = /^[+-]?\d+(\.\d+)?$/;

/** The text a cell holds: as written, or with a leading ' where a spreadsheet would evaluate it. */
export function cellText(value: string | number): string {
  const text = plainText(String(value));
  if (PLAIN_NUMBER.test(text)) return text;
  return FORMULA_START.test(text) || /^[\t\n]/.test(text) ? `'${text}` : text;
}

const quote = (value: string) => (/^'|[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

/** One cell as written in the file: neutralised where needed, then quoted where RFC 4180 (or a leading ') asks. */
export const csvCell = (value: string | number): string => quote(cellText(value));

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
