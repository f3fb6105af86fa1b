/**
 * The 时间推算 pages as a branch secretary uses them: enter the dates known, press 推算日期, read each step's dates,
 * come back later (the dates are kept), take the calendar file; wrong dates are refused in Chinese; a record an
 * earlier page saved is converted, and a damaged one said, kept aside and downloadable; without JavaScript the page
 * is the table of rules. Every date asserted here is worked out by hand in the comments.
 */
import AxeBuilder from '@axe-core/playwright';
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { BUILDS, BUILD_TITLE } from '../support/builds.ts';
import { chromiumOrSkip } from '../support/chromium-or-skip.ts';
import { downloadFromNotice, keptCopies, noticeTexts, openWithRecords, storageOf } from '../support/saved-records.ts';
import { serveInChromium } from '../support/served-site.ts';

const chromiumPath = chromiumOrSkip();

/** A step's worked-out dates, once the calculator (loaded on demand, with the saved record's reader) has written them. */
async function result(page: Page, step: string): Promise<string> {
  const box = page.locator(`#step-${step} [data-result]`);
  await box.locator('p').first().waitFor();
  return box.innerText();
}

describe.skipIf(!chromiumPath).each(BUILDS)(`${BUILD_TITLE}：时间推算`, (build) => {
  const served = serveInChromium(build, chromiumPath);

  /** A fresh browser profile whose every request is recorded. */
  async function open(path: string, javaScriptEnabled = true) {
    const context = await served.browser.newContext({ javaScriptEnabled, acceptDownloads: true });
    const requests: string[] = [];
    context.on('request', (request) => requests.push(request.url()));
    const page = await context.newPage();
    await page.goto(served.url(path));
    return { context, page, requests };
  }

  const offSite = (requests: string[]) =>
    requests.filter(
      (url) => !url.startsWith(served.server.origin) && !url.startsWith('blob:') && !url.startsWith('data:'),
    );

  it('换届: a term begun 2023-06-15, kept across visits, into a calendar file', async () => {
    const { context, page, requests } = await open('tools/timeline/branch-election/');
    await page.fill('#date-term-start', '2023-06-15');
    await page.click('[data-action="solve"]');
    // Term of 3 years: ends 2026-06-15. Reminder 一般 six months before: by 2025-12-15. Request 一般 a month
    // before the end: by 2026-05-15. Election 按期: by 2026-06-15. Results 一般 within 15 days: by 2026-06-30.
    await expect(result(page, 'term-end')).resolves.toContain('应在：2026年6月15日');
    await expect(result(page, 'reminder')).resolves.toContain('最迟：2025年12月15日');
    await expect(result(page, 'request')).resolves.toContain('最迟：2026年5月15日');
    await expect(result(page, 'election')).resolves.toContain('最迟：2026年6月15日');
    await expect(result(page, 'result-report')).resolves.toContain('最迟：2026年6月30日');
    // Each date names its rule and article.
    await expect(result(page, 'term-end')).resolves.toContain('支部条例第二十一条');

    // Closed and opened again: the date is still there and the dates are worked out again.
    // The saved dates are put back once the page's record code has read them, a moment after the page shows.
    await page.reload();
    await expect(result(page, 'request')).resolves.toContain('最迟：2026年5月15日');
    await expect.poll(() => page.inputValue('#date-term-start')).toBe('2023-06-15');

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="calendar"]')]);
    expect(download.suggestedFilename()).toBe('党支部换届选举时间推算.ics');
    // A standard iCalendar parser reads it: all-day events on the dates worked out and entered.
    const calendar = new ICAL.Component(ICAL.parse(readFileSync((await download.path())!, 'utf8')));
    const events = calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c));
    const on = (summary: string) => events.find((e) => e.summary === summary)?.startDate.toString();
    expect(on('党支部换届选举：报送换届选举请示（最迟）')).toBe('2026-05-15');
    expect(on('党支部换届选举：上级党组织提醒换届准备（最迟）')).toBe('2025-12-15');
    expect(on('党支部换届选举：本届支部委员会选举产生')).toBe('2023-06-15');
    expect(events.every((e) => e.startDate.isDate)).toBe(true);
    expect(offSite(requests)).toEqual([]);
    await context.close();
  });

  it('发展党员: a 发展对象 named a day before the year is full is refused, with no dates', async () => {
    const { context, page, requests } = await open('tools/timeline/member-recruitment/');
    // 积极分子 2025-03-10: 一年以上 is met on 2026-03-10; 2026-03-09 is a day short.
    await page.fill('#date-activist', '2025-03-10');
    await page.fill('#date-candidate', '2026-03-09');
    await page.click('[data-action="solve"]');
    const summary = await page.locator('[data-summary]').innerText();
    expect(summary).toContain('填写的日期有误');
    expect(summary).toContain('列为发展对象的日期（2026年3月9日）早于入党积极分子培养满一年之日（2026年3月10日）');
    await expect(result(page, 'meeting')).resolves.not.toContain('最早');

    // Corrected: 公示 (一般) begins once the year is full, 2026-03-10, and lasts 5 working days (11, 12, 13, 16,
    // 17 March), so 发展对象 一般 from Tue 2026-03-17 — entered so, nothing is wrong or to note, 公示 falls on
    // 2026-03-10, and the meeting follows from 2026-03-17; 预备期 one year after the meeting.
    await page.fill('#date-candidate', '2026-03-17');
    await page.click('[data-action="solve"]');
    const corrected = await page.locator('[data-summary]').innerText();
    expect(corrected).not.toContain('有误');
    expect(corrected).not.toContain('提醒');
    await expect(result(page, 'publicity')).resolves.toContain('2026年3月10日');
    await expect(result(page, 'meeting')).resolves.toContain('最早：2026年3月17日');
    await expect(result(page, 'probation-end')).resolves.toContain('最早：2027年3月17日');
    expect(offSite(requests)).toEqual([]);
    await context.close();
  });

  it('a button pressed before any date loads the calculator and still answers', async () => {
    // The calculator is loaded on the first date or action; asked for a calendar with nothing entered, it says so.
    const { context, page, requests } = await open('tools/timeline/member-recruitment/');
    const dialog = page.waitForEvent('dialog');
    await page.click('[data-action="calendar"]');
    const message = await dialog;
    expect(message.message()).toContain('还没有可以放入日历的日期');
    await message.dismiss();
    expect(requests.some((url) => /timeline-solver/.test(url))).toBe(true);
    await context.close();
  });

  it('an old browser’s text field takes 2023年6月15日; a damaged saved record breaks nothing', async () => {
    const { context, page } = await open('tools/timeline/branch-election/');
    await page.evaluate(() => localStorage.setItem('djzy-timeline-member-recruitment', '{"v":1,"dates":[oops'));
    // A browser without a date picker shows a text field: the reader types the date in Chinese.
    await page.evaluate(() => {
      document.querySelector<HTMLInputElement>('#date-term-start')!.type = 'text';
    });
    await page.fill('#date-term-start', '2023年6月15日');
    await page.click('[data-action="solve"]');
    await expect(result(page, 'term-end')).resolves.toContain('应在：2026年6月15日');
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(served.url('tools/timeline/member-recruitment/'));
    await page.fill('#date-application', '2025-01-31');
    await page.click('[data-action="solve"]');
    await expect(result(page, 'talk')).resolves.toContain('最迟：2025年2月28日');
    expect(errors).toEqual([]);
    await context.close();
  });

  describe('dates saved in this browser are never lost without the reader being told', () => {
    const PAGE = 'tools/timeline/branch-election/';
    const KEY = 'djzy-timeline-branch-election';
    const LEGACY = 'djzy:timeline:branch-election:v1';

    /** The calendar file's events: summary → day. */
    async function calendarOf(page: Page): Promise<Map<string, string>> {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-action="calendar"]')]);
      const calendar = new ICAL.Component(ICAL.parse(readFileSync((await download.path())!, 'utf8')));
      return new Map(
        calendar
          .getAllSubcomponents('vevent')
          .map((c) => new ICAL.Event(c))
          .map((e) => [e.summary, e.startDate.toString()]),
      );
    }

    it('a record an earlier page wrote under its old key: converted, said, its dates shown and worked from', async () => {
      // The first pages (9151b0c–9df10e0): the bare dates as typed, under djzy:timeline:<procedure>:v1.
      const { page, errors, close } = await openWithRecords(served, PAGE, { [LEGACY]: '{"term-start":"2023/6/15"}' });
      await expect(noticeTexts(page)).resolves.toEqual(['已把旧版页面保存的时间推算记录转换为新格式。']);
      await expect(page.locator('.saved-record-notice').getAttribute('role')).resolves.toBe('status');
      await expect.poll(() => page.inputValue('#date-term-start')).toBe('2023-06-15');
      await expect(result(page, 'term-end')).resolves.toContain('应在：2026年6月15日');
      const storage = await storageOf(page);
      expect(storage[LEGACY]).toBeUndefined();
      expect(JSON.parse(storage[KEY]!)).toEqual({ v: 1, dates: { 'term-start': '2023-06-15' } });
      // Converted once: the next visit has nothing to say.
      await page.reload();
      await expect.poll(() => page.inputValue('#date-term-start')).toBe('2023-06-15');
      await expect(result(page, 'term-end')).resolves.toContain('应在：2026年6月15日');
      await expect(page.locator('.saved-record-notice').count()).resolves.toBe(0);
      expect(errors).toEqual([]);
      await close();
    });

    it('an impossible saved date: named at its field, kept aside, neither worked from nor in the calendar file', async () => {
      const raw = '{"v":1,"dates":{"term-start":"2023-06-15","request":"2026-02-30"}}';
      const { page, errors, close } = await openWithRecords(served, PAGE, { [KEY]: raw });
      const texts = await noticeTexts(page);
      expect(texts).toEqual([
        expect.stringMatching(/^本机保存的时间推算记录有 1 处内容无法识别，其余内容已读出。原记录已于/),
      ]);
      const problem = page.locator('#step-request .saved-record-field-problem');
      await expect(problem.textContent()).resolves.toBe(
        '本机保存的日期「2026-02-30」不是有效日期：2026年2月只有28天。这个日期没有填入，也不会导出，请重新填写。',
      );
      await expect(problem.isVisible()).resolves.toBe(true);
      await expect(page.inputValue('#date-request')).resolves.toBe('');
      const axe = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
      expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(' | ')}`)).toEqual([]);
      // The request is worked out from the term instead: by 2026-05-15 (一般, a month before 2026-06-15).
      await expect(result(page, 'request')).resolves.toContain('最迟：2026年5月15日');
      const events = await calendarOf(page);
      expect(events.get('党支部换届选举：报送换届选举请示')).toBeUndefined();
      expect(events.get('党支部换届选举：报送换届选举请示（最迟）')).toBe('2026-05-15');
      expect([...events.values()].filter((day) => /^2026-0(2-30|3-0[12])$/.test(day))).toEqual([]);

      await page.fill('#date-reminder', '2025-12-01');
      await page.locator('#date-reminder').dispatchEvent('change');
      const storage = await storageOf(page);
      expect(keptCopies(storage, KEY).map(([, text]) => text)).toEqual([raw]);
      expect(JSON.parse(storage[KEY]!).dates).toEqual({ 'term-start': '2023-06-15', reminder: '2025-12-01' });
      const file = await downloadFromNotice(page);
      expect(file.name).toMatch(/^djzy-timeline-branch-election-saved-\d{4}-\d{2}-\d{2}-\d{6}\.txt$/);
      expect(file.text).toBe(raw);
      expect(errors).toEqual([]);
      await close();
    });

    it.each([
      ['not JSON', '{"v":1,"dates":[oops', /^本机保存的时间推算记录格式无法识别。原记录已于/],
      ['the wrong shape', '["2023-06-15"]', /^本机保存的时间推算记录格式无法识别。/],
      [
        'a newer page’s format',
        '{"v":2,"dates":{"term-start":"2023-06-15"}}',
        /^本机保存的时间推算记录来自更新版本的页面，本页无法读取。/,
      ],
    ])('%s: said, kept aside unchanged through edits, downloadable as stored', async (_what, raw, said) => {
      const { page, errors, close } = await openWithRecords(served, PAGE, { [KEY]: raw });
      const texts = await noticeTexts(page);
      expect(texts).toEqual([expect.stringMatching(said)]);
      await page.fill('#date-term-start', '2023-06-15');
      await page.click('[data-action="solve"]');
      await expect(result(page, 'term-end')).resolves.toContain('应在：2026年6月15日');
      expect(keptCopies(await storageOf(page), KEY).map(([, text]) => text)).toEqual([raw]);
      await expect(downloadFromNotice(page)).resolves.toMatchObject({ text: raw });
      await page.reload();
      await expect(noticeTexts(page)).resolves.toEqual(texts);
      expect(errors).toEqual([]);
      await close();
    });

    it('dates of steps the page no longer has: said, and kept in the record through edits', async () => {
      const raw = '{"v":1,"dates":{"term-start":"2023-06-15","old-step":"2024-01-01"}}';
      const { page, close } = await openWithRecords(served, PAGE, { [KEY]: raw });
      await expect(noticeTexts(page)).resolves.toEqual([
        '本机保存的时间推算记录中，有 1 个日期对应的节点已不在本页上（节点已修改或删除）。这些日期不参与推算，仍保存在本机，可以下载查看。',
      ]);
      await page.fill('#date-reminder', '2025-12-01');
      await page.locator('#date-reminder').dispatchEvent('change');
      expect(JSON.parse((await storageOf(page))[KEY]!).dates['old-step']).toBe('2024-01-01');
      expect(JSON.parse((await downloadFromNotice(page)).text).dates['old-step']).toBe('2024-01-01');
      await close();
    });

    it('storage the browser refuses, on reading or on writing, is said', async () => {
      const unusable =
        /^这个浏览器不能在本机保存填写的内容（可能是隐私模式、存储空间已满或禁用了本机存储），关闭页面后会丢失。需要时请下载日历文件或打印本页。$/;
      const blocked = await openWithRecords(served, PAGE, {}, () => {
        Object.defineProperty(window, 'localStorage', {
          get() {
            throw new DOMException('denied', 'SecurityError');
          },
        });
      });
      expect(await noticeTexts(blocked.page)).toEqual([expect.stringMatching(unusable)]);
      await blocked.page.fill('#date-term-start', '2023-06-15');
      await blocked.page.click('[data-action="solve"]');
      await expect(result(blocked.page, 'term-end')).resolves.toContain('应在：2026年6月15日');
      expect(blocked.errors).toEqual([]);
      await blocked.close();

      const full = await openWithRecords(served, PAGE, {}, () => {
        Storage.prototype.setItem = () => {
          throw new DOMException('full', 'QuotaExceededError');
        };
      });
      await full.page.fill('#date-term-start', '2023-06-15');
      await full.page.click('[data-action="solve"]');
      expect(await noticeTexts(full.page)).toEqual([expect.stringMatching(unusable)]);
      await expect(result(full.page, 'term-end')).resolves.toContain('应在：2026年6月15日');
      expect(full.errors).toEqual([]);
      await full.close();
    });
  });

  it('without JavaScript: the rules with every offset and article, no date fields', async () => {
    const { context, page } = await open('tools/timeline/member-recruitment/', false);
    const text = await page.locator('main').innerText();
    expect(text).toContain('确定为入党积极分子满1年方可列为发展对象');
    expect(text).toContain('《中国共产党发展党员工作细则》第十三条');
    expect(text).toContain('党组织收到入党申请书后1个月内派人同入党申请人谈话');
    await expect(page.locator('#date-activist').isVisible()).resolves.toBe(false);
    await expect(page.locator('[data-action="calendar"]').isVisible()).resolves.toBe(false);
    await context.close();
  });
});
