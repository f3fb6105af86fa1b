/**
 * The self-check as a branch uses it, over both builds: answers survive a reload, the Word report (opened in
 * LibreOffice) and the CSV hold what was typed, clearing asks first, a damaged or outdated record breaks nothing,
 * no request leaves the site, and without JS the page is a blank form with the blank Word report.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { BrowserContext, Download, Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { STORAGE_KEY } from '../../src/lib/self-check/answers.ts';
import { BUILD_TITLE, BUILDS } from '../support/builds.ts';
import { chromiumOrSkip } from '../support/chromium-or-skip.ts';
import { serveInChromium } from '../support/served-site.ts';
import { toolOrSkip } from '../support/tools.ts';

const chromiumPath = chromiumOrSkip();
const canConvert = toolOrSkip('soffice', 'libreoffice-writer-nogui');

const NOTE = '两个科室合并后未及时调整支部设置';
const STANDARD_NOTE = '选票已补封存';
const item = (id: string) => `[data-check-item="${id}"]`;
const status = (page: Page) => page.locator('[data-self-check-status]').first().textContent();

/** A context that records every request leaving the served site (none may). */
async function watchedContext(context: BrowserContext, origin: string, foreign: string[]) {
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith(`blob:${origin}`) && !url.startsWith('data:')) foreign.push(url);
  });
  return context;
}

async function downloadOf(page: Page, button: string): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click(button)]);
  return download;
}

describe.skipIf(!chromiumPath).each(BUILDS)(`${BUILD_TITLE}：自查`, (build) => {
  const served = serveInChromium(build, chromiumPath);
  const out = mkdtempSync(join(tmpdir(), 'djzy-self-check-'));
  afterAll(() => rmSync(out, { recursive: true, force: true }));

  it('keeps answers over a reload and exports them as CSV and Word; clearing asks first', async () => {
    const foreign: string[] = [];
    const context = await watchedContext(await served.browser.newContext(), served.server.origin, foreign);
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(served.url('tools/self-check/'));
    await expect(status(page)).resolves.toMatch(/^已填 0 项，共 \d+ 项/);

    const standard = page.locator('#std-establish-branch [data-check-item]').first();
    const standardId = (await standard.getAttribute('data-check-item'))!;
    await page.fill('input[name="branch"]', '第一党支部');
    await page.fill('input[name="date"]', '2025-06-30');
    await page.check(`${item('p01')} input[value="present"]`);
    await page.fill('input[name="p01-note"]', NOTE);
    await page.fill('input[name="p01-date"]', '2025-09-30');
    await page.check(`${item('p02')} input[value="absent"]`);
    await standard.locator('input[value="fixed"]').check();
    await page.fill(`input[name="${standardId}-note"]`, STANDARD_NOTE);

    await page.reload();
    await expect(page.locator(`${item('p01')} input[value="present"]`).isChecked()).resolves.toBe(true);
    await expect(page.inputValue('input[name="p01-note"]')).resolves.toBe(NOTE);
    await expect(page.inputValue('input[name="p01-date"]')).resolves.toBe('2025-09-30');
    await expect(page.inputValue('input[name="branch"]')).resolves.toBe('第一党支部');
    await expect(standard.locator('input[value="fixed"]').isChecked()).resolves.toBe(true);
    await expect(status(page)).resolves.toMatch(/^已填 3 项.*不存在 1 项，存在 1 项，已整改 1 项/);

    const csvFile = join(out, `${build.name}.csv`);
    const csv = await downloadOf(page, '[data-self-check-export="csv"] >> nth=0');
    expect(csv.suggestedFilename()).toBe('第一党支部自查表-2025-06-30.csv');
    await csv.saveAs(csvFile);
    const text = readFileSync(csvFile, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parse(text.slice(1), { columns: true }) as Record<string, string>[];
    expect(rows.length).toBe(await page.locator('[data-check-item]').count());
    expect(rows.find((r) => r['序号'] === '问题1')).toMatchObject({
      自查结果: '存在',
      情况说明: NOTE,
      计划完成时间: '2025-09-30',
      示例: '是',
    });
    expect(rows.find((r) => r['类别'] === '成立党支部' && r['序号'] === '1')).toMatchObject({
      自查结果: '已整改',
      情况说明: STANDARD_NOTE,
    });
    expect(rows.filter((r) => r['自查结果'] === '未填').length).toBe(rows.length - 3);

    const docx = await downloadOf(page, '[data-self-check-export="docx"] >> nth=0');
    expect(docx.suggestedFilename()).toBe('第一党支部自查情况报告-2025-06-30.docx');
    const docxFile = join(out, `${build.name}.docx`);
    await docx.saveAs(docxFile);
    expect(readFileSync(docxFile).subarray(0, 2).toString()).toBe('PK');
    if (canConvert) {
      const run = spawnSync(
        'soffice',
        [
          '--headless',
          `-env:UserInstallation=file://${out}/profile`,
          '--convert-to',
          'txt:Text',
          '--outdir',
          out,
          docxFile,
        ],
        { encoding: 'utf8', timeout: 120_000 },
      );
      expect(run.status, run.stderr).toBe(0);
      const report = readFileSync(docxFile.replace(/\.docx$/, '.txt'), 'utf8');
      for (const expected of ['基层党建工作自查情况报告', '第一党支部', NOTE, '2025年9月30日', STANDARD_NOTE, '已整改'])
        expect(report).toContain(expected);
      expect(report).toMatch(/共自查\d+项，其中不存在1项，存在1项，已整改1项/);
      expect(report).toContain('2025年6月30日');
    }

    // Clearing asks first: refused, nothing changes; accepted, everything goes, also after a reload.
    page.once('dialog', (dialog) => void dialog.dismiss());
    await page.click('[data-self-check-clear] >> nth=0');
    await expect(page.inputValue('input[name="p01-note"]')).resolves.toBe(NOTE);
    page.once('dialog', (dialog) => void dialog.accept());
    await page.click('[data-self-check-clear] >> nth=0');
    await expect(status(page)).resolves.toMatch(/^已填 0 项/);
    await expect(page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).resolves.toBeNull();
    await page.reload();
    await expect(page.locator(`${item('p01')} input[value="present"]`).isChecked()).resolves.toBe(false);
    await expect(page.inputValue('input[name="branch"]')).resolves.toBe('');

    expect(errors).toEqual([]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('reads a record with answers to items that are gone, or a damaged one, without breaking', async () => {
    for (const stored of [
      JSON.stringify({ v: 1, branch: '', date: '', answers: { gone: { a: 'present' }, p03: { a: 'fixed' } } }),
      '{not json',
      JSON.stringify({ v: 99, answers: [] }),
    ]) {
      const context = await served.browser.newContext();
      await context.addInitScript(([key, value]) => localStorage.setItem(key!, value!), [STORAGE_KEY, stored]);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(served.url('tools/self-check/'));
      await expect(status(page)).resolves.toMatch(stored.includes('p03') ? /^已填 1 项/ : /^已填 0 项/);
      await page.check(`${item('p04')} input[value="absent"]`);
      await expect(status(page)).resolves.toMatch(stored.includes('p03') ? /^已填 2 项/ : /^已填 1 项/);
      expect(errors).toEqual([]);
      await context.close();
    }
  });

  it('says in plain words when the report cannot be made', async () => {
    const context = await served.browser.newContext();
    await context.route(/self-check-docx\.[^/]*\.js$/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(served.url('tools/self-check/'));
    await page.click('[data-self-check-export="docx"] >> nth=0');
    const message = page.locator('[data-self-check-message]').first();
    await message.waitFor({ state: 'visible' });
    await expect(message.textContent()).resolves.toMatch(/^导出没有成功，请再试一次。/);
    await expect(page.locator('[data-self-check-export="docx"]').first().isEnabled()).resolves.toBe(true);
    await context.close();
  });

  it('without JS is a blank form with the blank Word report', async () => {
    const context = await served.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(served.url('tools/self-check/'));
    const items = await page.locator('[data-check-item]').count();
    expect(items).toBeGreaterThan(28 + 20);
    await expect(page.locator('[data-check-item] input[type="radio"]').count()).resolves.toBe(items * 3);
    await expect(page.locator('[data-check-item] input[type="date"]:visible').count()).resolves.toBe(items);
    await expect(page.locator('[data-self-check-tools]').first().isVisible()).resolves.toBe(false);
    await expect(page.getByText('不会发送到任何地方').isVisible()).resolves.toBe(false);
    const blank = page.locator('a', { hasText: '下载空白的自查情况报告（Word）' });
    await expect(blank.getAttribute('href')).resolves.toBe(`${build.base}tools/self-check/blank.docx`);
    const response = await page.request.get(served.url('tools/self-check/blank.docx'));
    expect(response.status()).toBe(200);
    expect((await response.body()).subarray(0, 2).toString()).toBe('PK');
    await context.close();
  });
});
