/**
 * The views of /bulletins/: the list by year, each month's bulletin, the RSS feed and the calendar of every task
 * deadline.
 */
import rss from '@astrojs/rss';
import { bulletinEvents } from '../lib/bulletin-calendar.ts';
import { bulletinName } from '../lib/bulletin-name.ts';
import { feedChannel, feedItem } from '../lib/feeds.ts';
import { calendar } from '../lib/ics.ts';
import { routes } from '../lib/routes.ts';
import { withBase } from '../lib/urls.ts';
import { SEED_FIGURES } from '../schemas/seed-facts.ts';
import { absolute, bulletinsForCalendar } from './queries/calendars.ts';
import { getBulletins } from './queries/entries.ts';
import { getSiteInfo } from './queries/site-info.ts';
import { taskViews } from './queries/bulletins.ts';

export async function getBulletinsPage() {
  const bulletins = await getBulletins();
  return {
    bulletins,
    newestId: bulletins[0]?.id,
    years: [...new Set(bulletins.map((b) => b.data.month.slice(0, 4)))],
    seedFigures: SEED_FIGURES,
  };
}

export const getBulletinPaths = async () =>
  (await getBulletins()).map((b) => ({ params: { id: b.id }, props: { id: b.id } }));

export async function getBulletinPage(id: string) {
  const bulletins = await getBulletins();
  const bulletin = bulletins.find((b) => b.id === id)!;
  const newest = bulletins[0]!;
  return {
    bulletin,
    data: bulletin.data,
    tasks: taskViews(bulletin.data.tasks),
    title: bulletinName(bulletin.data, 'full'),
    /** For an older sheet, the newest one, so a reader arriving from search does not act on a past month. */
    newer: newest.id === bulletin.id ? undefined : { id: newest.id, name: bulletinName(newest.data) },
  };
}

/** /bulletins/rss.xml, newest first. Feed readers need absolute links: set SITE_URL when building for the server. */
export async function getBulletinsFeed(site: URL | undefined): Promise<Response> {
  const info = await getSiteInfo();
  const bulletins = await getBulletins();
  return rss({
    ...feedChannel({
      title: `${info.title} · 全面从严治党重点工作提示单`,
      description: '每月重点工作提示、重要情况通报和学习内容提醒',
    }),
    site: site ?? 'http://localhost:4321/',
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
}

/** /bulletins/calendar.ics: every task deadline of every bulletin. */
export async function getBulletinsCalendar(): Promise<string> {
  return calendar(
    '重点工作提示单 · 工作时限',
    bulletinEvents(await bulletinsForCalendar(), (id) => absolute(routes.bulletin(id))),
  );
}
