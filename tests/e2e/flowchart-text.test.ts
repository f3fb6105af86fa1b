/**
 * A flowchart's text version where readers read it: on a 360 px phone the page leads with the numbered steps and the
 * chart is one tap away at full size (also without JavaScript and in 长者模式); on a 1280 px screen the chart comes
 * first and, where it is wider than its column, takes the page's width instead of scrolling in the column (the
 * flowchart page and the procedure page, normal and 长者模式); on paper the chart, then the text. The page shows the
 * very words the text version gives (flowchart-text.ts), templates named as the templates are.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cachedSvg } from '../../src/lib/diagrams/cache.ts';
import { readViewBox, screenFit } from '../../src/lib/diagrams/fit.ts';
import { mermaidFences } from '../../src/lib/diagrams/sources.ts';
import { readFlowchart } from '../../src/lib/flowchart-graph.ts';
import { flowchartLines, flowchartText } from '../../src/lib/flowchart-text.ts';
import { SEED_COUNTS } from '../../src/schemas/seed-facts.ts';
import { BUILDS, BUILD_TITLE, ROOT } from '../support/builds.ts';
import { chromiumOrSkip } from '../support/chromium-or-skip.ts';
import { serveInChromium } from '../support/served-site.ts';

const chromiumPath = chromiumOrSkip();

const CHARTS = readdirSync(join(ROOT, 'content/flowcharts'))
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => f.replace(/\.mdx$/, ''))
  .sort();

/** Each template's page and name as the site gives it (“模板9：…”), from the templates' front matter. */
const TEMPLATE_NAMES = new Map(
  readdirSync(join(ROOT, 'content/templates'))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => {
      const head = readFileSync(join(ROOT, 'content/templates', f), 'utf8').split('\n---')[0]!;
      const title = /^title: (.+)$/m.exec(head)![1]!.trim();
      const number = /^number: (\d+)$/m.exec(head)![1]!;
      return [`/templates/${f.replace(/\.mdx$/, '')}/`, `模板${number}：${title}`];
    }),
);

const sourceOf = (id: string) =>
  mermaidFences(readFileSync(join(ROOT, 'content/flowcharts', `${id}.mdx`), 'utf8'))[0]!.source;

/** The text version's words without spaces and list marks, to hold against a page's text. */
const squeeze = (s: string) => s.replace(/[\s·]/g, '');

const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const SCREEN = { viewport: { width: 1280, height: 900 } };

async function open(
  served: ReturnType<typeof serveInChromium>,
  path: string,
  options: { screen: typeof PHONE | typeof SCREEN; elder?: boolean; javaScriptEnabled?: boolean },
) {
  const context = await served.browser.newContext({
    ...options.screen,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
  });
  if (options.elder) await context.addInitScript(() => localStorage.setItem('djzy-elder', '1'));
  const page = await context.newPage();
  await page.goto(served.url(path));
  return { context, page };
}

/** Where the text and the chart sit on the page (document coordinates), and what shows. */
function layout(page: Page) {
  return page.evaluate(() => {
    const top = (selector: string) => {
      const el = document.querySelector(selector);
      return el ? el.getBoundingClientRect().top + window.scrollY : NaN;
    };
    const link = document.querySelector<HTMLElement>('.flow-chart-link');
    return {
      textTop: top('.flowchart-text .flow-text'),
      chartTop: top('figure.diagram .diagram-scroll'),
      linkTop: top('.flow-chart-link'),
      linkShown: Boolean(link && link.offsetParent !== null),
      elder: document.documentElement.classList.contains('elder') || location.hash === '#zhangzhe',
    };
  });
}

/** The chart's box: its place and width, whether it scrolls, and the page's own sideways overflow. */
function chartBox(page: Page) {
  return page.evaluate(() => {
    const region = document.querySelector<HTMLElement>('figure.diagram .diagram-scroll')!;
    const box = region.getBoundingClientRect();
    const column = region.parentElement!.getBoundingClientRect();
    return {
      left: box.left,
      right: box.right,
      width: box.width,
      columnWidth: column.width,
      scrolls: region.scrollWidth > region.clientWidth + 1,
      pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
    };
  });
}

describe.skipIf(!chromiumPath).each(BUILDS)(`${BUILD_TITLE}：流程图的文字步骤`, (build) => {
  const served = serveInChromium(build, chromiumPath);

  it('has every chart', () => {
    expect(CHARTS).toHaveLength(SEED_COUNTS.flowcharts.count);
  });

  it.each(CHARTS)('360 px 手机：%s 先是文字步骤，一点就看原尺寸的图', async (id) => {
    const { context, page } = await open(served, `flowcharts/${id}/`, { screen: PHONE });
    const at = await layout(page);
    expect(at.textTop, '手机上文字步骤应在图之前').toBeLessThan(at.chartTop);
    expect(at.linkShown, '手机上应有“查看流程图（原尺寸）”').toBe(true);
    expect(at.linkTop).toBeLessThan(at.textTop);
    // The page shows the text version's words, in order.
    const shown = await page.locator('.flowchart-text > .flow-text').innerText();
    const lines = flowchartLines(flowchartText(readFlowchart(sourceOf(id)), (href) => TEMPLATE_NAMES.get(href)));
    expect(squeeze(shown)).toBe(squeeze(lines.join('')));
    // One tap: the chart's own page at its drawn size, under the build's base.
    await page.getByRole('link', { name: '查看流程图（原尺寸）' }).click();
    await page.waitForLoadState();
    expect(new URL(page.url()).pathname).toMatch(new RegExp(`^${build.base}diagrams/[0-9a-f]{16}/$`));
    const full = await page.evaluate(() => {
      const svg = document.querySelector<SVGSVGElement>('.diagram-canvas > svg')!;
      return { width: svg.getBoundingClientRect().width, drawn: svg.viewBox.baseVal.width };
    });
    expect(full.width, '原尺寸页上的图不应缩小').toBeGreaterThanOrEqual(full.drawn - 1);
    await context.close();
  });

  it.each([
    ['不用 JavaScript', { javaScriptEnabled: false }],
    ['长者模式', { elder: true }],
  ] as const)('360 px 手机，%s：文字在前，原尺寸链接可用', async (_name, options) => {
    const { context, page } = await open(served, 'flowcharts/branch-election/', { screen: PHONE, ...options });
    const at = await layout(page);
    if ('elder' in options) expect(at.elder).toBe(true);
    expect(at.textTop).toBeLessThan(at.chartTop);
    expect(at.linkShown).toBe(true);
    const href = await page.getByRole('link', { name: '查看流程图（原尺寸）' }).getAttribute('href');
    const response = await page.goto(new URL(href!, page.url()).href);
    expect(response?.status()).toBe(200);
    await expect(page.locator('.diagram-canvas > svg').count()).resolves.toBe(1);
    await context.close();
  });

  describe.each([
    { name: '普通', elder: false },
    { name: '长者模式', elder: true },
  ])('1280 px 屏幕，$name', ({ elder }) => {
    it.each(CHARTS)('%s：图在前；比栏宽的图用整个页面的宽度，不在栏内滚动', async (id) => {
      const { context, page } = await open(served, `flowcharts/${id}/`, { screen: SCREEN, elder });
      const at = await layout(page);
      expect(at.elder).toBe(elder);
      expect(at.chartTop, '宽屏上图应在文字步骤之前').toBeLessThan(at.textTop);
      expect(at.linkShown, '宽屏上图就在上面，不另给原尺寸链接').toBe(false);
      const key = (await page.getAttribute('figure.diagram', 'data-diagram'))!;
      const fit = screenFit(readViewBox(cachedSvg(key)!)!);
      // The width the chart asks (drawn size; 长者模式 larger), and the least it can be drawn at.
      const [wants, least] = elder ? [fit.elderMaxPx, fit.elderMinPx] : [fit.maxPx, fit.minPx];
      const BOX = 18; // the scroll box's padding and border
      const PAGE_WIDTH = 1280 - 2 * 16;

      for (const where of ['flowchart page', 'procedure page']) {
        if (where === 'procedure page') {
          const procedure = await page.locator('main p a[href*="/guide/"]').first().getAttribute('href');
          await page.goto(new URL(procedure!, page.url()).href);
        }
        const box = await chartBox(page);
        expect(box.pageOverflow, `${where}：整页出现横向滚动`).toBeLessThanOrEqual(0);
        expect(box.left, `${where}：图框超出窗口左边`).toBeGreaterThanOrEqual(0);
        expect(box.right, `${where}：图框超出窗口右边`).toBeLessThanOrEqual(1280);
        if (wants + BOX > box.columnWidth + 1) {
          // Wider than its column: it leaves the column for the page's width (1280 less the page's margins)…
          expect(box.width, `${where}：比栏宽的图没有用到页面的宽度`).toBeGreaterThanOrEqual(
            Math.min(wants + BOX, PAGE_WIDTH) - 1,
          );
        } else {
          expect(box.width, `${where}：放得下的图不应离开栏`).toBeCloseTo(box.columnWidth, 0);
        }
        // …and scrolls only when even the page's width is narrower than its least readable size.
        if (least + BOX <= box.width) expect(box.scrolls, `${where}：图在栏内左右滚动`).toBe(false);
      }
      await context.close();
    });
  });

  it('on paper: the chart, then its text; no link to the full-size page', async () => {
    const page = await served.browser.newPage();
    for (const path of ['flowcharts/branch-election/', 'guide/print/']) {
      await page.goto(served.url(path));
      await page.emulateMedia({ media: 'print' });
      const order = await page.evaluate(() =>
        [...document.querySelectorAll('.flow-text:not(.flow-substeps)')].map((list) => {
          // The chart beside the list: in the flowchart page's layout, or the handbook's procedure.
          const chart = list.closest('section')!.parentElement!.querySelector('.diagram-print');
          return {
            chart: chart ? chart.getBoundingClientRect().top : NaN,
            text: list.getBoundingClientRect().top,
            linkShown: [...document.querySelectorAll<HTMLElement>('.flow-chart-link')].some((l) => l.offsetParent),
          };
        }),
      );
      expect(order.length, path).toBeGreaterThan(0);
      if (path === 'guide/print/') expect(order).toHaveLength(SEED_COUNTS.flowcharts.count);
      for (const o of order) {
        expect(o.chart, `${path}：打印时图应在文字步骤之前`).toBeLessThan(o.text);
        expect(o.linkShown).toBe(false);
      }
      await page.emulateMedia({ media: 'screen' });
    }
    await page.close();
  });
});
