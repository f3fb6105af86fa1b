/**
 * Questions in readers' own words (tests/fixtures/search/questions.yaml, at least 40, none copied from a page title)
 * through the site's own search page: the answering page must be first for at least 75 % of them and in the first
 * three for at least 90 %, in this Chromium and with Intl.Segmenter removed, as in the readers' Chromium 83 and
 * Firefox 78. Where the site holds the answer as data, the fact is shown above the results with its source. The
 * header's quick search reads questions too, under / and under /djzy/.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILDS, ROOT, onBuild } from '../support/builds.ts';
import { chromiumOrSkip } from '../support/chromium-or-skip.ts';
import { serveInChromium } from '../support/served-site.ts';

const chromiumPath = chromiumOrSkip();

interface Question {
  q: string;
  /** Pages that answer it; the first is the one that should come first, but any of them counts. */
  pages: string[];
  /** Words the facts above the results must hold (any one of them). */
  card?: string | string[];
}
const QUESTIONS = parse(readFileSync(join(ROOT, 'tests/fixtures/search/questions.yaml'), 'utf8')) as Question[];

async function ask(page: Page, url: string) {
  await page.goto(url);
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    return status.length > 0 && !status.includes('正在');
  });
  const urls = await page.$$eval('[data-search-results] .search-hit', (items) =>
    items.map((i) => (i as HTMLElement).dataset.url ?? ''),
  );
  const facts = (await page.locator('[data-search-facts]').textContent()) ?? '';
  return { urls, facts };
}

const [root, sub] = BUILDS;

describe.skipIf(!chromiumPath)(onBuild(root, '读者用自己的话提问'), () => {
  const served = serveInChromium(root, chromiumPath);

  it('the question set has at least 40 questions, each naming pages that exist', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(40);
    for (const { q, pages } of QUESTIONS) {
      expect(pages.length, q).toBeGreaterThan(0);
      for (const p of pages) expect(() => readFileSync(join(root.dir, p, 'index.html')), `${q} → ${p}`).not.toThrow();
    }
  });

  describe.each([
    ['本浏览器', false],
    ['去掉 Intl.Segmenter（Chromium 83、Firefox 78）', true],
  ] as const)('%s', (_name, withoutSegmenter) => {
    let context: BrowserContext;
    let page: Page;
    beforeAll(async () => {
      context = await served.browser.newContext();
      if (withoutSegmenter) {
        await context.addInitScript(() => {
          delete (Intl as { Segmenter?: unknown }).Segmenter;
        });
      }
      page = await context.newPage();
    });
    afterAll(() => context?.close());

    it('finds the answering page first for ≥ 75 % and in the top three for ≥ 90 % of the questions', async () => {
      if (withoutSegmenter) expect(await page.evaluate(() => typeof Intl.Segmenter)).toBe('undefined');
      const report: string[] = [];
      let first = 0;
      let top3 = 0;
      const missingFacts: string[] = [];
      for (const { q, pages, card } of QUESTIONS) {
        const { urls, facts } = await ask(page, served.url(`search/?q=${encodeURIComponent(q)}`));
        const found = urls.findIndex((u) => pages.some((p) => u === `${served.server.base}${p.slice(1)}`));
        if (found === 0) first++;
        if (found >= 0 && found < 3) top3++;
        report.push(
          `${found === 0 ? '第1' : found >= 0 && found < 3 ? `第${found + 1}` : '未中'}　${q}　→ ${urls.slice(0, 3).join(' ')}`,
        );
        const wanted = card === undefined ? [] : [card].flat();
        if (wanted.length && !wanted.some((w) => facts.includes(w))) missingFacts.push(`${q}：${facts || '（无）'}`);
      }
      const n = QUESTIONS.length;
      console.log(
        `读者问题 ${n} 条${withoutSegmenter ? '（无 Intl.Segmenter）' : ''}：第一 ${first}（${Math.round((100 * first) / n)}%），前三 ${top3}（${Math.round((100 * top3) / n)}%）\n${report.join('\n')}`,
      );
      expect(top3 / n, report.join('\n')).toBeGreaterThanOrEqual(0.9);
      expect(first / n, report.join('\n')).toBeGreaterThanOrEqual(0.75);
      expect(missingFacts, '结果上方应有的相关规定').toEqual([]);
    }, 240_000);
  });

  it('shows each fact with its source and a link to the page that says it', async () => {
    const page = await served.browser.newPage();
    await ask(page, served.url(`search/?q=${encodeURIComponent('预备期是多长时间')}`));
    const fact = page.locator('[data-search-facts] li').first();
    await expect(fact.locator('.search-fact-text').textContent()).resolves.toContain('预备期一年');
    await expect(fact.locator('.search-fact-source').textContent()).resolves.toContain('《中国共产党章程》第七条');
    await expect(fact.locator('a').getAttribute('href')).resolves.toBe('/guide/members/member-recruitment/');
    await expect(page.locator('[data-search-status]').textContent()).resolves.toContain('按问题中的');
    await page.close();
  });
});

describe.skipIf(!chromiumPath).each([root, sub])('$name（$base）构建：页头快速搜索读问题', (build) => {
  const served = serveInChromium(build, chromiumPath);

  it('answers “入党要多久” with 发展党员 first, and the page links stay under the base path', async () => {
    const page = await served.browser.newPage();
    await page.goto(served.url(''));
    await page.fill('.search-entry input[name="q"]', '入党要多久');
    const first = page.locator('[data-quick-results] .search-hit a').first();
    await first.waitFor();
    await expect(first.getAttribute('href')).resolves.toBe(`${build.base}guide/members/member-recruitment/`);
    await expect(page.locator('[data-quick-status]').textContent()).resolves.toContain('“入党”按“发展党员');
    await page.close();
  });

  it('a keyword is still searched as a phrase', async () => {
    const page = await served.browser.newPage();
    const { urls } = await ask(page, served.url(`search/?q=${encodeURIComponent('党费交纳登记表')}`));
    expect(urls[0]).toBe(`${build.base}templates/dues-register/`);
    await expect(page.locator('[data-search-status]').textContent()).resolves.toMatch(/^按完整词语/);
    await page.close();
  });
});
