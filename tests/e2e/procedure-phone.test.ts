/**
 * A procedure page on a 360 × 740 phone, as a branch secretary reads it: the 工作程序 section starts within three
 * screens (2,220 px from the top of the document), within five in 长者模式 (3,700 px); the long facts (时限要求,
 * 文书模板, 依据) fold under one line each and open without JavaScript; a collapsed 本页目录 is there on a phone, in
 * 长者模式 and without JavaScript, and its links reach the page's sections; on paper the folds print open.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUILDS, BUILD_TITLE, ROOT } from '../support/builds.ts';
import { chromiumOrSkip } from '../support/chromium-or-skip.ts';
import { serveInChromium } from '../support/served-site.ts';

const chromiumPath = chromiumOrSkip();

const PHONE = { width: 360, height: 740 };
const SCREENS = { plain: 3 * PHONE.height, elder: 5 * PHONE.height };

/** Every procedure's address, from the content folders (content/guide/<chapter>/<id>.mdx). */
const PROCEDURES = readdirSync(join(ROOT, 'content/guide'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((chapter) =>
    readdirSync(join(ROOT, 'content/guide', chapter.name))
      .filter((file) => file.endsWith('.mdx'))
      .map((file) => `guide/${chapter.name}/${file.replace(/\.mdx$/, '')}/`),
  );

/** Where the 工作程序 section starts: the top of its first block after the heading, in document pixels. */
function stepsTop(page: Page): Promise<number | null> {
  return page.evaluate(() => {
    const heading = Array.from(document.querySelectorAll('.procedure-body h2')).find(
      (h) => h.textContent?.trim() === '工作程序',
    );
    const first = heading?.nextElementSibling;
    return first ? first.getBoundingClientRect().top + window.scrollY : null;
  });
}

/** The body text's size: 长者模式 sets it to 22 px. */
const bodyFontPx = (page: Page) =>
  page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.procedure-body p')!).fontSize));

describe.skipIf(!chromiumPath).each(BUILDS)(`${BUILD_TITLE}：手机上的工作程序页`, (build) => {
  const served = serveInChromium(build, chromiumPath);
  const contexts: Record<'plain' | 'elder' | 'noScript', BrowserContext> = {} as never;
  beforeAll(async () => {
    contexts.plain = await served.browser.newContext({ viewport: PHONE, isMobile: true });
    contexts.elder = await served.browser.newContext({ viewport: PHONE, isMobile: true });
    // 长者模式 as the toggle leaves it (src/client/elder-mode.ts), read before the page's first paint.
    await contexts.elder.addInitScript(() => localStorage.setItem('djzy-elder', '1'));
    contexts.noScript = await served.browser.newContext({ viewport: PHONE, isMobile: true, javaScriptEnabled: false });
  });
  afterAll(async () => {
    for (const context of Object.values(contexts)) await context.close();
  });

  it('lists all 20 procedures', () => {
    expect(PROCEDURES).toHaveLength(20);
  });

  it.each(PROCEDURES)('%s：工作程序在三屏内（长者模式五屏内）开始', async (path) => {
    for (const [mode, limit] of [
      ['plain', SCREENS.plain],
      ['elder', SCREENS.elder],
      ['noScript', SCREENS.plain],
    ] as const) {
      const page = await contexts[mode].newPage();
      await page.goto(served.url(path));
      expect(await bodyFontPx(page), `${mode}：正文字号`).toBe(mode === 'elder' ? 22 : 17);
      const top = await stepsTop(page);
      expect(top, `${mode}：没有找到“工作程序”一节`).not.toBeNull();
      expect(top!, `${mode}：“工作程序”从 ${top} px 开始`).toBeLessThanOrEqual(limit);
      // The long facts are folded (closed) and say what they hold; 依据 is on every procedure.
      const folds = await page.locator('.facts-panel details.fold > summary').allInnerTexts();
      expect(
        folds.some((s) => /^依据（\d+条）/.test(s)),
        folds.join('|'),
      ).toBe(true);
      expect(await page.locator('.facts-panel details.fold[open]').count()).toBe(0);
      await page.close();
    }
  });

  it.each([
    ['plain', '有脚本'],
    ['elder', '长者模式'],
    ['noScript', '无脚本'],
  ] as const)('本页目录：%s（%s）在手机上折叠显示，点开后链接跳到各节', async (mode, _name) => {
    for (const path of PROCEDURES) {
      const page = await contexts[mode].newPage();
      await page.goto(served.url(path));
      const toc = page.locator('details.page-toc');
      await expect(toc.isVisible(), `${path}：看不到本页目录`).resolves.toBe(true);
      expect(await toc.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
      // Before the facts: it is the first thing after the page's title and notices.
      const beforeFacts = await page.evaluate(
        () =>
          document.querySelector('.page-toc')!.compareDocumentPosition(document.querySelector('.facts-panel')!) ===
          Node.DOCUMENT_POSITION_FOLLOWING,
      );
      expect(beforeFacts).toBe(true);
      await toc.locator('summary').click();
      const link = toc.getByRole('link', { name: '工作程序', exact: true });
      await expect(link.isVisible()).resolves.toBe(true);
      // Every link names a section on the page.
      const missing = await toc.evaluate((d) =>
        Array.from(d.querySelectorAll('a'))
          .map((a) => decodeURIComponent(a.hash.slice(1)))
          .filter((id) => !document.getElementById(id)),
      );
      expect(missing, path).toEqual([]);
      await link.click();
      await expect.poll(() => page.evaluate(() => decodeURIComponent(location.hash))).toBe('#工作程序');
      const headingTop = await page.evaluate(() => document.getElementById('工作程序')!.getBoundingClientRect().top);
      expect(headingTop, `${path}：点“工作程序”后标题不在屏幕顶部`).toBeGreaterThanOrEqual(-1);
      expect(headingTop).toBeLessThan(PHONE.height / 2);
      await page.close();
    }
  });

  it('长者模式 without JavaScript (#zhangzhe) shows the folded 本页目录 too', async () => {
    const page = await contexts.noScript.newPage();
    await page.goto(served.url(`${PROCEDURES[0]}#zhangzhe`));
    expect(await bodyFontPx(page)).toBe(22);
    await expect(page.locator('details.page-toc').isVisible()).resolves.toBe(true);
    await page.close();
  });

  it('a 1280 px screen keeps the outline column and shows no second outline', async () => {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(served.url('guide/members/member-recruitment/'));
    await expect(page.locator('.doc-toc nav').isVisible()).resolves.toBe(true);
    await expect(page.locator('details.page-toc').isVisible()).resolves.toBe(false);
    await context.close();
  });

  it('a fold opens without JavaScript and shows what it holds', async () => {
    const page = await contexts.noScript.newPage();
    await page.goto(served.url('guide/members/member-recruitment/'));
    const fold = page.locator('.facts-panel details.fold', { hasText: '依据' });
    const list = fold.locator('.citations');
    await expect(list.isVisible()).resolves.toBe(false);
    await fold.locator('summary').press('Enter');
    await expect(list.isVisible()).resolves.toBe(true);
    await page.close();
  });

  it.each([
    ['有脚本', 'plain'],
    ['无脚本', 'noScript'],
  ] as const)('on paper (%s) every fold prints open and the outline is left out', async (_name, mode) => {
    const page = await contexts[mode].newPage();
    await page.goto(served.url('guide/members/member-recruitment/'));
    await page.emulateMedia({ media: 'print' });
    const shown = await page.evaluate(() =>
      Array.from(document.querySelectorAll('.facts-panel details.fold')).map((d) =>
        Array.from(d.querySelectorAll(':scope > :not(summary)')).reduce(
          (sum, child) => sum + child.getBoundingClientRect().height,
          0,
        ),
      ),
    );
    expect(shown.length).toBe(3);
    for (const height of shown) expect(height).toBeGreaterThan(20);
    await expect(page.locator('details.page-toc').isVisible()).resolves.toBe(false);
    await page.close();
  });
});
