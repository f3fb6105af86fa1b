/**
 * Forced colours (Windows high contrast), emulated: the flowcharts are drawn in the reader's colours (shapes in the
 * page colour, words, lines and arrows in the text colour, so they show on a black page as on a white one: the
 * emulation shows only one palette, hence the check that the system colours are used, not just a contrast); focus
 * is still visible; marks that carry meaning (示例, status and deadline badges) carry words with a border.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installFocusRecorder, openKind, walk } from '../support/access.ts';
import { BUILDS, onBuild } from '../support/builds.ts';
import { chromiumOrSkip } from '../support/chromium-or-skip.ts';
import { PAGE_KINDS } from '../support/page-kinds.ts';
import { serveInChromium } from '../support/served-site.ts';

const chromiumPath = chromiumOrSkip();
const build = BUILDS[0];
const kind = (name: string) => PAGE_KINDS.find((k) => k.kind === name)!;

describe.skipIf(!chromiumPath)(onBuild(build, '强制色彩（高对比度）'), () => {
  const served = serveInChromium(build, chromiumPath);
  let page: Page;
  beforeAll(async () => {
    page = await (await served.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.emulateMedia({ forcedColors: 'active' });
  });
  afterAll(() => page.context().close());

  it.each(['flowchart', 'procedure', 'diagram', 'print'])(
    '%s：流程图的文字、框线、连线和箭头用读者的系统颜色',
    async (name) => {
      await openKind(page, served.url, kind(name));
      expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
      const charts = await page.evaluate(() => {
        const body = getComputedStyle(document.body);
        const [text, canvas] = [body.color, body.backgroundColor];
        return Array.from(document.querySelectorAll('.diagram svg[role="img"]')).map((svg) => {
          const wrong: string[] = [];
          const check = (selector: string, prop: 'fill' | 'stroke', want: string, label: string) => {
            const els = Array.from(svg.querySelectorAll(selector));
            if (!els.length) wrong.push(`没有${label}`);
            const off = els.filter((el) => getComputedStyle(el).getPropertyValue(prop) !== want);
            if (off.length)
              wrong.push(
                `${label} ${off.length} 处 ${prop} 为 ${getComputedStyle(off[0]!).getPropertyValue(prop)}，应为 ${want}`,
              );
          };
          check('.node text', 'fill', text, '节点文字');
          check('.node rect.label-container, .node polygon', 'fill', canvas, '节点底色');
          check('.node rect.label-container, .node polygon', 'stroke', text, '节点框线');
          check('.flowchart-link', 'stroke', text, '连线');
          check('.edgeLabel text', 'fill', text, '连线上的文字');
          return { name: svg.querySelector('title')?.textContent ?? '', wrong };
        });
      });
      expect(charts.length).toBeGreaterThan(0);
      expect(charts.filter((c) => c.wrong.length)).toEqual([]);
    },
  );

  it.each(['procedure', 'flowchart', 'timeline', 'home'])('%s：焦点在强制色彩下仍然清晰可见', async (name) => {
    await openKind(page, served.url, kind(name));
    const count = await installFocusRecorder(page);
    const { stops } = await walk(page, 'Tab', count);
    expect(stops.flatMap((s) => s.problems.map((p) => `${s.what}：${p}`)).join('\n')).toBe('');
  });

  it.each(['cases', 'bulletin', 'rectification', 'role'])(
    '%s：示例、状态、时限等标记有文字和边框，不只靠颜色',
    async (name) => {
      await openKind(page, served.url, kind(name));
      const marks = await page.evaluate(() =>
        Array.from(document.querySelectorAll('.badge, [data-deadline]'))
          .filter((el) => el.getClientRects().length > 0)
          .map((el) => ({
            text: (el as HTMLElement).innerText.trim(),
            border: el.classList.contains('badge') ? getComputedStyle(el).borderTopStyle : 'solid',
          })),
      );
      expect(marks.length).toBeGreaterThan(0);
      expect(marks.filter((m) => !m.text || m.border === 'none')).toEqual([]);
    },
  );
});
