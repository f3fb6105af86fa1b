/**
 * Every page's frame. Before a page renders, its frame (the site's identity and, on a page of /editions/<year>/,
 * the edition's banner) is prepared from its address by src/data/frame.ts and handed to the layout as
 * Astro.locals.frame. A past edition's links need nothing here: its views write them with the edition's addresses
 * (src/data/queries/edition-links.ts). Runs at build time only (the site is static).
 */
import { defineMiddleware } from 'astro:middleware';
import { getPageFrame, withRequestAnswers } from './data/frame.ts';
import { stripBase } from './lib/urls.ts';

export const onRequest = defineMiddleware(async (context, next) => {
  const base = import.meta.env.BASE_URL;
  return withRequestAnswers(async () => {
    context.locals.frame = await getPageFrame(stripBase(context.url.pathname, base) ?? '/');
    return next();
  });
});
