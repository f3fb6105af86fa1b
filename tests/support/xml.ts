/**
 * XML read as a strict consumer reads it (a feed reader, Word): sax in strict mode for well-formedness (tags,
 * quoting, entities, character references), and the XML 1.0 Char production checked over the raw text, which sax
 * does not do. Throws on the first fault; otherwise a small tree of elements and text.
 */
import sax from 'sax';

export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: (XmlElement | string)[];
}

/** Characters XML 1.0 allows anywhere in a document (https://www.w3.org/TR/xml/#NT-Char). */
const NOT_XML_CHAR = /[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

export function parseXml(xml: string): XmlElement {
  const bad = NOT_XML_CHAR.exec(xml);
  if (bad) {
    const code = bad[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0');
    throw new Error(`not XML 1.0: U+${code} at offset ${bad.index}`);
  }
  const parser = sax.parser(true);
  const root: XmlElement = { name: '#document', attributes: {}, children: [] };
  const open: XmlElement[] = [root];
  const text = (t: string) => open[open.length - 1]!.children.push(t);
  parser.onerror = (error) => {
    throw new Error(`not well-formed XML: ${error.message.split('\n')[0]} (line ${parser.line + 1})`);
  };
  parser.onopentag = (tag) => {
    const element: XmlElement = { name: tag.name, attributes: tag.attributes, children: [] };
    open[open.length - 1]!.children.push(element);
    open.push(element);
  };
  parser.onclosetag = () => void open.pop();
  parser.ontext = text;
  parser.oncdata = text;
  parser.write(xml).close();
  const element = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!element) throw new Error('no root element');
  return element;
}

/** The text inside an element, as a consumer reads it (entities and CDATA resolved). */
export const textOf = (element: XmlElement): string =>
  element.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');

/** Every element named `name` under `element` (itself included), in document order. */
export function elementsNamed(element: XmlElement, name: string): XmlElement[] {
  const own = element.name === name ? [element] : [];
  return [...own, ...element.children.flatMap((c) => (typeof c === 'string' ? [] : elementsNamed(c, name)))];
}
