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
