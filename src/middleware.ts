/**
 * Links inside a past edition stay inside it: each page built under /editions/<year>/ has the links of its <main>
 * that lead to a page the edition also holds turned to the edition's copy (src/lib/editions/links.ts). Done here,
 * on the built HTML, so every component and every MDX body of the edition is covered the same way. Runs at build
 * time only (the site is static).
 */
import { defineMiddleware } from 'astro:middleware';
import { guidePaths } from './data/queries/past-editions.ts';
import { keepPageInEdition, pastEditionOf } from './lib/editions/links.ts';
import { stripBase } from './lib/urls.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  const base = import.meta.env.BASE_URL;
  const year = pastEditionOf(stripBase(context.url.pathname, base) ?? '');
  if (!year || !response.headers.get('content-type')?.includes('text/html')) {
    return response;
  }
  const page = keepPageInEdition(await response.text(), year, base, await guidePaths(year));
  return new Response(page, { status: response.status, headers: response.headers });
});
