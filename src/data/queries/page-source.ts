/** Where a page's text comes from, for “编辑此页” and “页面最后更新”: the edit link and the file's last commit. */
import { lastUpdated } from './last-updated.ts';
import { getSiteInfo } from './site-info.ts';

export interface PageSource {
  editHref?: string | undefined;
  updated?: Date | undefined;
}

export async function pageSource(filePath: string | undefined): Promise<PageSource> {
  const site = await getSiteInfo();
  return {
    editHref: site.editLink && filePath ? site.editLink.replace('{path}', filePath) : undefined,
    updated: lastUpdated(filePath),
  };
}
