/** The views of /cases/: the typical-case showcase, each series, each case and the RSS feed. */
import rss from '@astrojs/rss';
import { render } from 'astro:content';
import { feedChannel, feedItem } from '../lib/feeds.ts';
import { routes } from '../lib/routes.ts';
import { withBase } from '../lib/urls.ts';
import { SEED_FIGURES } from '../schemas/seed-facts.ts';
import { getCases, getSeries, indexOf } from './queries/entries.ts';
import { getSiteInfo } from './queries/site-info.ts';

export async function getCasesPage() {
  const cases = await getCases();
  const series = await getSeries();
  const counts = new Map(series.map((s) => [s.id, cases.filter((c) => c.data.series.id === s.id).length]));
  return {
    cases,
    series,
    titles: new Map(series.map((s) => [s.id, s.data.title])),
    countOf: (id: string) => counts.get(id) ?? 0,
    seedFigures: SEED_FIGURES,
  };
}

export const getSeriesPaths = async () =>
  (await getSeries()).map((s) => ({ params: { id: s.id }, props: { id: s.id } }));

export async function getSeriesPage(id: string) {
  const series = (await getSeries()).find((s) => s.id === id)!;
  return { series, cases: (await getCases()).filter((c) => c.data.series.id === id) };
}

export const getCasePaths = async () => (await getCases()).map((c) => ({ params: { id: c.id }, props: { id: c.id } }));

export async function getCasePage(id: string) {
  const entry = (await getCases()).find((c) => c.id === id)!;
  return {
    entry,
    data: entry.data,
    Content: (await render(entry)).Content,
    series: (await indexOf('series')).get(entry.data.series.id),
  };
}

/** /cases/rss.xml, newest first. Feed readers need absolute links: set SITE_URL when building for the server. */
export async function getCasesFeed(site: URL | undefined): Promise<Response> {
  const info = await getSiteInfo();
  const series = await indexOf('series');
  return rss({
    ...feedChannel({ title: `${info.title} · 典型案例`, description: '基层党建典型案例展示' }),
    site: site ?? 'http://localhost:4321/',
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
}
