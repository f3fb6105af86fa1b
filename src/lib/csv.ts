/**
 * CSV that opens correctly in Excel and WPS on Chinese Windows: UTF-8 with a byte-order mark (without it Excel
 * reads the file as GBK and shows mojibake), CRLF line ends, and RFC 4180 quoting.
 */

const quote = (value: string) => (/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);

export function toCsv(header: readonly string[], rows: readonly (readonly (string | number)[])[]): string {
  const lines = [header, ...rows].map((row) => row.map((cell) => quote(String(cell))).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
