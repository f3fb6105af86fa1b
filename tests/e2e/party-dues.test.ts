/**
 * 党费计算 as a member or a branch secretary uses it: choose a category, type the income as people type it, read
 * the bracket, rate and amounts with the article; add members for the branch's year; come back later (kept in this
 * browser); print; a damaged record is said and kept aside; without JavaScript the page is the 交纳标准 table and a
 * blank worksheet. Amounts are worked by hand in the comments. Nothing is fetched from outside the site.
 */
import AxeBuilder from '@axe-core/playwright';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUILDS, BUILD_TITLE } from '../support/builds.ts';
import { chromiumOrSkip } from '../support/chromium-or-skip.ts';
import { keptCopies, noticeTexts, openWithRecords, storageOf } from '../support/saved-records.ts';
import { serveInChromium } from '../support/served-site.ts';

const chromiumPath = chromiumOrSkip();
const PATH = 'tools/party-dues/';
/** The calculator arrives a moment after the page (loaded on the first entry or for a saved record). */
const WAIT = { timeout: 10_000 };

describe.skipIf(!chromiumPath).each(BUILDS)(`${BUILD_TITLE}：党费计算`, (build) => {
  const served = serveInChromium(build, chromiumPath);

  async function open(javaScriptEnabled = true) {
    const context = await served.browser.newContext({ javaScriptEnabled });
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(served.url(PATH));
    return { context, page, requests, errors };
  }
  const offSite = (requests: string[]) =>
    requests.filter(
      (url) => !url.startsWith(served.server.origin) && !url.startsWith('blob:') && !url.startsWith('data:'),
    );

  it('a member and a retiree: bracket, rate, amounts and article; kept across visits; the branch’s totals', async () => {
    const { context, page, requests, errors } = await open();
    const first = page.locator('.dues-member').nth(0);
    await first.locator('select[data-field="category"]').selectOption('employed');
    // Full-width digits, a comma and 元, as typed on a phone's Chinese keyboard: 6800 × 1.5% = 102, ×12 = 1224.
    await first.locator('input[data-field="income"]').fill('６,８００元');
    const result = first.locator('[data-result]');
    await expect
      .poll(() => result.innerText())
      .toContain('在5000元以上至10000元（含）档，按1.5%交纳（党费规定第一条、第二条）');
    expect(await result.innerText()).toContain('每月应交：6800×1.5%＝102元');
    expect(await result.innerText()).toContain('全年应交1224元');

    // Exactly 5000 is “至5000元（含）”: 1%, 50元.
    await first.locator('input[data-field="income"]').fill('5000');
    await expect.poll(() => result.innerText(), WAIT).toContain('每月应交：5000×1%＝50元');
    await first.locator('input[data-field="income"]').fill('6800');

    // A second member, retired: 4200 × 0.5% = 21.
    await page.click('[data-action="add"]');
    const second = page.locator('.dues-member').nth(1);
    await second.locator('select[data-field="category"]').selectOption('retired');
    await second.locator('input[data-field="income"]').fill('4200');
    await expect.poll(() => second.locator('[data-result]').innerText(), WAIT).toContain('每月应交：4200×0.5%＝21元');
    // 102 + 21 = 123 a month, 1476 a year.
    await expect
      .poll(() => page.locator('[data-summary]').innerText())
      .toContain('全支部每月合计123元，全年合计1476元');

    // Nonsense is refused at the field, in Chinese, and tied to it for screen readers.
    await second.locator('input[data-field="income"]').fill('四千二');
    const problem = second.locator('.dues-problem');
    await expect
      .poll(() => problem.innerText())
      .toBe('「四千二」不是金额：只填阿拉伯数字，可带小数点，例如 6800 或 6800.50');
    expect(await second.locator('input[data-field="income"]').getAttribute('aria-invalid')).toBe('true');
    await second.locator('input[data-field="income"]').fill('4200');

    // 自愿一次多交 1000元: all to the centre (第十一条).
    await first.locator('input[data-field="extra"]').fill('1000');
    await expect.poll(() => result.innerText(), WAIT).toContain('全部上缴中央（党费规定第十一条）');

    // Closed and opened again: both members, as typed, and the totals.
    await page.reload();
    await expect.poll(() => page.locator('.dues-member').count(), WAIT).toBe(2);
    expect(await page.locator('.dues-member').nth(1).locator('input[data-field="income"]').inputValue()).toBe('4200');
    await expect
      .poll(() => page.locator('[data-summary]').innerText())
      .toContain('全支部每月合计123元，全年合计1476元');

    // Printed: the filled-in table and the standard, not the form or the blank worksheet.
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.dues-form').isVisible()).toBe(false);
    expect(await page.locator('[data-blank]').isVisible()).toBe(false);
    expect(await page.locator('[data-summary] table').isVisible()).toBe(true);
    const dir = mkdtempSync(join(tmpdir(), 'dues-pdf-'));
    writeFileSync(join(dir, 'p.pdf'), await page.pdf({ format: 'A4' }));
    try {
      const text = execFileSync('pdftotext', ['-layout', join(dir, 'p.pdf'), '-'], { encoding: 'utf8' });
      expect(text).toContain('1476');
      expect(text).toContain('交纳标准');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error; // no poppler: the checks above stand
    }

    const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
    expect(offSite(requests)).toEqual([]);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('不按月取得收入 averages three months; 免交 shows the approval path and 0元', async () => {
    const { context, page } = await open();
    const m = page.locator('.dues-member').nth(0);
    await m.locator('select[data-field="category"]').selectOption('irregular-income');
    // 4000 + 5000 + 6000 = 15000, average 5000 (含) → 1%: 50元.
    await m.locator('input[data-field="months.0"]').fill('4000');
    await m.locator('input[data-field="months.1"]').fill('5000');
    await m.locator('input[data-field="months.2"]').fill('6000');
    await expect.poll(() => m.locator('[data-result]').innerText(), WAIT).toContain('每月应交50元');
    await m.locator('input[type="radio"][value="exempt"]').check();
    await expect.poll(() => m.locator('[data-result]').innerText(), WAIT).toContain('经批准免交，每月交纳0元');
    expect(await m.locator('[data-result]').innerText()).toContain('报上一级党委批准（党费规定第七条');
    await context.close();
  });

  it('a damaged record is said, kept aside, and the page still works', async () => {
    const { page, errors, close } = await openWithRecords(served, PATH, { 'djzy-party-dues': '{broken' });
    await expect
      .poll(() => noticeTexts(page), WAIT)
      .toEqual([expect.stringMatching(/^本机保存的党费计算记录格式无法识别。原记录已于.+另存，未被覆盖/)]);
    expect(keptCopies(await storageOf(page), 'djzy-party-dues').map(([, raw]) => raw)).toEqual(['{broken']);
    await page.locator('select[data-field="category"]').selectOption('low-income');
    await expect
      .poll(() => page.locator('[data-result]').innerText(), WAIT)
      .toContain('每月交纳0.2元（党费规定第六条）');
    expect(errors).toEqual([]);
    await close();
  });

  it('without JavaScript: the 交纳标准 table with articles and a blank worksheet; the procedure page links here', async () => {
    const { context, page, requests } = await open(false);
    const table = page.locator('.dues-table');
    expect(await table.innerText()).toContain('5000元以上至10000元（含）');
    expect(await table.innerText()).toContain('第五条');
    expect(await page.locator('[data-blank] tbody tr').count()).toBe(12);
    expect(await page.locator('.dues-form').isVisible()).toBe(false);
    await page.goto(served.url('guide/members/party-dues/'));
    const link = page.locator('a', { hasText: '党费计算：按月收入算出每月、全年应交党费' });
    expect(await link.getAttribute('href')).toBe(`${build.base}tools/party-dues/`);
    expect(await page.locator('.dues-table').innerText()).toContain('10000元以上');
    expect(offSite(requests)).toEqual([]);
    await context.close();
  });
});
