/**
 * A built page's searchable text as Markdown, for the same-text twin of `npm run bench` (scripts/lib/astro-twin.ts):
 * the region the site marks for Pagefind (`<main data-pagefind-body>`, src/layouts/Base.astro), without what
 * Pagefind leaves out (`data-pagefind-ignore`, and the elements it skips on its own), as headings, paragraphs and
 * list items of plain text. Inline markup (links, emphasis) becomes its text: the twin renders the same words, not
 * the site's markup. Pure functions over Astro's output, which closes every element it opens.
 */
import { decodeHTML } from 'entities';

/** The region Pagefind indexes on a built page, or undefined for a page it does not index. */
export function indexedRegion(html: string): string | undefined {
  const open = /<main\b[^>]*\sdata-pagefind-body\b[^>]*>/.exec(html);
  if (!open) return undefined;
  const end = html.indexOf('</main>', open.index);
  return html.slice(open.index + open[0].length, end < 0 ? undefined : end);
}

/**
 * Whether the region holds a rendered MDX body: every page that renders an entry's `<Content />` wraps it in
 * `.prose` or `.flowchart-body` (src/pages/**: cases, publicity, contribute, procedures, flowcharts), and no other
 * page uses those classes.
 */
export const hasMdxBody = (region: string) => /\sclass="(?:prose|flowchart-body)[\s"]/.test(region);

/** The page's title as the site gives it (`<title>`), for the twin's head. */
export const titleOf = (html: string) => decodeHTML(/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? '').trim();

/**
 * Elements whose content Pagefind does not index even inside the body region, besides data-pagefind-ignore
 * (REMOVE_SELECTORS in pagefind/src/fossick/parser.rs of CloudCannon/pagefind).
 */
const SKIPPED = new Set([
  'head',
  'style',
  'script',
  'noscript',
  'label',
  'form',
  'svg',
  'footer',
  'nav',
  'iframe',
  'template',
]);
const VOID = new Set(['area', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements that end a block of text (a paragraph, a heading, a list item, a table cell). */
const BLOCK =
  /^(?:p|div|section|article|aside|header|footer|nav|main|figure|figcaption|details|summary|dl|dt|dd|table|thead|tbody|tfoot|tr|td|th|caption|blockquote|ul|ol|li|pre|h[1-6]|hr|br|address)$/;

/** Every ASCII punctuation character escaped, so MDX and Markdown read the text as text (CommonMark §2.4). */
const escapeMarkdown = (text: string) => text.replace(/[!-/:-@[-`{-~]/g, '\\$&');

/**
 * The region as Markdown: one block per heading, paragraph, list item or cell, separated by blank lines; headings
 * keep their level, list items their bullet. Whitespace is collapsed as a browser would.
 */
export function regionToMarkdown(region: string): string {
  const blocks: string[] = [];
  let prefix = '';
  let text = '';
  const flush = () => {
    const line = text.replace(/\s+/g, ' ').trim();
    text = '';
    if (!line) return; // an empty block keeps its prefix for the text inside it (<li><p>…</p></li>)
    blocks.push(prefix + escapeMarkdown(line));
    prefix = '';
  };
  /** The element hiding the text and its nested namesakes, so that the right closing tag ends it. */
  const hidden: string[] = [];
  for (const m of region.matchAll(/<!--[\s\S]*?-->|<(\/?)([a-zA-Z][\w-]*)([^>]*)>|([^<]+)/g)) {
    const [, closing, rawName, attrs = '', chars] = m;
    if (chars !== undefined) {
      if (!hidden.length) text += decodeHTML(chars);
      continue;
    }
    if (!rawName) continue; // a comment
    const name = rawName.toLowerCase();
    const selfClosing = VOID.has(name) || attrs.endsWith('/');
    if (hidden.length) {
      if (closing && name === hidden.at(-1)) hidden.pop();
      else if (!closing && !selfClosing && name === hidden.at(-1)) hidden.push(name);
      continue;
    }
    if (!closing && !selfClosing && (SKIPPED.has(name) || /\sdata-pagefind-ignore\b/.test(attrs))) {
      hidden.push(name);
      continue;
    }
    if (!BLOCK.test(name)) continue;
    flush();
    if (closing) continue;
    if (/^h[1-6]$/.test(name)) prefix = `${'#'.repeat(Number(name[1]))} `;
    else if (name === 'li') prefix = '- ';
  }
  flush();
  return blocks.join('\n\n') + '\n';
}
