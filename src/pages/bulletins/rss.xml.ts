/** /bulletins/rss.xml: an RSS feed of the monthly bulletins, newest first. */
import type { APIRoute } from 'astro';
import { getBulletinsFeed } from '../../data/bulletins.ts';

export const GET: APIRoute = (context) => getBulletinsFeed(context.site);
