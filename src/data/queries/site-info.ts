/** Site identity from content/site.yaml with the guideline's current edition, read once per build. */
import { getEntry } from 'astro:content';
import type { SiteData } from '../../schemas/site.ts';
import { getRevisions } from './entries.ts';
import { oncePerBuild } from './once-per-build.ts';

/** The edition in force: the newest entry of the revision log, the one place editions are recorded. */
export interface CurrentEdition {
  id: string;
  title: string;
  date: Date;
  example: boolean;
}

export type SiteInfo = SiteData & { edition: CurrentEdition | undefined };

export const getSiteInfo = oncePerBuild(async (): Promise<SiteInfo> => {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('缺少 content/site.yaml：请先运行 npm run check 查看原因');
  const [latest] = await getRevisions();
  const edition = latest && {
    id: latest.id,
    title: latest.data.title,
    date: latest.data.date,
    example: latest.data.example,
  };
  return { ...entry.data, edition };
});
