/**
 * The site by keyboard alone, on every page kind (tests/support/page-kinds.ts), in both builds: Tab from the top
 * reaches every control in document order, each with a visible focus ring that contrasts with what is behind it
 * and is neither cut off nor covered; the skip link comes first and moves focus to the content; Tab gets out of
 * every page (no trap) and Shift+Tab walks back the same way. Then the widgets: the header's quick search, the
 * 栏目 menu on a phone (Enter opens, Escape closes, focus stays on the bar), the self-check and timeline forms
 * filled and used by keys only.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installFocusRecorder, openKind, walk, type FocusStop } from '../support/access.ts';
import { BUILDS, BUILD_TITLE } from '../support/builds.ts';
import { chromiumOrSkip } from '../support/chromium-or-skip.ts';
import { PAGE_KINDS } from '../support/page-kinds.ts';
import { serveInChromium } from '../support/served-site.ts';

const chromiumPath = chromiumOrSkip();
// No locale override: a date field lays out its parts in the browser's own locale, which typeDate reads.
const DESKTOP = { viewport: { width: 1280, height: 900 } };
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

const focused = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      tag: el?.tagName ?? '',
      id: el?.id ?? '',
      text: el?.innerText?.trim() ?? '',
      name: el?.getAttribute('name') ?? '',
    };
  });

/** Problems of a walk, one line each, for a readable failure. */
const problemsOf = (stops: FocusStop[]) =>
  stops.flatMap((s) => [
    ...(s.index < 0 ? [`${s.what}：不在预期的 Tab 顺序中`] : []),
    ...s.problems.map((p) => `${s.what}：${p}`),
  ]);

describe.skipIf(!chromiumPath).each(BUILDS)(`${BUILD_TITLE}：只用键盘`, (build) => {
  const served = serveInChromium(build, chromiumPath);
  const root = build.base === '/';

  // Focus looks and moves the same under /djzy/; there the walk covers the pages whose links and scripts the base
  // path changes most (home, a procedure, the tools' forms), and the widgets below run in full.
  const kinds = root
    ? PAGE_KINDS
    : PAGE_KINDS.filter((k) => ['home', 'procedure', 'self-check', 'timeline'].includes(k.kind));

  // One window for all the pages: a new browser context costs about a second on a busy 2-core machine.
  let page: Page;
  beforeAll(async () => {
    page = await (await served.browser.newContext(DESKTOP)).newPage();
  });
  afterAll(() => page.context().close());

  it.each(kinds.map((k) => [k.kind, k] as const))(
    '%s：Tab 依次到达每个控件，焦点清晰可见，没有陷阱',
    async (_kind, kind) => {
      await openKind(page, served.url, kind);
      if (kind.kind === 'search') {
        // The search page loads its index when one of its search boxes takes focus, then hides its no-JS list of
        // pages and draws its 栏目 buttons: let that happen first, so the walk sees the page as it then stays.
        for (const box of await page.locator('main input[type="search"], #site-search-q').all()) await box.focus();
        await page.waitForLoadState('networkidle');
        // Back to the top of the page, as after loading it: the next Tab starts from the document's start.
        await page.evaluate(() => {
          document.body.tabIndex = -1;
          document.body.focus();
          document.body.blur();
          document.body.removeAttribute('tabindex');
        });
      }
      const count = await installFocusRecorder(page);
      const forward = await walk(page, 'Tab', count);
      expect(forward.stops[0]?.what, '第一个 Tab 应到“跳到正文”').toMatch(/跳到正文/);
      expect(problemsOf(forward.stops).join('\n')).toBe('');
      expect(forward.stops.map((s) => s.index)).toEqual(Array.from({ length: count }, (_, i) => i));
      expect(forward.left, '最后一个控件之后再按 Tab，焦点应离开页面（没有键盘陷阱）').toBe(true);
      // Back from the end with Shift+Tab: the same stops in reverse, and out before the first.
      // The list is taken again: the search page redraws its filters once the search index has loaded.
      const now = await installFocusRecorder(page);
      const back = await walk(page, 'Shift+Tab', now);
      expect(back.stops.map((s) => s.index)).toEqual(Array.from({ length: now }, (_, i) => now - 1 - i));
      expect(back.left).toBe(true);
    },
  );
});

/**
 * Types an ISO date into the focused date field as a person does: the digits of each part in the order the field
 * shows them (the browser's locale: 月/日/年 in an English Chromium, 年/月/日 in a Chinese one).
 */
async function typeDate(page: Page, iso: string): Promise<void> {
  const order = await page.evaluate(() =>
    new Intl.DateTimeFormat(undefined, { year: 'numeric', month: '2-digit', day: '2-digit' })
      .formatToParts(new Date(2025, 0, 2))
      .map((p) => p.type)
      .filter((t) => t === 'year' || t === 'month' || t === 'day'),
  );
  const [year, month, day] = iso.split('-') as [string, string, string];
  const parts = { year, month, day };
  // Each part is followed by a move to the next (a year field takes up to six digits and would not move on).
  for (const part of order) {
    await page.keyboard.type(parts[part]);
    if (part === 'year' && part !== order[order.length - 1]) await page.keyboard.press('ArrowRight');
  }
}

/** Tab (one press at a time, as a person does) until `selector` has focus; fails after `limit` presses. */
async function tabTo(page: Page, selector: string, limit = 80, key = 'Tab'): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press(key);
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  throw new Error(`按 ${limit} 次 ${key} 仍未到达 ${selector}`);
}

describe.skipIf(!chromiumPath).each(BUILDS)(`${BUILD_TITLE}：键盘操作的部件`, (build) => {
  const served = serveInChromium(build, chromiumPath);

  it.each(['flowchart', 'procedure'])(
    '%s：手机宽度下流程图比框宽，Tab 到图中链接时链接和焦点轮廓都滚进框内',
    async (name) => {
      const context = await served.browser.newContext(PHONE);
      const page = await context.newPage();
      await openKind(
        page,
        served.url,
        PAGE_KINDS.find((k) => k.kind === name)!,
      );
      const wide = await page.evaluate(() =>
        Array.from(document.querySelectorAll('.diagram-scroll')).some((b) => b.scrollWidth > b.clientWidth),
      );
      expect(wide, '这一页的流程图在手机上应比框宽（否则本测试测不到什么）').toBe(true);
      const count = await installFocusRecorder(page);
      const { stops } = await walk(page, 'Tab', count);
      expect(problemsOf(stops).join('\n')).toBe('');
      expect(stops.map((s) => s.index)).toEqual(Array.from({ length: count }, (_, i) => i));
      await context.close();
    },
  );

  it('跳到正文：第一个 Tab 到达，Enter 把焦点移到正文，下一个 Tab 从正文开始', async () => {
    const context = await served.browser.newContext(DESKTOP);
    const page = await context.newPage();
    await page.goto(served.url('guide/organization/establish-branch/'));
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ tag: 'A', text: '跳到正文' });
    await page.keyboard.press('Enter');
    expect(await focused(page)).toMatchObject({ id: 'main' });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement))).toBe(true);
    await context.close();
  });

  it('页头快速搜索：Tab 到搜索框，输入，↓ 进入结果，Esc 回到搜索框，Enter 打开搜索结果页', async () => {
    const context = await served.browser.newContext(DESKTOP);
    const page = await context.newPage();
    await page.goto(served.url(''));
    await tabTo(page, '#site-search-q', 5);
    await page.keyboard.type('成立党支部');
    const panel = page.locator('[data-quick-results]');
    await panel.locator('a[href]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    const first = await focused(page);
    expect(first.tag).toBe('A');
    expect(
      await page.evaluate(() => document.querySelector('[data-quick-results]')!.contains(document.activeElement)),
    ).toBe(true);
    await page.keyboard.press('Escape');
    expect(await focused(page)).toMatchObject({ id: 'site-search-q' });
    await expect(panel.isHidden()).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\/\?q=/);
    await page.locator('[data-search-results] a[href]').first().waitFor();
    await context.close();
  });

  it('手机上的栏目导航：Enter 打开，Tab 进入栏目，Esc 关闭并回到栏目条；空格同样可开关', async () => {
    const context = await served.browser.newContext(PHONE);
    const page = await context.newPage();
    await page.goto(served.url('guide/organization/establish-branch/'));
    const open = () => page.evaluate(() => (document.querySelector('[data-nav-menu]') as HTMLDetailsElement).open);
    const firstPillar = page.locator('.pillar-links a').first();
    await tabTo(page, '.nav-menu summary', 10);
    await page.keyboard.press('Enter');
    expect(await open()).toBe(true);
    expect(await focused(page)).toMatchObject({ tag: 'SUMMARY' });
    await page.keyboard.press('Tab');
    await expect(firstPillar.evaluate((a) => a === document.activeElement)).resolves.toBe(true);
    await expect(firstPillar.isVisible()).resolves.toBe(true);
    await page.keyboard.press('Escape');
    expect(await open()).toBe(false);
    expect(await focused(page)).toMatchObject({ tag: 'SUMMARY' });
    await expect(firstPillar.isVisible()).resolves.toBe(false);
    // Escape on the bar itself, and Space: open, close.
    await page.keyboard.press(' ');
    expect(await open()).toBe(true);
    await page.keyboard.press('Escape');
    expect(await open()).toBe(false);
    await page.keyboard.press(' ');
    await page.keyboard.press(' ');
    expect(await open()).toBe(false);
    // Closed, the next Tab passes over the hidden lists into the page.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.querySelector('main')!.contains(document.activeElement))).toBe(true);
    await context.close();
  });

  it('自查：只用键盘填写支部、日期、一项的结果和说明，按 Enter 导出 CSV', async () => {
    const context = await served.browser.newContext({ ...DESKTOP, acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(served.url('tools/self-check/'));
    await tabTo(page, 'input[name="branch"]', 200);
    await page.keyboard.type('第一党支部');
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ name: 'date' });
    await typeDate(page, '2025-06-30');
    expect(await page.inputValue('input[name="date"]')).toBe('2025-06-30');
    // The first item's answers are a radio group: Tab reaches it, the arrow keys choose, Tab goes on to its note.
    await tabTo(page, 'input[type="radio"]', 60);
    const group = await page.evaluate(() => (document.activeElement as HTMLInputElement).name);
    await page.keyboard.press('ArrowDown');
    const chosen = await page.evaluate(() => {
      const el = document.activeElement as HTMLInputElement;
      return { name: el.name, value: el.value, checked: el.checked };
    });
    expect(chosen).toMatchObject({ name: group, checked: true });
    await tabTo(page, `input[name="${group}-note"]`, 3);
    await page.keyboard.type('键盘填写的说明');
    await expect(page.locator('[data-self-check-status]').first().textContent()).resolves.toMatch(/^已填 1 项/);
    // The export buttons stand above the list as well as below it: back up to them.
    await tabTo(page, '[data-self-check-export="csv"]', 60, 'Shift+Tab');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('第一党支部自查表-2025-06-30.csv');
    await context.close();
  });

  it('时间推算：只用键盘输入日期，Tab 到“推算日期”按 Enter，读到推算结果', async () => {
    const context = await served.browser.newContext(DESKTOP);
    const page = await context.newPage();
    await page.goto(served.url('tools/timeline/branch-election/'));
    await tabTo(page, '#date-term-start', 100);
    await typeDate(page, '2023-06-15');
    expect(await page.inputValue('#date-term-start')).toBe('2023-06-15');
    await tabTo(page, '[data-action="solve"]', 120);
    await page.keyboard.press('Enter');
    // Term of 3 years from 2023-06-15 (支部条例第二十一条): ends 2026-06-15 (as in timeline.test.ts).
    await page.locator('#step-term-end [data-result] p').first().waitFor();
    await expect(page.locator('#step-term-end [data-result]').innerText()).resolves.toContain('应在：2026年6月15日');
    await context.close();
  });
});
