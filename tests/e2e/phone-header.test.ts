/**
 * The header on a 360×740 phone leaves room for the page: the title (h1) starts on the first screen, normal and in
 * 长者模式, with and without JS; no button label wraps; the 栏目 menu folds and opens without JS; a 1280 px screen
 * still shows the whole navigation at once; the “/” hint appears only where the shortcut and a keyboard exist.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { PILLARS, QUICK_LINKS } from '../../src/lib/navigation.ts';
import { BUILDS, onBuild } from '../support/builds.ts';
import { chromiumOrSkip } from '../support/chromium-or-skip.ts';
import { serveInChromium } from '../support/served-site.ts';

const chromiumPath = chromiumOrSkip();
const build = BUILDS[0];
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const DESKTOP = { viewport: { width: 1280, height: 900 } };
/** Half of the phone's first screen: the page's own title must begin above it. */
const H1_LIMIT = 370;
const PAGES = [
  ['首页', ''],
  ['工作程序页', 'guide/organization/establish-branch/'],
  ['搜索页', 'search/'],
] as const;
const MODES = [
  { name: '普通，有脚本', elder: false, js: true },
  { name: '普通，无脚本', elder: false, js: false },
  { name: '长者模式，有脚本', elder: true, js: true },
  { name: '长者模式，无脚本', elder: true, js: false },
] as const;

/** A page in the given mode: with JS 长者模式 is remembered in localStorage, without it the #zhangzhe link is used. */
async function openPage(
  browser: Browser,
  url: string,
  mode: { elder: boolean; js: boolean },
  device: object = PHONE,
): Promise<Page> {
  const context = await browser.newContext({ ...device, javaScriptEnabled: mode.js });
  if (mode.elder && mode.js) await context.addInitScript(() => localStorage.setItem('djzy-elder', '1'));
  const page = await context.newPage();
  await page.goto(mode.elder && !mode.js ? `${url}#zhangzhe` : url);
  const bodySize = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.page')!).fontSize));
  if (mode.elder) expect(bodySize, '长者模式没有生效').toBeGreaterThanOrEqual(20);
  else expect(bodySize).toBeLessThan(20);
  return page;
}

const close = (page: Page) => page.context().close();

/** Selectors of the header's buttons a reader taps on a phone. */
const BUTTONS = ['.search-entry button', '[data-elder-toggle]', '.nav-menu summary'];

describe.skipIf(!chromiumPath)(onBuild(build, 'the header on a 360 px phone'), () => {
  const served = serveInChromium(build, chromiumPath);

  describe.each(MODES)('$name', (mode) => {
    it.each(PAGES)(`${mode.name}：%s 的标题（h1）从第一屏上半部开始`, async (_name, path) => {
      const page = await openPage(served.browser, served.url(path), mode);
      const top = await page.evaluate(() => document.querySelector('h1')!.getBoundingClientRect().top + scrollY);
      expect(top).toBeLessThanOrEqual(H1_LIMIT);
      await expect(page.locator('.pillar-links a').first().isVisible()).resolves.toBe(false);
      await close(page);
    });

    it(`${mode.name}：按钮文字不折行，按钮至少 44 px 高，都在屏幕之内`, async () => {
      const page = await openPage(served.browser, served.url('guide/organization/establish-branch/'), mode);
      const buttons = await page.evaluate((selectors) => {
        return selectors.map((selector) => {
          const el = document.querySelector<HTMLElement>(selector)!;
          const range = document.createRange();
          range.selectNodeContents(el);
          const rects = Array.from(range.getClientRects()).filter((r) => r.width > 0 && r.height > 0);
          const box = el.getBoundingClientRect();
          return {
            selector,
            text: el.textContent!.trim(),
            // One line: every piece of text shares a band (a wrapped second line starts below the first's bottom).
            oneLine: Math.max(...rects.map((r) => r.top)) < Math.min(...rects.map((r) => r.bottom)),
            height: box.height,
            inside: box.left >= 0 && box.right <= innerWidth,
          };
        });
      }, BUTTONS);
      for (const b of buttons) {
        expect(b.oneLine, `${b.selector}「${b.text}」折行了`).toBe(true);
        expect(b.height, `${b.selector} 的点击区域`).toBeGreaterThanOrEqual(44);
        expect(b.inside, `${b.selector} 伸出了屏幕`).toBe(true);
      }
      if (mode.elder && mode.js) expect(buttons[1]!.text).toBe('退出长者模式');
      await close(page);
    });
  });

  it.each([false, true])('无脚本时栏目菜单默认收起，点开后显示每个栏目和快捷入口（长者模式：%s）', async (elder) => {
    const page = await openPage(served.browser, served.url('guide/'), { elder, js: false });
    const summary = page.locator('.nav-menu summary');
    await expect(summary.isVisible()).resolves.toBe(true);
    await expect(page.locator('.site-nav .nav-lists').isVisible()).resolves.toBe(false);
    await summary.click();
    for (const link of [...PILLARS, ...QUICK_LINKS]) {
      const a = page.locator('.site-nav .nav-lists a', { hasText: link.label }).first();
      await expect(a.isVisible(), link.label).resolves.toBe(true);
      const box = (await a.boundingBox())!;
      expect(box.height, `${link.label} 的点击区域`).toBeGreaterThanOrEqual(44);
    }
    await expect(page.locator('.pillar-links a[aria-current]').textContent()).resolves.toContain('工作指引');
    // Opening the menu must not end 长者模式 (which, without JS, lasts while #zhangzhe is the target).
    expect(await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.page')!).fontSize))).toBe(
      elder ? 22 : 17,
    );
    await summary.click();
    await expect(page.locator('.site-nav .nav-lists').isVisible()).resolves.toBe(false);
    await close(page);
  });

  it('栏目菜单可用键盘打开，焦点清晰可见，链接标明当前栏目', async () => {
    const page = await openPage(served.browser, served.url('guide/organization/establish-branch/'), {
      elder: false,
      js: true,
    });
    await page.locator('[data-elder-toggle]').focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({
      tag: document.activeElement?.tagName,
      outline: getComputedStyle(document.activeElement!).outlineStyle,
    }));
    expect(focused).toEqual({ tag: 'SUMMARY', outline: 'solid' });
    await page.keyboard.press('Enter');
    await expect(page.locator('.pillar-links a').first().isVisible()).resolves.toBe(true);
    await expect(page.getAttribute('.site-nav', 'aria-label')).resolves.toBe('主栏目');
    await expect(page.getAttribute('.quick-links', 'aria-label')).resolves.toBe('快捷入口');
    await expect(page.locator('.pillar-links a[aria-current]').textContent()).resolves.toContain('工作指引');
    await close(page);
  });

  it.each(PAGES)('%s：手机上打开的菜单和页头通过 axe（WCAG 2.1 AA，普通和长者模式）', async (_name, path) => {
    // The whole page is checked at 1280 px by pages.test.ts; here the header and the open menu at 360 px.
    for (const elder of [false, true]) {
      const page = await openPage(served.browser, served.url(path), { elder, js: true });
      await page.click('.nav-menu summary');
      const axe = await new AxeBuilder({ page })
        .include('.site-header')
        .include('.site-nav')
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        .analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
      await close(page);
    }
  });

  it('“按 / 键”提示只在有脚本、有键盘的宽屏上出现', async () => {
    const hint = (page: Page) => page.getAttribute('#site-search-q', 'placeholder');
    const phone = await openPage(served.browser, served.url(''), { elder: false, js: true });
    await expect(hint(phone)).resolves.not.toContain('/');
    await close(phone);
    const desktop = await openPage(served.browser, served.url(''), { elder: false, js: true }, DESKTOP);
    await expect(hint(desktop)).resolves.toContain('按 / 键');
    await desktop.keyboard.press('/');
    await expect(desktop.evaluate(() => document.activeElement?.id)).resolves.toBe('site-search-q');
    await close(desktop);
    const noJs = await openPage(served.browser, served.url(''), { elder: false, js: false }, DESKTOP);
    await expect(hint(noJs)).resolves.not.toContain('/');
    await close(noJs);
  });
});

describe.skipIf(!chromiumPath)(onBuild(build, 'the header on a 1280 px screen'), () => {
  const served = serveInChromium(build, chromiumPath);

  it.each(MODES)('$name：不用打开任何东西，整个导航都看得见', async (mode) => {
    const page = await openPage(served.browser, served.url('guide/organization/establish-branch/'), mode, DESKTOP);
    await expect(page.locator('.nav-menu').isVisible()).resolves.toBe(false);
    for (const link of [...PILLARS, ...QUICK_LINKS]) {
      const a = page.locator('.site-nav a', { hasText: link.label }).first();
      await expect(a.isVisible(), link.label).resolves.toBe(true);
    }
    // One band under the header, as before: the pillars side by side, the search and 长者模式 on the title's row.
    const tops = await page
      .locator('.pillar-links a')
      .evaluateAll((links) => links.map((a) => Math.round(a.getBoundingClientRect().top)));
    expect(new Set(tops).size).toBe(1);
    const rows = await page.evaluate(() =>
      ['.site-title', '.search-entry', '[data-elder-toggle]'].map((s) => {
        const r = document.querySelector(s)!.getBoundingClientRect();
        return r.top + r.height / 2;
      }),
    );
    for (const centre of rows) expect(Math.abs(centre - rows[0]!)).toBeLessThan(12);
    await close(page);
  });
});
