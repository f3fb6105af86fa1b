/** /cases/rss.xml: an RSS feed of the typical cases, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getCases, indexOf } from '../../data/entries.ts';
import { getSiteInfo } from '../../data/site-info.ts';
import { feedChannel, feedItem } from '../../lib/feeds.ts';
import { routes } from '../../lib/routes.ts';
import { withBase } from '../../lib/urls.ts';

export const GET: APIRoute = async (context) => {
  const site = await getSiteInfo();
  const series = await indexOf('series');
  return rss({
    ...feedChannel({ title: `${site.title} · 典型案例`, description: '基层党建典型案例展示' }),
    site: context.site ?? 'http://localhost:4321/',
    customData: '<language>zh-cn</language>',
    items: (await getCases()).map((c) =>
      feedItem({
        title: `${c.data.title}${c.data.example ? '（示例）' : ''}`,
        link: withBase(routes.case(c.id)),
        pubDate: c.data.date,
        description: c.data.summary,
        categories: [series.get(c.data.series.id)?.data.title ?? c.data.series.id],
      }),
    ),
  });
};
