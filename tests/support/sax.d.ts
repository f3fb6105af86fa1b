/** The part of sax (a strict streaming XML parser, no types of its own) that tests/support/xml.ts uses. */
declare module 'sax' {
  interface Tag {
    name: string;
    attributes: Record<string, string>;
  }
  interface SaxParser {
    line: number;
    column: number;
    onerror: (error: Error) => void;
    onopentag: (tag: Tag) => void;
    onclosetag: (name: string) => void;
    ontext: (text: string) => void;
    oncdata: (text: string) => void;
    write: (xml: string) => SaxParser;
    close: () => SaxParser;
  }
  const sax: { parser: (strict: boolean, options?: Record<string, boolean>) => SaxParser };
  export default sax;
}
