/**
 * All nine flowcharts read where readers read them: on a 360 px phone and a 1280 px screen, normal and in 长者模式,
 * labels measured as rendered (≥ 12 px, ≥ 16 px in 长者模式), nothing clipped (what does not fit scrolls, with the
 * hint showing); at full size; and on A4 paper, printed by Chromium, labels ≥ 8 pt on pages of the right
 * orientation, one page per slice.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedSvg } from '../../src/lib/diagrams/cache.ts';
import { diagramLayout } from '../../src/lib/diagrams/figure.ts';
import { ELDER_MIN_LABEL_PX, PRINT_MIN_LABEL_PT, SCREEN_MIN_LABEL_PX } from '../../src/lib/diagrams/fit.ts';
import { SEED_COUNTS } from '../../src/schemas/seed-facts.ts';
import { BUILDS, onBuild, requireBuild } from '../support/builds.ts';
import { chromiumOrSkip } from '../support/chromium-or-skip.ts';
import { serveInChromium } from '../support/served-site.ts';
import { toolOrSkip } from '../support/tools.ts';

const chromiumPath = chromiumOrSkip();
const canReadPdf = toolOrSkip('pdftotext', 'poppler-utils');
const build = BUILDS[0];
const charts = readdirSync(join(requireBuild(build.dir), 'flowcharts'), { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

const SCREENS = [
  { name: '360 px 手机', viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true },
  { name: '1280 px 屏幕', viewport: { width: 1280, height: 900 } },
] as const;
const MODES = [
  { name: '普通', elder: false, minLabel: SCREEN_MIN_LABEL_PX },
  { name: '长者模式', elder: true, minLabel: ELDER_MIN_LABEL_PX },
] as const;

interface Measured {
  key: string;
  /** Smallest label as drawn on the screen, in CSS px. */
  minLabelPx: number;
  labels: number;
  /** Drawn box against the viewBox: a squashed or cut chart changes its proportions. */
  aspectError: number;
  /** The scroll region reaches the chart's whole width and needs no vertical scrolling. */
  hiddenWidth: number;
  hiddenHeight: number;
  overflowing: boolean;
  hintShown: boolean;
  pageOverflow: number;
}

async function measure(page: Page, canvas: string): Promise<Measured> {
  return page.evaluate((selector) => {
    const figure = document.querySelector<HTMLElement>('figure.diagram')!;
    const svg = figure.querySelector<SVGSVGElement>(`${selector} > svg`)!;
    const region = svg.parentElement!;
    const sizes = [...svg.querySelectorAll('text')]
      .filter((t) => (t.textContent ?? '').trim())
      .map((t) => parseFloat(getComputedStyle(t).fontSize) * (t.getScreenCTM()?.a ?? 0));
    const box = svg.getBoundingClientRect();
    const view = svg.viewBox.baseVal;
    const regionStyle = getComputedStyle(region);
    const padding = parseFloat(regionStyle.paddingLeft) + parseFloat(regionStyle.paddingRight);
    const hint = figure.querySelector<HTMLElement>('.diagram-hint');
    return {
      key: figure.dataset.diagram ?? '',
      minLabelPx: Math.min(...sizes),
      labels: sizes.length,
      aspectError: Math.abs(box.width / box.height / (view.width / view.height) - 1),
      hiddenWidth: box.width + padding - region.scrollWidth,
      hiddenHeight: region.scrollHeight - region.clientHeight,
      overflowing: region.scrollWidth > region.clientWidth + 1,
      hintShown: Boolean(hint && hint.offsetParent !== null),
      pageOverflow: document.documentElement.scrollWidth - window.innerWidth,
    };
  }, canvas);
}

describe.skipIf(!chromiumPath)(onBuild(build, 'the nine flowcharts on screens'), () => {
  const served = serveInChromium(build, chromiumPath);

  it('has every flowchart page', () => {
    expect(charts).toHaveLength(SEED_COUNTS.flowcharts.count);
  });

  describe.each(SCREENS)('$name', (screen) => {
    describe.each(MODES)('$name', (mode) => {
      it.each(charts)(`${screen.name}，${mode.name}：%s 的图文字够大、没有被截掉`, async (id) => {
        const context = await served.browser.newContext(screen);
        if (mode.elder) await context.addInitScript(() => localStorage.setItem('djzy-elder', '1'));
        const page = await context.newPage();
        await page.goto(served.url(`flowcharts/${id}/`));
        const inline = await measure(page, '.diagram-scroll');
        expect(inline.labels).toBeGreaterThan(5);
        expect(inline.minLabelPx, '图中文字小于下限').toBeGreaterThanOrEqual(mode.minLabel - 0.05);
        expect(inline.aspectError, '图被压扁或截断').toBeLessThan(0.01);
        expect(inline.hiddenWidth, '图的一部分滚动不到').toBeLessThanOrEqual(1);
        expect(inline.hiddenHeight, '图在竖直方向被截掉').toBeLessThanOrEqual(1);
        expect(inline.pageOverflow, '整页出现横向滚动').toBeLessThanOrEqual(0);
        // On a phone a chart that does not fit says so, before it.
        if (screen.viewport.width < 400 && inline.overflowing) expect(inline.hintShown, '没有提示左右滑动').toBe(true);
        if (!inline.overflowing) expect(inline.hintShown, '图已放下，却提示左右滑动').toBe(false);

        // The same chart on the procedure page, in the narrower column between the two side lists.
        const procedure = await page.locator('main p a[href*="/guide/"]').first().getAttribute('href');
        await page.goto(new URL(procedure!, page.url()).href);
        const inProcedure = await measure(page, '.diagram-scroll');
        expect(inProcedure.key).toBe(inline.key);
        expect(inProcedure.minLabelPx).toBeGreaterThanOrEqual(mode.minLabel - 0.05);
        expect(inProcedure.hiddenWidth).toBeLessThanOrEqual(1);
        expect(inProcedure.hiddenHeight).toBeLessThanOrEqual(1);
        expect(inProcedure.pageOverflow).toBeLessThanOrEqual(0);

        // Full size: the chart at its drawn size or larger, the page scrolling to its right edge.
        await page.goto(served.url(`diagrams/${inline.key}/`));
        const full = await measure(page, '.diagram-canvas');
        expect(full.minLabelPx).toBeGreaterThanOrEqual((mode.elder ? 20 : 16) - 0.05);
        expect(full.aspectError).toBeLessThan(0.01);
        const rightEdge = await page.evaluate(() => {
          window.scrollTo(document.documentElement.scrollWidth, 0);
          return document.querySelector('.diagram-canvas > svg')!.getBoundingClientRect().right - window.innerWidth;
        });
        expect(rightEdge, '全屏页滚动到最右仍看不到图的右边').toBeLessThanOrEqual(1);
        await context.close();
      });
    });
  });

  it('names each template a chart step links to', async () => {
    const page = await served.browser.newPage();
    for (const id of charts) {
      await page.goto(served.url(`flowcharts/${id}/`));
      const links = await page.$$eval('.flow-text a[href*="/templates/"]', (as) =>
        as.map((a) => a.textContent?.trim() ?? ''),
      );
      for (const text of links) expect(text, `${id} 的文字步骤中有未写名称的模板链接`).toMatch(/^模板\d+：.{4,}/);
    }
    await page.close();
  });
});

describe.skipIf(!chromiumPath || !canReadPdf)(onBuild(build, 'the nine flowcharts on A4 paper'), () => {
  const served = serveInChromium(build, chromiumPath);
  const work = mkdtempSync(join(tmpdir(), 'djzy-charts-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it.each(charts)('打印 %s：每页一段，方向对，图中文字 ≥ 8 磅', async (id) => {
    const page = await served.browser.newPage();
    await page.goto(served.url(`flowcharts/${id}/`));
    const key = await page.getAttribute('figure.diagram', 'data-diagram');
    // The chart's full-size page prints the chart alone: below its title every text is a label or a slice caption.
    await page.goto(served.url(`diagrams/${key}/`), { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    const titlePt = await page.evaluate(
      () => parseFloat(getComputedStyle(document.querySelector('h1')!).fontSize) * 0.75,
    );
    const pdf = join(work, `${id}.pdf`);
    writeFileSync(pdf, await page.pdf({ preferCSSPageSize: true, format: 'A4' }));
    await page.close();

    const layout = diagramLayout(key!, cachedSvg(key!)!)!.print;
    const bbox = spawnSync('pdftotext', ['-bbox', pdf, '-'], { encoding: 'utf8' }).stdout;
    const pages = [...bbox.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((m) => ({
      landscape: Number(m[1]) > Number(m[2]),
      words: [
        ...m[3]!.matchAll(/<word xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([^<]*)<\/word>/g),
      ].map((w) => ({ height: Number(w[2]) - Number(w[1]), text: w[3]! })),
    }));
    const [title, ...rest] = pages.flatMap((p) => p.words);
    const chartPages = pages.filter((p) => p.words.length > (p === pages[0] ? 1 : 0));
    expect(chartPages, '打印页数与切分段数不符').toHaveLength(layout.slices.length);
    for (const p of chartPages) expect(p.landscape, '打印方向不对').toBe(layout.orientation === 'landscape');

    // Word boxes are taller than the type by a constant of the font: scale by the title, of known size.
    const perPt = title!.height / titlePt;
    const smallest = Math.min(...rest.map((w) => w.height / perPt));
    expect(rest.length).toBeGreaterThan(5);
    expect(smallest, '打印后图中文字小于 8 磅').toBeGreaterThanOrEqual(PRINT_MIN_LABEL_PT - 0.1);
  });
});
