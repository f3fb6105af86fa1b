/**
 * Links inside a past edition stay inside it: on a page of /editions/<year>/, a link to a page that the edition
 * also has (a chapter, procedure, flowchart, template, its Word file, the catalogue) leads to the edition's copy;
 * a link to anything the edition does not hold (the duty lists, cases, bulletins, a page added later) leads to the
 * current site, as it must. Pure string work over built HTML, so it applies the same to every component's output
 * and to MDX bodies, under any base.
 */

/** The base-less address of a page of `year`'s edition, from the current address of the same page. */
export const editionPath = (year: string, path: string) => `/editions/${year}${path}`;

/**
 * The address `href` (as written in built HTML, base included) should have on a page of `year`'s edition;
 * `held` is the set of base-less current addresses the edition holds (paths only, no #fragment or ?query).
 */
export function editionHref(href: string, year: string, base: string, held: ReadonlySet<string>): string {
  if (!href.startsWith(base)) return href; // another site, a fragment, a relative link: left as written
  const rest = href.slice(base.length - 1);
  const cut = rest.search(/[?#]/);
  const path = cut < 0 ? rest : rest.slice(0, cut);
  if (path.startsWith('/editions/') || !held.has(path)) return href;
  return `${base}${editionPath(year, path).slice(1)}${cut < 0 ? '' : rest.slice(cut)}`;
}

/** Every href of `html` mapped by editionHref (only href: images and scripts are shared by all editions). */
export function keepLinksInEdition(html: string, year: string, base: string, held: ReadonlySet<string>): string {
  return html.replace(/(\shref=")([^"]*)(")/g, (_, open: string, href: string, close: string) => {
    return `${open}${editionHref(href, year, base, held)}${close}`;
  });
}
