/** The bulletin views: the list by year and each month's bulletin. */
import { formatMonth } from '../lib/dates.ts';
import { getBulletins } from './entries.ts';

/**
 * The newest sheet is named by its month wherever it is shown (“最新一期 · 2022年7月”), never as 本月: the site is
 * built rarely and read for months after, so only the browser may say anything about today.
 */
export const newestLabel = (bulletin: { data: { month: string } }): string =>
  `最新一期 · ${formatMonth(bulletin.data.month)}`;

export async function getBulletinsPage() {
  const bulletins = await getBulletins();
  return {
    bulletins,
    newestId: bulletins[0]?.id,
    years: [...new Set(bulletins.map((b) => b.data.month.slice(0, 4)))],
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
    title: `第${bulletin.data.issue}期重点工作提示单（${formatMonth(bulletin.data.month)}）`,
    /** For an older sheet, the newest one, so a reader arriving from search does not act on a past month. */
    newer:
      newest.id === bulletin.id
        ? undefined
        : { id: newest.id, name: `第${newest.data.issue}期（${formatMonth(newest.data.month)}）` },
  };
}
