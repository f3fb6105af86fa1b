/** Behaviour a reader relies on: 长者模式 with and without JS, the skip link, the header search entry. */
import { describe, expect, it } from 'vitest';
import { SEED_COUNTS } from '../../src/schemas/seed-facts.ts';
import { BUILDS, onBuild } from '../support/builds.ts';
import { chromiumOrSkip } from '../support/chromium-or-skip.ts';
import { serveInChromium } from '../support/served-site.ts';

const chromiumPath = chromiumOrSkip();

describe.skipIf(!chromiumPath)(onBuild(BUILDS[0], 'reader interactions'), () => {
  const served = serveInChromium(BUILDS[0], chromiumPath);
  const bodySize = (page: import('playwright-core').Page) =>
    page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('main p') ?? document.body).fontSize));

  it('长者模式 with JS: enlarges text to ≥ 20px, is a pressed toggle, and is remembered across pages', async () => {
    const page = await served.browser.newPage();
    await page.goto(served.url('guide/'));
    expect(await bodySize(page)).toBeLessThan(20);
    const toggle = page.locator('[data-elder-toggle]');
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('false');
    await toggle.click();
    expect(await bodySize(page)).toBeGreaterThanOrEqual(20);
    await expect(toggle.getAttribute('aria-pressed')).resolves.toBe('true');
    await page.goto(served.url('duties/'));
    expect(await page.evaluate(() => document.documentElement.classList.contains('elder'))).toBe(true);
    expect(await bodySize(page)).toBeGreaterThanOrEqual(20);
    await page.locator('[data-elder-toggle]').click();
    expect(await bodySize(page)).toBeLessThan(20);
    await page.close();
  });

  it('长者模式 without JS: the plain link enlarges the page', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(served.url('guide/'));
    expect(await bodySize(page)).toBeLessThan(20);
    await page.click('a.elder-toggle');
    expect(page.url()).toMatch(/#zhangzhe$/);
    expect(await bodySize(page)).toBeGreaterThanOrEqual(20);
    await context.close();
  });

  it('the first Tab reaches the skip link, which moves focus to the content', async () => {
    const page = await served.browser.newPage();
    await page.goto(served.url(''));
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.textContent)).resolves.toBe('跳到正文');
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await page.close();
  });

  it('the header search form leads to the search page with full-text results', async () => {
    const page = await served.browser.newPage();
    await page.goto(served.url(''));
    await page.fill('#site-search-q', '成立党支部');
    await page.press('#site-search-q', 'Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.waitForSelector('[data-search-results] .search-hit');
    await expect(page.locator('[data-search-status]').textContent()).resolves.toMatch(/找到 \d+ 个页面/);
    const titles = await page.locator('[data-search-results] .search-hit h2').allTextContents();
    expect(titles).toContain('成立党支部');
    await page.close();
  });

  it('prints content only: no header, navigation, sidebar or outline', async () => {
    const page = await served.browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(served.url('guide/organization/establish-branch/'));
    await page.emulateMedia({ media: 'print' });
    const hidden = await page.evaluate(() =>
      ['.site-header', '.site-nav', '.doc-sidebar', '.doc-toc', '.breadcrumbs', '.prev-next'].map(
        (selector) => getComputedStyle(document.querySelector(selector)!).display,
      ),
    );
    expect(hidden).toEqual(['none', 'none', 'none', 'none', 'none', 'none']);
    await expect(page.locator('h1').isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('the regulation catalogue sorts by date with JS and stays grouped by level without it', async () => {
    const page = await served.browser.newPage();
    await page.goto(served.url('regulations/'));
    const issued = () =>
      page
        .locator('[data-sorted-view] [data-issued]')
        .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.issued!));
    await page.click('[data-sort-toggle]');
    const dates = await issued();
    expect(dates.length).toBeGreaterThan(15);
    expect(dates).toEqual([...dates].sort().reverse());
    await expect(page.locator('[data-level-group]').first().isVisible()).resolves.toBe(false);
    await page.click('[data-sort-toggle]');
    await expect(page.locator('[data-level-group]').first().isVisible()).resolves.toBe(true);
    expect(await issued()).toEqual([]);
    await page.close();

    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(served.url('regulations/'));
    await expect(noJs.locator('[data-sort-toggle]').isVisible()).resolves.toBe(false);
    expect(await noJs.locator('[data-level-group] [data-issued]').count()).toBeGreaterThan(15);
    await context.close();
  });

  it('the template list filters as you type with JS, and is the grouped list without it', async () => {
    const page = await served.browser.newPage();
    await page.goto(served.url('templates/'));
    const visible = () => page.locator('[data-template]:visible').count();
    const total = await page.locator('[data-template]').count();
    expect(total).toBeGreaterThan(0);
    expect(await visible()).toBe(total);
    await page.fill('#template-q', '请示');
    const shown = await visible();
    expect(shown).toBeGreaterThan(0);
    expect(await page.locator('[data-template]:visible a').first().textContent()).toContain('请示');
    await page.fill('#template-q', '不可能出现的词');
    expect(await visible()).toBe(0);
    await expect(page.locator('[data-template-status]').textContent()).resolves.toBe('显示 0 个模板。');
    await page.close();

    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(served.url('templates/'));
    await expect(noJs.locator('[data-template-filter]').isVisible()).resolves.toBe(false);
    expect(await noJs.locator('[data-template]:visible').count()).toBe(total);
    await context.close();
  });

  it('the ledger filters by status, category and department with JS, and is the whole ledger without it', async () => {
    const page = await served.browser.newPage();
    await page.goto(served.url('rectification/'));
    const total = await page.locator('[data-problem]').count();
    expect(total).toBe(SEED_COUNTS.problems.count);
    await page.selectOption('#ledger-status', '已清零');
    const cleared = await page.locator('[data-problem]:visible').count();
    expect(cleared).toBeGreaterThanOrEqual(3);
    expect(cleared).toBeLessThan(total);
    const badges = await page.locator('[data-problem]:visible .badge-ok').allTextContents();
    // Each state says as of when (the problem's statusAsOf): “截至2022年7月：已清零”.
    expect(badges.every((b) => /^截至\d{4}年\d{1,2}月：已清零$/.test(b))).toBe(true);
    await page.selectOption('#ledger-status', '');
    await page.selectOption('#ledger-department', '财务部门');
    const finance = await page
      .locator('[data-problem]:visible')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.departments));
    expect(finance.length).toBeGreaterThan(0);
    expect(finance.every((d) => d!.split('|').includes('财务部门'))).toBe(true);
    await page.close();

    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(served.url('rectification/'));
    await expect(noJs.locator('[data-ledger-filter]').isVisible()).resolves.toBe(false);
    expect(await noJs.locator('[data-problem]:visible').count()).toBe(total);
    await context.close();
  });

  it('the ledger keeps its filters in the address: choosing writes the query, loading the query restores the view', async () => {
    const page = await served.browser.newPage();
    await page.goto(served.url('rectification/'));
    await page.selectOption('#ledger-status', '整改中');
    await page.selectOption('#ledger-department', '财务部门');
    const query = new URL(page.url()).searchParams;
    expect([query.get('status'), query.get('department'), query.get('chapter')]).toEqual(['整改中', '财务部门', null]);
    const shown = await page
      .locator('[data-problem]:visible')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.number));
    expect(shown.length).toBeGreaterThan(0);
    const status = await page.locator('[data-ledger-status]').textContent();
    expect(status).toBe(`显示 ${shown.length} 个问题。`);

    // The address as shared: a fresh page opened on it shows the same selects, problems and count.
    const shared = await served.browser.newPage();
    await shared.goto(page.url());
    await expect(shared.inputValue('#ledger-status')).resolves.toBe('整改中');
    await expect(shared.inputValue('#ledger-department')).resolves.toBe('财务部门');
    await expect(shared.inputValue('#ledger-chapter')).resolves.toBe('');
    const restored = await shared
      .locator('[data-problem]:visible')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.number));
    expect(restored).toEqual(shown);
    await expect(shared.locator('[data-ledger-status]').textContent()).resolves.toBe(status);

    // Back to 全部: the bare address again, the whole ledger in number order.
    await shared.selectOption('#ledger-status', '');
    await shared.selectOption('#ledger-department', '');
    expect(new URL(shared.url()).search).toBe('');
    const all = await shared
      .locator('[data-problem]:visible')
      .evaluateAll((els) => els.map((e) => Number((e as HTMLElement).dataset.number)));
    expect(all).toEqual(Array.from({ length: SEED_COUNTS.problems.count }, (_, i) => i + 1));
    await page.close();
    await shared.close();
  });

  it('ledger states and deadline marks never wrap, at 360 px in 长者模式 too', async () => {
    const page = await served.browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(served.url('rectification/'));
    await page.evaluate(() => document.documentElement.classList.add('elder'));
    // A cell's text on one line: its text lays out in a single box.
    const lines = (selector: string) =>
      page.locator(selector).evaluateAll((els) =>
        els.map((e) => {
          const range = document.createRange();
          range.selectNodeContents(e);
          return new Set(Array.from(range.getClientRects(), (r) => Math.round(r.top))).size;
        }),
      );
    const states = await lines('td.measure-status, th.measure-status');
    expect(states.length).toBe(SEED_COUNTS.measures.count + SEED_COUNTS.problems.count);
    expect(states.every((n) => n === 1)).toBe(true);

    // The bulletin's marks are whole badges after the whole “时限：…前” phrase. Marks show only on the sheet of the
    // reader's own month, so the page is read on 2022-07-20 (as tests/e2e/dated-things.test.ts does).
    await page.clock.setFixedTime(new Date('2022-07-20T09:00:00+08:00'));
    await page.goto(served.url('bulletins/2022-07/'));
    await page.evaluate(() => document.documentElement.classList.add('elder'));
    const marks = await lines('.deadline-mark');
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.every((n) => n === 1)).toBe(true);
    const follows = await page
      .locator('.deadline-mark')
      .evaluateAll((els) => els.every((m) => m.previousElementSibling?.matches('[data-deadline]')));
    expect(follows).toBe(true);
    await page.close();
  });

  it('the case gallery filters by series with JS, and links the series pages without it', async () => {
    const page = await served.browser.newPage();
    await page.goto(served.url('cases/'));
    const total = await page.locator('.case-card').count();
    expect(total).toBeGreaterThanOrEqual(SEED_COUNTS.cases.count);
    await page.click('[data-case-chips] button[data-value="fenjin-rongguan"]');
    const shown = await page
      .locator('.case-card:visible')
      .evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.series));
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((s) => s === 'fenjin-rongguan')).toBe(true);
    await page.close();

    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(served.url('cases/'));
    await expect(noJs.locator('[data-case-chips]').isVisible()).resolves.toBe(false);
    expect(await noJs.locator('.series-list a').count()).toBe(SEED_COUNTS.series.count);
    expect(await noJs.locator('.case-card:visible').count()).toBe(total);
    await context.close();
  });
});
