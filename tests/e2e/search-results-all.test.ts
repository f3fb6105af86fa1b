/**
 * The search page shows everything it found: a query with more results than one batch shows the rest batch by batch
 * (显示更多), until the results shown are as many as the status line counts, the keyboard's focus moving to the
 * first new result; on a 360 px phone the 栏目 filter comes before the results, folded; the excerpts highlight whole
 * words (never a lone character of a longer query) and join the title and text in Chinese, never with “. ”.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BUILDS, BUILD_TITLE } from '../support/builds.ts';
import { chromiumOrSkip } from '../support/chromium-or-skip.ts';
import { serveInChromium } from '../support/served-site.ts';

const chromiumPath = chromiumOrSkip();

/** The results shown at first and added by each press of the button (src/client/search/page.ts). */
const BATCH = 30;

/** A word on many pages: more than one batch of results. */
const MANY = '党支部';

/** Queries of several characters: a keyword, a question, a phrase whose characters are everywhere (党). */
const MULTI = ['发展党员', '入党要多久', '党组织', '党费怎么交'];

async function search(page: Page, url: string) {
  await page.goto(url);
  await page.waitForFunction(() => {
    const status = document.querySelector('[data-search-status]')?.textContent ?? '';
    return status.length > 0 && !status.includes('正在');
  });
  return (await page.textContent('[data-search-status]')) ?? '';
}

/** The number of pages the status line says were found (each wording says “找到 N 个页面”, or N plus a few more). */
function totalOf(status: string): number {
  const widened = /只找到 (\d+) 个页面，另按拆分后的词语补充了 (\d+) 个/.exec(status);
  if (widened) return Number(widened[1]) + Number(widened[2]);
  return Number(/找到的? ?(\d+) 个页面/.exec(status)?.[1] ?? NaN);
}

const shownUrls = (page: Page) =>
  page.$$eval('[data-search-results] .search-hit', (items) => items.map((i) => (i as HTMLElement).dataset.url ?? ''));

describe.skipIf(!chromiumPath).each(BUILDS)(`${BUILD_TITLE}：搜索结果全部可见`, (build) => {
  const served = serveInChromium(build, chromiumPath);
  const searchUrl = (q: string) => served.url(`search/?q=${encodeURIComponent(q)}`);

  it(`“${MANY}”：显示更多，直到显示的结果与找到的页面数相同，焦点落在新出现的第一条`, async () => {
    const page = await served.browser.newPage();
    const status = await search(page, searchUrl(MANY));
    const total = totalOf(status);
    expect(total, status).toBeGreaterThan(BATCH);
    expect(status).toContain(`显示前 ${BATCH} 个`);
    await expect(shownUrls(page)).resolves.toHaveLength(BATCH);
    const button = page.locator('[data-search-more]');
    await expect(button.textContent()).resolves.toContain(`还有 ${total - BATCH} 个`);

    let shown = BATCH;
    while (shown < total) {
      await button.click();
      const next = Math.min(total, shown + BATCH);
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-search-results] .search-hit').length === n,
        next,
      );
      // The keyboard goes on at the first result just shown.
      const focused = await page.evaluate(() => {
        const item = document.activeElement?.closest('.search-hit');
        return item ? Array.from(item.parentElement!.children).indexOf(item) : -1;
      });
      expect(focused).toBe(shown);
      await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('A');
      shown = next;
    }
    const urls = await shownUrls(page);
    expect(urls).toHaveLength(total);
    expect(new Set(urls).size).toBe(total);
    await expect(button.isHidden()).resolves.toBe(true);
    const after = (await page.textContent('[data-search-status]')) ?? '';
    expect(totalOf(after)).toBe(total);
    expect(after).not.toContain('显示前');
    await page.close();
  });

  it('a question shows every page it counts too', async () => {
    const page = await served.browser.newPage();
    const status = await search(page, searchUrl('入党要多久'));
    const total = totalOf(status);
    expect(total, status).toBeGreaterThan(0);
    while (await page.locator('[data-search-more]').isVisible()) {
      const before = (await shownUrls(page)).length;
      await page.click('[data-search-more]');
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-search-results] .search-hit').length > n,
        before,
      );
    }
    await expect(shownUrls(page)).resolves.toHaveLength(total);
    await page.close();
  });

  it('360 px：按栏目筛选在结果之前、默认折叠；展开后可选栏目', async () => {
    const context = await served.browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    await search(page, searchUrl('党费'));
    const filter = page.locator('[data-search-filter]');
    await expect(filter.isVisible()).resolves.toBe(true);
    const before = await page.evaluate(() => {
      const bar = document.querySelector('[data-search-filter]')!;
      const first = document.querySelector('[data-search-results] .search-hit')!;
      return Boolean(bar.compareDocumentPosition(first) & Node.DOCUMENT_POSITION_FOLLOWING);
    });
    expect(before).toBe(true);
    // On screen too: the bar is above the first result.
    const top = (selector: string) => page.$eval(selector, (e) => e.getBoundingClientRect().top);
    expect(await top('[data-search-filter]')).toBeLessThan(await top('[data-search-results] .search-hit'));
    await expect(filter.getAttribute('open')).resolves.toBeNull();
    await expect(page.locator('[data-search-chips]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-search-filter] summary').textContent()).resolves.toContain('全部栏目');

    await page.click('[data-search-filter] summary');
    await expect(page.locator('[data-search-chips]').isVisible()).resolves.toBe(true);
    // The bar, the chips and the 显示更多 button meet WCAG AA as they stand.
    const axe = await new AxeBuilder({ page })
      .include('.search-answer')
      .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    await page.click('.chip >> text=文书模板（');
    await page.waitForFunction(() =>
      document.querySelector('[data-search-status]')?.textContent?.startsWith('在“文书模板”栏目中'),
    );
    await expect(page.locator('[data-search-filter] summary').textContent()).resolves.toContain('文书模板');
    await context.close();
  });

  it('1280 px：栏目直接可见，没有折叠条', async () => {
    const page = await served.browser.newPage({ viewport: { width: 1280, height: 900 } });
    await search(page, searchUrl('党费'));
    await expect(page.locator('[data-search-filter]').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-search-chips] .chip').first().isVisible()).resolves.toBe(true);
    await page.close();
  });

  it.each(MULTI)('“%s”：高亮的是整词，没有单独一个字；摘要不用英文“. ”连接', async (query) => {
    const page = await served.browser.newPage();
    await search(page, searchUrl(query));
    const excerpts = await page.$$eval('[data-search-results] .search-hit-excerpt', (els) =>
      els.map((e) => ({
        text: e.textContent ?? '',
        marks: Array.from(e.querySelectorAll('mark'), (m) => m.textContent ?? ''),
      })),
    );
    expect(excerpts.length).toBeGreaterThan(0);
    const marks = excerpts.flatMap((e) => e.marks);
    expect(marks.length, '没有高亮').toBeGreaterThan(0);
    expect(marks.filter((m) => [...m].length < 2)).toEqual([]);
    for (const { text } of excerpts) {
      expect(text).not.toMatch(/\. (?=\p{Script=Han})|\p{Script=Han}\. /u);
      expect(text).not.toContain('\u200b');
    }
    await page.close();
  });

  it('a one-character query may highlight that character', async () => {
    const page = await served.browser.newPage();
    await search(page, searchUrl('党'));
    const marks = await page.$$eval('[data-search-results] mark', (els) => els.map((m) => m.textContent));
    expect(marks.length).toBeGreaterThan(0);
    expect(new Set(marks)).toEqual(new Set(['党']));
    await page.close();
  });
});
