/** /cases/rss.xml: an RSS feed of the typical cases, newest first. */
import type { APIRoute } from 'astro';
import { getCasesFeed } from '../../data/cases.ts';

export const GET: APIRoute = (context) => getCasesFeed(context.site);
