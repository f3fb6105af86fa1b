/**
 * Crawl a served site from its base URL the way a reader's browser would: every page, and every link, image,
 * stylesheet and script it references under the base; report anything that does not answer 200.
 */
import { extractUrls } from '../../src/pipeline/after-build/link-check.ts';

export interface CrawlResult {
  pages: number;
  resources: number;
  broken: { url: string; status: number; from: string }[];
  escaping: { url: string; from: string }[];
}

export async function crawl(start: string, base: string): Promise<CrawlResult> {
  const origin = new URL(start).origin;
  const seen = new Set<string>([start]);
  const queue: { url: string; from: string }[] = [{ url: start, from: '(起点)' }];
  const result: CrawlResult = { pages: 0, resources: 0, broken: [], escaping: [] };
  while (queue.length) {
    const { url, from } = queue.shift()!;
    const response = await fetch(url, { redirect: 'manual' });
    if (response.status !== 200) {
      result.broken.push({ url, status: response.status, from });
      continue;
    }
    if (!(response.headers.get('content-type') ?? '').startsWith('text/html')) {
      result.resources += 1;
      await response.arrayBuffer();
      continue;
    }
    result.pages += 1;
    for (const raw of extractUrls(await response.text())) {
      if (!raw || /^([a-z][a-z0-9+.-]*:|\/\/)/i.test(raw) || raw.startsWith('#')) continue;
      const target = new URL(raw, url);
      target.hash = '';
      if (target.origin !== origin) continue;
      if (!target.pathname.startsWith(base)) {
        result.escaping.push({ url: target.href, from: url });
        continue;
      }
      if (!seen.has(target.href)) {
        seen.add(target.href);
        queue.push({ url: target.href, from: url });
      }
    }
  }
  return result;
}
