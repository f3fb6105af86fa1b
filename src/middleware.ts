/**
 * Every page's frame, and links inside a past edition. Before a page renders, its frame (the site's identity and,
 * on a page of /editions/<year>/, the edition's banner) is prepared from its address by src/data/frame.ts and handed
 * to the layout as Astro.locals.frame. After it renders, a page of a past edition has the links of its <main> that
 * lead to a page the edition also holds turned to the edition's copy (src/lib/editions/links.ts): done here, on the
 * built HTML, so every component and every MDX body of the edition is covered the same way. Runs at build time only
 * (the site is static).
 */
import { defineMiddleware } from 'astro:middleware';
import { getEditionAddresses, getPageFrame } from './data/frame.ts';
import { keepPageInEdition } from './lib/editions/links.ts';
import { stripBase } from './lib/urls.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const base = import.meta.env.BASE_URL;
  const frame = await getPageFrame(stripBase(context.url.pathname, base) ?? '/');
  context.locals.frame = frame;
  const response = await next();
  const year = frame.past;
  if (!year || !response.headers.get('content-type')?.includes('text/html')) {
    return response;
  }
  const page = keepPageInEdition(await response.text(), year, base, await getEditionAddresses(year));
  return new Response(page, { status: response.status, headers: response.headers });
});
