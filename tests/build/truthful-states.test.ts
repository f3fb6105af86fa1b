/**
 * Dates and states that tell the truth (issue 15 item 6), over both builds: the site is built rarely and read for
 * months after, so no page, feed or calendar calls the newest bulletin “this month” — it is named by its month —
 * and no overdue/due-soon mark is baked into the HTML (the browser adds those from the reader's today). The
 * ledger, its CSV and each unit's list run in number order.
 */
import { parse } from 'csv-parse/sync';
import { Window } from 'happy-dom';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content-source/entries.ts';
import { formatMonth } from '../../src/lib/dates.ts';
import { COLLECTION_LIST } from '../../src/schemas/collections.ts';
import { POSTS, SEED_COUNTS } from '../../src/schemas/seed-facts.ts';
import { BUILD_TITLE, BUILDS, requireBuild, ROOT } from '../support/builds.ts';

const { entries } = loadContent(ROOT, COLLECTION_LIST);
const ofCollection = (name: string) => entries.filter((e) => e.def.name === name);
const bulletins = ofCollection('bulletins')
  .map((e) => ({ id: e.id, ...(e.data as { issue: number; month: string }) }))
  .sort((a, b) => b.issue - a.issue);
const newest = bulletins[0]!;
const NEWEST_LABEL = `最新一期 · ${formatMonth(newest.month)}`;
/**
 * Words that would say the newest sheet is the current one. (当月 is not among them: content uses it of a member's
 * own month, “从领取新工资的当月起”.)
 */
const NOW_WORDS = /本月|这个月|本期提示单|this month/i;
/** The claim with a little context, or undefined: a failure shows where, not the whole page. */
const claimOfNow = (text: string) => {
  const at = text.search(NOW_WORDS);
  return at < 0 ? undefined : text.slice(Math.max(0, at - 20), at + 20);
};

const domOf = (html: string) => new new Window().DOMParser().parseFromString(html, 'text/html');
/** What a reader sees of <main>: its text without scripts and styles. */
const mainText = (html: string) => {
  const main = domOf(html).querySelector('main')!;
  main.querySelectorAll('script, style').forEach((e) => e.remove());
  return main.textContent ?? '';
};

describe.each(BUILDS)(`${BUILD_TITLE}：日期和状态如实`, ({ dir }) => {
  const read = (file: string) => readFileSync(join(requireBuild(dir), file), 'utf8');
  const page = (route: string) => read(`${route}index.html`);

  // Every page that shows or points to the newest bulletin's tasks.
  const showing = [
    '',
    'bulletins/',
    'roles/',
    ...POSTS.map((p) => `roles/${p.id}/`),
    ...POSTS.map((p) => `duties/${p.id}/`),
  ];

  it.each(showing)('/%s never calls the newest bulletin “this month”', (route) => {
    expect(claimOfNow(mainText(page(route)))).toBeUndefined();
  });

  it('the home page names the newest bulletin by its month', () => {
    const heading = domOf(page('')).querySelector('#bulletin-title')!.textContent!;
    expect(heading).toContain(NEWEST_LABEL);
  });

  it.each(POSTS.map((p) => p.id))('the %s portal names the newest bulletin by its month', (id) => {
    const doc = domOf(page(`roles/${id}/`));
    expect(doc.querySelector('#tasks')!.textContent).toContain(NEWEST_LABEL);
    expect(doc.querySelector('a[href="#tasks"]')!.textContent).toContain(NEWEST_LABEL);
  });

  it('the bulletin list marks the newest, and every older sheet points to it', () => {
    const list = mainText(page('bulletins/'));
    expect(list.match(/最新一期/g)).toHaveLength(1);
    for (const b of bulletins) {
      const text = mainText(page(`bulletins/${b.id}/`));
      if (b.id === newest.id) expect(text).not.toContain('这是往期提示单');
      else expect(text).toContain(`本站收录的最新一期是第${newest.issue}期（${formatMonth(newest.month)}）`);
    }
  });

  it('feeds and calendars say nothing about “this month”', () => {
    const files = ['bulletins/rss.xml', 'bulletins/calendar.ics', ...POSTS.map((p) => `roles/${p.id}/calendar.ics`)];
    for (const file of files) expect(claimOfNow(read(file).replace(/\r\n[ \t]/g, '')), file).toBeUndefined();
  });

  it.each(['', ...bulletins.map((b) => `bulletins/${b.id}/`), `roles/${POSTS[0]!.id}/`])(
    '/%s: each deadline is one whole phrase, and no overdue mark is baked in',
    (route) => {
      const html = page(route);
      const doc = domOf(html);
      const phrases = [...doc.querySelectorAll('[data-deadline]')];
      expect(phrases.length).toBeGreaterThan(0);
      for (const phrase of phrases) {
        expect(phrase.textContent!.replace(/\s+/g, '')).toMatch(/^时限：\d{4}年\d{1,2}月\d{1,2}日前$/);
        expect(phrase.getAttribute('data-deadline')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
      expect(doc.querySelectorAll('.deadline-mark')).toHaveLength(0);
      expect(mainText(html)).not.toMatch(/已过时限|今天截止|还有 \d+ 天/);
    },
  );

  it(`the ledger lists its ${SEED_COUNTS.problems.count} problems in number order, each headed by its number`, () => {
    const problems = [...domOf(page('rectification/')).querySelectorAll('[data-problem]')];
    const numbers = problems.map((p) => Number(p.getAttribute('data-number')));
    expect(numbers).toEqual(Array.from({ length: SEED_COUNTS.problems.count }, (_, i) => i + 1));
    problems.forEach((p, i) => expect(p.querySelector('h4')!.textContent).toMatch(new RegExp(`^问题${i + 1}：`)));
    // Each measure row carries its state in a cell of its own.
    const states = problems.flatMap((p) => [...p.querySelectorAll('tbody td.measure-status')]);
    expect(states).toHaveLength(SEED_COUNTS.measures.count);
  });

  it('the ledger CSV runs in number order, measures in order within each problem', () => {
    const records = parse(read('rectification/ledger.csv'), { bom: true, columns: true }) as Record<string, string>[];
    const keys = records.map((r) => r['措施序号']!.split('.').map(Number) as [number, number]);
    const sorted = [...keys].sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    expect(keys).toEqual(sorted);
    expect(records.every((r) => r['措施序号']!.startsWith(`${r['问题序号']}.`))).toBe(true);
  });

  it.each(ofCollection('units').map((u) => u.id))('units/%s numbers its problems 1, 2, 3 … in order', (id) => {
    const cells = [...domOf(page(`units/${id}/`)).querySelectorAll('tbody td.unit-number')];
    expect(cells.map((c) => Number(c.textContent))).toEqual(cells.map((_, i) => i + 1));
    expect(cells.length).toBeGreaterThan(0);
  });
});
