/** The bulletin views: the list by year and each month's bulletin. */
import { bulletinName } from '../lib/bulletin-name.ts';
import { formatMonth } from '../lib/dates.ts';
import { getBulletins } from './entries.ts';

/**
 * What the home page says under the newest sheet's heading, so nothing in it reads as today's work: whose month its
 * deadlines belong to, and, for an illustrative sheet, that it is one (the heading's 示例 badge says it in a word).
 */
export function sheetAsOf(bulletin: { data: { month: string; example: boolean } }): string {
  const month = formatMonth(bulletin.data.month);
  const plan = `所列时限是${month}当期的安排。`;
  return bulletin.data.example ? `${plan}本期为示例，任务内容为示意，不是实际印发的提示单。` : plan;
}

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
    title: bulletinName(bulletin.data, 'full'),
    /** For an older sheet, the newest one, so a reader arriving from search does not act on a past month. */
    newer: newest.id === bulletin.id ? undefined : { id: newest.id, name: bulletinName(newest.data) },
  };
}
