/**
 * Reflow and text size, on every page kind (tests/support/page-kinds.ts): at 320 CSS px (WCAG 1.4.10) and with text
 * at 200 % (WCAG 1.4.4: a 1280 px window zoomed to 200 %, i.e. 640 CSS px at device scale 2, with the root font
 * size doubled as a reader's browser setting does), normally and in 长者模式, nothing is lost: the page does not
 * scroll sideways, no text is cut off or runs past the window, headings and controls are wholly visible; a wide
 * table or chart scrolls inside its own named box (the two-dimensional exception), a paragraph never does.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lostContent, openKind } from '../support/access.ts';
import { BUILDS, onBuild } from '../support/builds.ts';
import { chromiumOrSkip } from '../support/chromium-or-skip.ts';
import { PAGE_KINDS } from '../support/page-kinds.ts';
import { serveInChromium } from '../support/served-site.ts';

const chromiumPath = chromiumOrSkip();
const build = BUILDS[0];

const WINDOWS = [
  { name: '320 px 宽', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1, doubleText: false },
  { name: '文字放大到 200%', viewport: { width: 640, height: 450 }, deviceScaleFactor: 2, doubleText: true },
] as const;

describe.skipIf(!chromiumPath)(onBuild(build, '窄屏重排与文字放大'), () => {
  const served = serveInChromium(build, chromiumPath);

  describe.each(WINDOWS)('$name', (win) => {
    let page: Page;
    beforeAll(async () => {
      const context = await served.browser.newContext({
        viewport: win.viewport,
        deviceScaleFactor: win.deviceScaleFactor,
        isMobile: win.viewport.width < 400,
      });
      // The reader's own “font size: very large”: the root size doubled, so every rem-sized text doubles.
      if (win.doubleText) {
        await context.addInitScript(() =>
          document.addEventListener('DOMContentLoaded', () => {
            document.documentElement.style.fontSize = '200%';
          }),
        );
      }
      page = await context.newPage();
    });
    afterAll(() => page.context().close());

    it.each(PAGE_KINDS.map((k) => [k.kind, k] as const))('%s：普通与长者模式都不丢内容', async (_kind, kind) => {
      await openKind(page, served.url, kind);
      if (win.doubleText) {
        const root = await page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
        expect(root, '根字号没有放大').toBe(32);
      }
      // The full-size chart page scrolls both ways by design (its purpose): its chart is left out.
      if (kind.kind === 'diagram') {
        await page.evaluate(() => document.querySelector<HTMLElement>('.diagram-canvas')?.setAttribute('hidden', ''));
      }
      const normal = await lostContent(page);
      // 长者模式 is the class the toggle puts on <html> (src/client/elder-mode.ts): set here without reloading.
      const elder = await page.evaluate(() => {
        document.documentElement.classList.add('elder');
        return parseFloat(getComputedStyle(document.querySelector('.page')!).fontSize);
      });
      expect(elder, '长者模式没有生效').toBeGreaterThanOrEqual(win.doubleText ? 40 : 20);
      const large = await lostContent(page);
      expect([...normal.map((l) => `普通：${l}`), ...large.map((l) => `长者模式：${l}`)].join('\n')).toBe('');
    });

    it('the check itself finds a paragraph that runs past the window and a box that cuts text off', async () => {
      await openKind(
        page,
        served.url,
        PAGE_KINDS.find((k) => k.kind === 'bulletin')!,
      );
      await page.evaluate(() => {
        const main = document.querySelector('main')!;
        const wide = document.createElement('p');
        wide.style.whiteSpace = 'nowrap';
        wide.textContent = '这是一段不会折行的很长很长很长很长很长很长很长很长很长很长很长很长很长很长很长的文字';
        const cut = document.createElement('div');
        cut.style.cssText = 'height: 1em; overflow: hidden';
        cut.textContent = '第一行\n第二行被裁去';
        cut.style.whiteSpace = 'pre';
        main.append(wide, cut);
      });
      const found = (await lostContent(page)).join('\n');
      expect(found).toContain('页面横向滚动');
      expect(found).toContain('文字伸出窗口');
      expect(found).toContain('overflow: hidden 裁去了内容');
    });
  });
});
