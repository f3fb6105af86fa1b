/**
 * The view of every page's frame (src/layouts/Base.astro): the site's identity and, on a page of a past edition,
 * which edition it is and the banner naming it. src/middleware.ts prepares it once per page from the page's address
 * (the one place a URL's edition is worked out: pastEditionOf in src/lib/routes.ts) and hands it to the layout as
 * `Astro.locals.frame`, the way Starlight hands its route data to its layouts, so the layout fetches nothing.
 */
import { currentPathOf, pastEditionOf } from '../lib/routes.ts';
import { getPastEditions } from './queries/editions.ts';
import { getPastEditionNotice, type PastEditionNotice } from './queries/past-editions.ts';
import { getSiteInfo, type SiteInfo } from './queries/site-info.ts';

export interface PageFrame {
  site: SiteInfo;
  /** The past edition the page belongs to (its year), or undefined for the current site. */
  past: string | undefined;
  /** The page's address in the current site's spelling (for a past edition's page, without /editions/<year>). */
  currentPath: string;
  /** A past edition's banner: the edition, and the current text of the same page. */
  notice: PastEditionNotice | undefined;
}

/**
 * The frame of the page at the base-less address `path`. An address under /editions/<year>/ of a year the site has no
 * edition of (a mistyped address the dev server answers with the 404 page) is framed as a current page.
 */
export async function getPageFrame(path: string): Promise<PageFrame> {
  const year = pastEditionOf(path);
  const past = year && (await getPastEditions()).some((e) => e.year === year) ? year : undefined;
  const currentPath = past ? currentPathOf(path) : path;
  return {
    site: await getSiteInfo(),
    past,
    currentPath,
    notice: past ? await getPastEditionNotice(past, currentPath) : undefined,
  };
}

/** The page's render, with the dev server's per-page answers (queries/once-per-build.ts): the middleware's other need. */
export { withRequestAnswers } from './queries/once-per-build.ts';
