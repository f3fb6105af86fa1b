/**
 * Links inside a past edition stay inside it: on a page of /editions/<year>/, a link to a page that the edition
 * also has (a chapter, procedure, flowchart, template, its Word file, the catalogue) leads to the edition's copy;
 * a link to anything the edition does not hold (the duty lists, cases, bulletins, a page added later) leads to the
 * current site, as it must. The views produce their links this way (src/data/queries/edition-links.ts); only what
 * no view writes — an MDX body's own links and the links drawn into a cached flowchart — is mapped after it is
 * rendered (keepLinksInEdition). The addresses themselves are spelled in src/lib/routes.ts.
 */
import { editionPath } from '../routes.ts';

/** A base-less current address (fragment and query kept) → the address it has in one text. */
export type TextLinks = (href: string) => string;

/** The current text's links are its own addresses. */
export const currentTextLinks: TextLinks = (href) => href;

/**
 * The links of `year`'s edition: `held` is the set of base-less current addresses the edition holds (paths only,
 * no #fragment or ?query); any other address (another site, a fragment, a page the edition lacks) is left as it is.
 */
export function pastEditionLinks(year: string, held: ReadonlySet<string>): TextLinks {
  return (href) => {
    const cut = href.search(/[?#]/);
    const path = cut < 0 ? href : href.slice(0, cut);
    return held.has(path) ? editionPath(year, path) + (cut < 0 ? '' : href.slice(cut)) : href;
  };
}

/** The address `href` (as written in built HTML, base included) has in a text whose links are `link`. */
export function editionHref(href: string, base: string, link: TextLinks): string {
  if (!href.startsWith(base)) return href; // another site, a fragment, a relative link: left as written
  const rest = href.slice(base.length - 1);
  const mapped = link(rest);
  return mapped === rest ? href : `${base}${mapped.slice(1)}`;
}

/** The attribute of a link that leads out of the edition on purpose (the banner's link to the current text). */
export const CURRENT_TEXT_LINK = 'data-current-text';

/**
 * Every href of rendered `html` (and xlink:href, the links inside a flowchart's SVG) mapped by editionHref, except
 * in a tag marked CURRENT_TEXT_LINK; only links: images and scripts are shared by all editions.
 */
export function keepLinksInEdition(html: string, base: string, link: TextLinks): string {
  return html.replace(/<[a-z][^>]*\s(?:xlink:)?href="[^"]*"[^>]*>/gi, (tag) =>
    tag.includes(` ${CURRENT_TEXT_LINK}`)
      ? tag
      : tag.replace(/(\s(?:xlink:)?href=")([^"]*)(")/g, (_, open: string, href: string, close: string) => {
          return `${open}${editionHref(href, base, link)}${close}`;
        }),
  );
}
