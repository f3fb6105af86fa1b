/**
 * Links inside a past edition stay inside it: on a page of /editions/<year>/, a link to a page that the edition
 * also has (a chapter, procedure, flowchart, template, its Word file, the catalogue) leads to the edition's copy;
 * a link to anything the edition does not hold (the duty lists, cases, bulletins, a page added later) leads to the
 * current site, as it must. Pure string work over built HTML, so it applies the same to every component's output
 * and to MDX bodies, under any base. The addresses themselves are spelled in src/lib/routes.ts.
 */
import { editionPath, routes } from '../routes.ts';

/**
 * The address `href` (as written in built HTML, base included) should have on a page of `year`'s edition;
 * `held` is the set of base-less current addresses the edition holds (paths only, no #fragment or ?query).
 */
export function editionHref(href: string, year: string, base: string, held: ReadonlySet<string>): string {
  if (!href.startsWith(base)) return href; // another site, a fragment, a relative link: left as written
  const rest = href.slice(base.length - 1);
  const cut = rest.search(/[?#]/);
  const path = cut < 0 ? rest : rest.slice(0, cut);
  if (path.startsWith(routes.editions()) || !held.has(path)) return href;
  return `${base}${editionPath(year, path).slice(1)}${cut < 0 ? '' : rest.slice(cut)}`;
}

/** The attribute of a link that leads out of the edition on purpose (the banner's link to the current text). */
export const CURRENT_TEXT_LINK = 'data-current-text';

/**
 * Every href of `html` (and xlink:href, the links inside a flowchart's SVG) mapped by editionHref, except in a tag
 * marked CURRENT_TEXT_LINK; only links: images and scripts are shared by all editions.
 */
export function keepLinksInEdition(html: string, year: string, base: string, held: ReadonlySet<string>): string {
  return html.replace(/<[a-z][^>]*\s(?:xlink:)?href="[^"]*"[^>]*>/gi, (tag) =>
    tag.includes(` ${CURRENT_TEXT_LINK}`)
      ? tag
      : tag.replace(/(\s(?:xlink:)?href=")([^"]*)(")/g, (_, open: string, href: string, close: string) => {
          return `${open}${editionHref(href, year, base, held)}${close}`;
        }),
  );
}

/**
 * A past edition's page with the links of its <main> kept inside the edition: the site's header and footer are the
 * current site's own and keep leading there (the page's banner names the current text of the page).
 */
export function keepPageInEdition(page: string, year: string, base: string, held: ReadonlySet<string>): string {
  const start = page.indexOf('<main');
  const end = page.lastIndexOf('</main>');
  if (start < 0 || end < start) return page;
  return page.slice(0, start) + keepLinksInEdition(page.slice(start, end), year, base, held) + page.slice(end);
}
