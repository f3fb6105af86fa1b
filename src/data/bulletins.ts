/** The bulletin views: the list by year and each month's bulletin. */
import { formatMonth } from '../lib/dates.ts';
import { getBulletins } from './entries.ts';

export async function getBulletinsPage() {
  const bulletins = await getBulletins();
  return { bulletins, years: [...new Set(bulletins.map((b) => b.data.month.slice(0, 4)))] };
}

export const getBulletinPaths = async () =>
  (await getBulletins()).map((b) => ({ params: { id: b.id }, props: { id: b.id } }));

export async function getBulletinPage(id: string) {
  const bulletin = (await getBulletins()).find((b) => b.id === id)!;
  return {
    bulletin,
    data: bulletin.data,
    title: `第${bulletin.data.issue}期重点工作提示单（${formatMonth(bulletin.data.month)}）`,
  };
}
