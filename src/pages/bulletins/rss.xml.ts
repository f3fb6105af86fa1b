/** /bulletins/rss.xml: an RSS feed of the monthly bulletins, newest first. */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { getBulletins } from '../../data/entries.ts';
import { getSiteInfo } from '../../data/site-info.ts';
import { bulletinName } from '../../lib/bulletin-name.ts';
import { feedChannel, feedItem } from '../../lib/feeds.ts';
import { routes } from '../../lib/routes.ts';
import { withBase } from '../../lib/urls.ts';

export const GET: APIRoute = async (context) => {
  const site = await getSiteInfo();
  const bulletins = await getBulletins();
  return rss({
    ...feedChannel({
      title: `${site.title} · 全面从严治党重点工作提示单`,
      description: '每月重点工作提示、重要情况通报和学习内容提醒',
    }),
    // Feed readers need absolute links: set SITE_URL when building for the intranet server.
    site: context.site ?? 'http://localhost:4321/',
    customData: '<language>zh-cn</language>',
    items: bulletins.map((b) =>
      feedItem({
        title: `${bulletinName(b.data)}${b.data.example ? '（示例）' : ''}`,
        link: withBase(routes.bulletin(b.id)),
        pubDate: b.data.issuedOn,
        description: b.data.tasks.map((t, i) => `${i + 1}. ${t.title}`).join('；'),
      }),
    ),
  });
};
