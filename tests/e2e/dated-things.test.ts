/**
 * Dated things shown as of their date (issue 30 items 3, 5 and 7), in the browser, over both builds: the home
 * page's newest sheet states its month and that it is an example, and nothing in it is marked 已过时限; an archived
 * sheet stays plain dates while the sheet of the reader's own month is marked; the ledger's states say as of when;
 * the calculator gives a 暂定 date for a step in a year whose holidays are not published; what the edition in force
 * changed is one step from the top of the home page and of the guide.
 */
import { describe, expect, it } from 'vitest';
import { BUILDS, BUILD_TITLE } from '../support/builds.ts';
import { chromiumOrSkip } from '../support/chromium-or-skip.ts';
import { serveInChromium } from '../support/served-site.ts';

const chromiumPath = chromiumOrSkip();
const PHONE = { width: 360, height: 740 };

describe.skipIf(!chromiumPath).each(BUILDS)(`${BUILD_TITLE}：日期如实`, (build) => {
  const served = serveInChromium(build, chromiumPath);

  /** A page at phone size; `today` fixes the reader's clock (the deadline marks are worked out from it). */
  async function open(path: string, today?: string) {
    const context = await served.browser.newContext({ viewport: PHONE });
    if (today) await context.clock.setFixedTime(new Date(`${today}T09:00:00+08:00`));
    const page = await context.newPage();
    await page.goto(served.url(path));
    await page.waitForLoadState('load');
    return { context, page };
  }

  it('the home page’s sheet states its month and that it is an example, and marks nothing overdue', async () => {
    const { context, page } = await open('');
    const block = page.locator('section:has(#bulletin-title)');
    await expect(block.locator('#bulletin-title').innerText()).resolves.toMatch(/2022年7月[\s\S]*示例/);
    const text = await block.innerText();
    expect(text).toContain('所列时限是2022年7月当期的安排。本期为示例，任务内容为示意，不是实际印发的提示单。');
    expect(await block.locator('[data-deadline]').count()).toBeGreaterThan(0);
    expect(text).not.toMatch(/已过时限|今天截止|还有 \d+ 天/);
    // The seed's figures say their date in the heading, not only in a note.
    await expect(page.locator('#figures-title').innerText()).resolves.toBe('工作成效（截至2022年7月）');
    await context.close();
  });

  it('an archived sheet shows its deadlines without 已过时限; the sheet of the reader’s month is marked', async () => {
    // Read today (any day after July 2022), the July 2022 sheet is an archive: plain dates only.
    const archived = await open('bulletins/2022-07/');
    await expect(archived.page.locator('[data-deadline]').first().innerText()).resolves.toMatch(/^时限：2022年7月/);
    expect(await archived.page.locator('.deadline-mark').count()).toBe(0);
    await expect(archived.page.locator('main').innerText()).resolves.not.toContain('已过时限');
    await archived.context.close();
    // Read on 2022-07-20, the same sheet is the reader's own: its deadline of 07-15 is past, that of 07-20 today.
    const own = await open('bulletins/2022-07/', '2022-07-20');
    await expect(own.page.locator('main').innerText()).resolves.toContain('已过时限');
    await expect(own.page.locator('main').innerText()).resolves.toContain('今天截止');
    await own.context.close();
    // …while the June sheet, read on that day, is an archive again.
    const june = await open('bulletins/2022-06/', '2022-07-20');
    expect(await june.page.locator('[data-deadline]').count()).toBeGreaterThan(0);
    expect(await june.page.locator('.deadline-mark').count()).toBe(0);
    await june.context.close();
  });

  it('the ledger’s states say as of when', async () => {
    const { context, page } = await open('rectification/');
    await expect(page.locator('#p01-title .badge').first().innerText()).resolves.toBe('截至2022年7月：已清零');
    const states = await page.locator('[data-problem] h4 .badge:not(.badge-example)').allInnerTexts();
    expect(states.length).toBe(28);
    for (const state of states) expect(state).toMatch(/^截至\d{4}年\d{1,2}月：(已清零|整改中|未启动)$/);
    await expect(page.locator('main').innerText()).resolves.toContain('整改进度（截至2022年7月）');
    await context.close();
  });

  it('the calculator gives a step in the next, unpublished year a date marked 暂定, with the reason', async () => {
    const { context, page } = await open('tools/timeline/member-recruitment/');
    await page.fill('#date-publicity', '2026-12-28');
    await page.click('[data-action="solve"]');
    const box = page.locator('#step-candidate [data-result]');
    await box.locator('p').first().waitFor();
    // 公示 from Monday 2026-12-28: 29, 30, 31 December, 元旦 (Friday 1 January) and the weekend skipped, then 4 and 5
    // January: the fifth working day is Tuesday 2027-01-05.
    const text = await box.innerText();
    expect(text).toContain('最早：2027年1月5日（周二，暂定）');
    expect(text).toContain('2027年的节假日安排本站尚未载入，载入后这一日期可能变动（见上方说明）');
    expect(text).not.toContain('无法计算');
    // The reason, and when the arrangement is usually published, once above the steps.
    const summary = await page.locator('[data-summary]').innerText();
    expect(summary).toContain('本站尚未载入2027年的节假日安排');
    expect(summary).toContain('未计春节、清明节、端午节、中秋节');
    expect(summary).toContain('国务院办公厅通常在上一年11月前后公布次年的安排，本站载入后这一日期可能变动');
    // The rules below say how a later year is counted, without the script too.
    await expect(page.locator('main').innerText()).resolves.toContain('2027年及以后的安排载入之前');
    await context.close();
  });

  it('what the edition in force changed is near the top of the home page and of the guide', async () => {
    for (const path of ['', 'guide/']) {
      const { context, page } = await open(path);
      const link = page.locator('main a', { hasText: '2026 年版改了什么' });
      await expect(link.getAttribute('href')).resolves.toBe(`${build.base}editions/2026/changes/`);
      // Within the first two phone screens, not eight screens down in the footer.
      const box = (await link.boundingBox())!;
      expect(box.y + box.height, path || '/').toBeLessThan(2 * PHONE.height);
      await context.close();
    }
  });

  it('the editions page says why 2025 has no edition, and no longer that there is one every year', async () => {
    const { context, page } = await open('editions/');
    const text = await page.locator('main').innerText();
    expect(text).toContain('2025年指引未修订，沿用2024 年版。');
    expect(text).not.toContain('每年修订');
    // Between the 2026 and the 2024 editions, where the reader looks for it.
    const items = await page.locator('.edition-list > li').allInnerTexts();
    const gap = items.findIndex((t) => t.startsWith('2025年指引未修订'));
    expect(items[gap - 1]).toMatch(/^2026 年版/);
    expect(items[gap + 1]).toMatch(/^2024 年版/);
    await context.close();
  });
});
