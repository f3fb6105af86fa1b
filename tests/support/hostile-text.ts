/**
 * Strings an editor (or a reader, in the branch tools) might type or paste, for the tests of every generated file:
 * markup and escapes that must arrive as the same text, the line breaks a client may split on, and characters no
 * file format can carry.
 */

/** Text that must reach the reader exactly as written. */
export const MARKUP = [
  '<img src=x onerror=alert(1)>',
  '&lt;script&gt;alert(1)&lt;/script&gt;',
  'a]]>b<![CDATA[c',
  `“引号” "double" 'single' & && &amp; &#x3C;b&#x3E;`,
  '</title><link>http://evil/</link>',
] as const;

/** Every line break some client or parser honours. */
export const LINE_BREAKS = ['\r\n', '\r', '\n', '\u2028', '\u2029', '\u0085', '\v', '\f'] as const;

/** Characters no generated file should carry (C0 and C1 controls, noncharacters, lone surrogate halves). */
export const NOT_TEXT = [
  '\0',
  '\x01',
  '\x08',
  '\x1b',
  '\x1f',
  '\x7f',
  '\x90',
  '\ufffe',
  '\uffff',
  '\udc00',
  '\ud800',
] as const;

/** One string holding all of the above, between ordinary Chinese words. */
export const EVERYTHING = `党费${MARKUP.join('')}收缴${LINE_BREAKS.join('x')}标准${NOT_TEXT.join('')}。`;
