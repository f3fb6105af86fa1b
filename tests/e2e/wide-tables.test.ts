/**
 * Wide tables on a 360 px phone, with and without JavaScript: no column narrower than two characters of its text, and
 * a table wider than its box says so in a line above it and keeps its first column in view while the rest slides.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { BUILDS, BUILD_TITLE } from '../support/builds.ts';
import { chromiumOrSkip } from '../support/chromium-or-skip.ts';
import { serveInChromium } from '../support/served-site.ts';

const chromiumPath = chromiumOrSkip();

/** The pages with the site's wide tables: the ledger, the change log, the lists, a unit, a role, the 党费 standard. */
const PAGES = [
  'rectification/',
  'changelog/',
  'duties/',
  'units/unit-01/',
  'roles/branch-secretary/',
  'guide/members/party-dues/',
];

interface TableFacts {
  label: string;
  /** Cells whose text has less than two characters' room: “row,column: width/font”. */
  narrow: string[];
  overflows: boolean;
  hintShown: boolean;
  /** Every row's first cell stays at the box's left edge after the box is slid to its end. */
  firstColumnStays: boolean;
}

function tablesOn(page: Page): Promise<TableFacts[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('.table-scroll')).map((box) => {
      const narrow: string[] = [];
      const rows = Array.from(box.querySelectorAll('tr'));
      rows.forEach((row, r) =>
        Array.from(row.cells).forEach((cell, c) => {
          // The text's own width: the cell less its padding and borders.
          const style = getComputedStyle(cell);
          const width =
            cell.getBoundingClientRect().width -
            ['paddingLeft', 'paddingRight', 'borderLeftWidth', 'borderRightWidth']
              .map((side) => parseFloat(style[side as 'paddingLeft']))
              .reduce((a, b) => a + b, 0);
          const font = parseFloat(style.fontSize);
          if (width < 2 * font) narrow.push(`${r},${c}: ${width.toFixed(1)}/${font}`);
        }),
      );
      const overflows = box.scrollWidth > box.clientWidth + 1;
      const hint = box.closest('[data-table-wide]')?.querySelector<HTMLElement>('.table-scroll-hint');
      const hintShown = !!hint && hint.offsetHeight > 0 && getComputedStyle(hint).visibility === 'visible';
      box.scrollLeft = box.scrollWidth;
      const left = box.getBoundingClientRect().left;
      const firstColumnStays = rows.every((row) => {
        const first = row.cells[0];
        return !!first && Math.abs(first.getBoundingClientRect().left - left) < 2;
      });
      box.scrollLeft = 0;
      return { label: box.getAttribute('aria-label') ?? '', narrow, overflows, hintShown, firstColumnStays };
    }),
  );
}

describe.skipIf(!chromiumPath).each(BUILDS)(`${BUILD_TITLE}：手机上的宽表格`, (build) => {
  const served = serveInChromium(build, chromiumPath);

  it.each([
    ['有脚本', true],
    ['无脚本', false],
  ] as const)('%s：每张表的列不窄于两个字，放不下的表有提示并固定第一列', async (_name, javaScriptEnabled) => {
    const context = await served.browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      javaScriptEnabled,
    });
    let overflowing = 0;
    for (const path of PAGES) {
      const page = await context.newPage();
      await page.goto(served.url(path));
      const tables = await tablesOn(page);
      expect(tables.length, `${path}：没有表格`).toBeGreaterThan(0);
      for (const t of tables) {
        expect(t.narrow, `${path} ${t.label}：列太窄`).toEqual([]);
        if (!t.overflows) continue;
        overflowing += 1;
        expect(t.hintShown, `${path} ${t.label}：放不下却没有“可左右滑动”的提示`).toBe(true);
        expect(t.firstColumnStays, `${path} ${t.label}：滑到最右时第一列不在屏幕上`).toBe(true);
      }
      await page.close();
    }
    // The ledger's measure tables are wider than a phone: the rules above were exercised.
    expect(overflowing).toBeGreaterThan(3);
    await context.close();
  });

  it('with JavaScript, the line is left out where a table fits (1280 px)', async () => {
    const context = await served.browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(served.url('rectification/'));
    const tables = await tablesOn(page);
    const fitting = tables.filter((t) => !t.overflows);
    expect(fitting.length).toBeGreaterThan(0);
    for (const t of fitting) expect(t.hintShown, t.label).toBe(false);
    await context.close();
  });
});
