/**
 * The self-check as a branch uses it, over both builds: answers survive a reload, the Word report (opened in
 * LibreOffice) and the CSV hold what was typed, clearing asks first, every kind of damaged record or refusing
 * storage is said and the record kept aside and downloadable, no request leaves the site, and without JS the page
 * is a blank form with the blank Word report.
 */
import AxeBuilder from '@axe-core/playwright';
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
import { downloadFromNotice, keptCopies, noticeTexts, openWithRecords, storageOf } from '../support/saved-records.ts';
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

  describe('a record saved in this browser is never lost without the reader being told', () => {
    const kept = (name: string) => /^djzy-self-check-saved-\d{4}-\d{2}-\d{2}-\d{6}\.txt$/.test(name);
    const PARTLY = JSON.stringify({
      v: 1,
      branch: '第一党支部',
      date: '2026-13-01',
      answers: { p01: { a: 'present', n: NOTE, d: '2026-02-30' }, p02: { a: '是' }, p03: { a: 'fixed' } },
    });

    it.each([
      ['not JSON', '{"v":1,"answers":{"p01":{"a":"present"', /^本机保存的自查记录格式无法识别。原记录已于\d{4}年/],
      ['the wrong shape', '[{"p01":"present"}]', /^本机保存的自查记录格式无法识别。/],
      [
        'a newer page’s format',
        '{"v":2,"answers":{"p01":{"a":"present"}}}',
        /^本机保存的自查记录来自更新版本的页面，本页无法读取。/,
      ],
      [
        'partly damaged, with impossible dates',
        PARTLY,
        /^本机保存的自查记录有 3 处内容无法识别，其余内容已读出。原记录已于/,
      ],
    ])('%s: said, kept aside unchanged through edits, downloadable as stored', async (_what, raw, said) => {
      const { page, errors, close } = await openWithRecords(served, 'tools/self-check/', { [STORAGE_KEY]: raw });
      const texts = await noticeTexts(page);
      expect(texts).toHaveLength(1);
      expect(texts[0]).toMatch(said);
      expect(texts[0]).toContain('未被覆盖，可以下载留存，或交给信息中心查看。');
      await expect(page.locator('.saved-record-notice').getAttribute('role')).resolves.toBe('alert');

      await page.check(`${item('p04')} input[value="absent"]`);
      const storage = await storageOf(page);
      expect(keptCopies(storage, STORAGE_KEY).map(([, text]) => text)).toEqual([raw]);
      expect(JSON.parse(storage[STORAGE_KEY]!).answers.p04).toEqual({ a: 'absent' });

      const file = await downloadFromNotice(page);
      expect(kept(file.name), file.name).toBe(true);
      expect(file.text).toBe(raw);

      // Still there on the next visit, told again, and kept only once.
      await page.reload();
      await expect(noticeTexts(page)).resolves.toEqual(texts);
      expect(keptCopies(await storageOf(page), STORAGE_KEY)).toHaveLength(1);
      expect(errors).toEqual([]);
      await close();
    });

    it('a partly damaged record: what can be read is shown; an impossible date is named at its field and not exported', async () => {
      const { page, close } = await openWithRecords(served, 'tools/self-check/', { [STORAGE_KEY]: PARTLY });
      await noticeTexts(page);
      await expect(page.inputValue('input[name="branch"]')).resolves.toBe('第一党支部');
      await expect(page.locator(`${item('p01')} input[value="present"]`).isChecked()).resolves.toBe(true);
      await expect(page.inputValue('input[name="p01-note"]')).resolves.toBe(NOTE);
      await expect(page.locator(`${item('p03')} input[value="fixed"]`).isChecked()).resolves.toBe(true);
      await expect(status(page)).resolves.toMatch(/^已填 2 项/);
      const problem = page.locator(`${item('p01')} .saved-record-field-problem`);
      await expect(problem.textContent()).resolves.toBe(
        '本机保存的日期「2026-02-30」不是有效日期：2026年2月只有28天。这个日期没有填入，也不会导出，请重新填写。',
      );
      await expect(problem.isVisible()).resolves.toBe(true);
      await expect(
        page.locator('.self-check-report-fields .saved-record-field-problem').textContent(),
      ).resolves.toContain('本机保存的日期「2026-13-01」不是有效日期：月份只有1至12月。');

      const csv = await downloadOf(page, '[data-self-check-export="csv"] >> nth=0');
      const text = readFileSync((await csv.path())!, 'utf8');
      expect(text).not.toMatch(/2026-02-30|2026-13-01/);
      const rows = parse(text.slice(1), { columns: true }) as Record<string, string>[];
      expect(rows.find((r) => r['序号'] === '问题1')).toMatchObject({ 自查结果: '存在', 计划完成时间: '' });
      expect(csv.suggestedFilename()).toBe('第一党支部自查表.csv');

      // The notices and the problems at their fields meet WCAG 2.1 AA, and fit a phone in 长者模式.
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
      await page.setViewportSize({ width: 360, height: 740 });
      await page.evaluate(() => document.documentElement.classList.add('elder'));
      await expect(
        page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
      ).resolves.toBe(0);

      // A real date typed in its place: accepted, and the problem goes.
      await page.fill('input[name="p01-date"]', '2026-03-31');
      await page.locator('input[name="p01-date"]').dispatchEvent('change');
      await expect(problem.count()).resolves.toBe(0);
      expect(JSON.parse((await storageOf(page))[STORAGE_KEY]!).answers.p01.d).toBe('2026-03-31');
      await close();
    });

    it('a kept record is deleted only when the reader confirms', async () => {
      const { page, close } = await openWithRecords(served, 'tools/self-check/', { [STORAGE_KEY]: '{oops' });
      await noticeTexts(page);
      const remove = page.getByRole('button', { name: '删除另存的记录' });
      page.once('dialog', (dialog) => void dialog.dismiss());
      await remove.click();
      expect(keptCopies(await storageOf(page), STORAGE_KEY)).toHaveLength(1);
      page.once('dialog', (dialog) => {
        expect(dialog.message()).toBe('确定删除这份另存的记录吗？删除后不能恢复，请先下载保存。');
        void dialog.accept();
      });
      await remove.click();
      await expect(page.locator('.saved-record-notice').count()).resolves.toBe(0);
      expect(keptCopies(await storageOf(page), STORAGE_KEY)).toEqual([]);
      await page.reload();
      await expect(page.locator('[data-saved-records]').isVisible()).resolves.toBe(false);
      await close();
    });

    it('answers to items no longer on the list: said, kept in the record through edits, downloadable', async () => {
      const raw = JSON.stringify({
        v: 1,
        branch: '',
        date: '',
        answers: { gone: { a: 'present', n: '旧条目' }, p03: { a: 'fixed' } },
      });
      const { page, errors, close } = await openWithRecords(served, 'tools/self-check/', { [STORAGE_KEY]: raw });
      await expect(noticeTexts(page)).resolves.toEqual([
        '本机保存的自查记录中，有 1 项对应的条目已不在本页清单上（条目已修改或删除）。这些内容不显示，也不计入报告，仍保存在本机，可以下载查看。',
      ]);
      await expect(status(page)).resolves.toMatch(/^已填 1 项/);
      await page.check(`${item('p04')} input[value="absent"]`);
      expect(JSON.parse((await storageOf(page))[STORAGE_KEY]!).answers.gone).toEqual({ a: 'present', n: '旧条目' });
      const file = await downloadFromNotice(page);
      expect(JSON.parse(file.text).answers.gone).toEqual({ a: 'present', n: '旧条目' });
      expect(errors).toEqual([]);
      await close();
    });

    it('storage the browser refuses, on reading or on writing, is said', async () => {
      const unusable =
        /^这个浏览器不能在本机保存填写的内容（可能是隐私模式、存储空间已满或禁用了本机存储），关闭页面后会丢失。请填完后及时导出或打印。$/;
      const blocked = await openWithRecords(served, 'tools/self-check/', {}, () => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('denied', 'SecurityError');
          },
        });
      });
      expect(await noticeTexts(blocked.page)).toEqual([expect.stringMatching(unusable)]);
      await blocked.page.check(`${item('p01')} input[value="absent"]`);
      await expect(status(blocked.page)).resolves.toMatch(/^已填 1 项/);
      expect(blocked.errors).toEqual([]);
      await blocked.close();

      const full = await openWithRecords(served, 'tools/self-check/', {}, () => {
        Storage.prototype.setItem = () => {
          throw new DOMException('full', 'QuotaExceededError');
        };
      });
      await expect(full.page.locator('.saved-record-notice').count()).resolves.toBe(0);
      await full.page.check(`${item('p01')} input[value="absent"]`);
      expect(await noticeTexts(full.page)).toEqual([expect.stringMatching(unusable)]);
      expect(full.errors).toEqual([]);
      await full.close();
    });
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
