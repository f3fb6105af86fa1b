/**
 * Text placed into HTML markup by hand (diagram figures, the dev overlay, generated covers, feed descriptions):
 * safe in element content and in quoted attribute values alike.
 */
export const escapeHtml = (text: string) =>
  text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * Character data of XML (an SVG's <title>, as svgo writes it) back to the text it stands for, in one pass, so
 * that `&amp;lt;` stays the four characters `&lt;`. A reference to a code point that is no character stays as
 * written.
 */
export const decodeXmlText = (text: string) =>
  text.replace(
    /&(?:#x([0-9a-fA-F]+)|#(\d+)|(amp|lt|gt|quot|apos));/g,
    (ref, hex?: string, dec?: string, name?: string) => {
      if (name) return NAMED[name] ?? ref;
      const code = hex ? parseInt(hex, 16) : Number(dec);
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : ref;
    },
  );

const LINK = /<link\b[^>]*>/g;
const attr = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

/**
 * The stylesheets built pages link (the built HTML, as Astro writes it), in the order they link them, each once:
 * what the handbook prints with (src/lib/handbook/source.ts) and the editor's previews load
 * (src/pipeline/integrations/editor.ts).
 */
export function stylesheetsOf(pages: readonly string[]): string[] {
  const styles: string[] = [];
  for (const html of pages) {
    for (const [link] of html.matchAll(LINK)) {
      const href = attr(link, 'href');
      if (attr(link, 'rel') === 'stylesheet' && href && !styles.includes(href)) styles.push(href);
    }
  }
  return styles;
}
