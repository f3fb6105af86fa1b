/**
 * Text as it may safely enter a generated file (RSS, .ics, CSV, .docx): an editor's or reader's string with every
 * kind of line break made one "\n", and the characters no file format wants taken out. A YAML "\x01" or "\uFFFE"
 * escape, a paste from Word (vertical tab, U+2028) or a corrupt file can put them in content; XML 1.0 forbids most
 * of them outright (Word and feed readers then refuse the whole file), and a client that breaks lines on U+2028 or
 * a lone CR would read the rest of a calendar line as a new property.
 */

/** CRLF, lone CR or LF, vertical tab, form feed, NEL (U+0085), LINE SEPARATOR and PARAGRAPH SEPARATOR. */
export const LINE_BREAK = /\r\n|[\n\v\f\r\u0085\u2028\u2029]/g;

/**
 * Characters that are not text: C0 controls but tab and newline, DEL and the C1 controls (the line-breaking NEL is
 * handled above), and the noncharacters U+FFFE and U+FFFF, which XML 1.0 excludes.
 */
const NOT_TEXT = /[\0-\x08\x0e-\x1f\x7f-\x9f\ufffe\uffff]/g;

/**
 * A surrogate pair, or a half of one standing alone: no character at all, which encoders write as U+FFFD. (Matched
 * pairs first, without lookbehind, which the readers' older browsers lack.)
 */
const SURROGATES = /[\ud800-\udbff][\udc00-\udfff]|[\ud800-\udfff]/g;

/** The text with line breaks as "\n", non-text characters removed and lone surrogates shown as U+FFFD. */
export const plainText = (text: string): string =>
  text
    .replace(LINE_BREAK, '\n')
    .replace(NOT_TEXT, '')
    .replace(SURROGATES, (found) => (found.length === 2 ? found : '\uFFFD'));

/** `value` with plainText applied to every string in it (plain objects and arrays; other values as they are). */
export function plainTextDeep<T>(value: T): T {
  if (typeof value === 'string') return plainText(value) as T;
  if (Array.isArray(value)) return value.map(plainTextDeep) as T;
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plainTextDeep(v)])) as T;
  }
  return value;
}
