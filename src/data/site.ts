/** Site identity from content/site.yaml, read once per build. */
import { getEntry } from 'astro:content';

export async function getSiteInfo() {
  const entry = await getEntry('site', 'site');
  if (!entry) throw new Error('缺少 content/site.yaml：请先运行 npm run check 查看原因');
  return entry.data;
}
