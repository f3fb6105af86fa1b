// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { markDeadlines } from '../../src/client/deadline-marks.ts';

const today = new Date(2022, 6, 10); // 2022-07-10, local time as the browser sees it
/** A sheet's task list, as TaskList renders it, for the month given. */
const sheet = (month: string, ...tasks: string[]) => `<ol data-deadline-month="${month}">${tasks.join('')}</ol>`;
const task = (iso: string, day: string) =>
  `<li><p><span data-deadline="${iso}"><strong>时限：</strong><time datetime="${iso}">${day}</time>前</span></p><p><strong>落实主体：</strong>党支部</p></li>`;

describe('deadline marks in the browser', () => {
  it('follow the whole deadline phrase, so “…日前” reads unbroken, and say overdue or how soon', () => {
    document.body.innerHTML = sheet('2022-07', task('2022-07-09', '2022年7月9日'), task('2022-07-13', '2022年7月13日'));
    markDeadlines(today);
    const [overdue, soon] = Array.from(document.querySelectorAll('li'));
    expect(overdue!.textContent).toBe('时限：2022年7月9日前 已过时限落实主体：党支部');
    expect(soon!.textContent).toBe('时限：2022年7月13日前 还有 3 天落实主体：党支部');
    expect(overdue!.querySelector('.deadline-mark')!.className).toBe('badge deadline-mark badge-warn');
    expect(soon!.querySelector('.deadline-mark')!.className).toBe('badge deadline-mark badge-ok');
    // The phrase itself stays as built: the mark is its sibling, not inside it.
    expect(overdue!.querySelector('[data-deadline]')!.textContent).toBe('时限：2022年7月9日前');
  });

  it('leaves a later deadline unmarked and marks each phrase once however often it runs', () => {
    document.body.innerHTML = sheet('2022-07', task('2022-08-31', '2022年8月31日'), task('2022-07-01', '2022年7月1日'));
    markDeadlines(today);
    markDeadlines(today);
    expect(Array.from(document.querySelectorAll('.deadline-mark'), (m) => m.textContent)).toEqual(['已过时限']);
  });

  it('leaves an archived sheet (any month but the reader’s own) as plain dates: no 已过时限 on last month’s plan', () => {
    document.body.innerHTML =
      sheet('2022-06', task('2022-06-30', '2022年6月30日'), task('2022-07-12', '2022年7月12日')) +
      sheet('2022-07', task('2022-07-09', '2022年7月9日'));
    markDeadlines(today);
    const marks = Array.from(
      document.querySelectorAll('.deadline-mark'),
      (m) => m.closest('ol')!.dataset.deadlineMonth,
    );
    expect(marks).toEqual(['2022-07']);
    markDeadlines(new Date(2026, 11, 7));
    expect(document.querySelectorAll('.deadline-mark')).toHaveLength(1);
  });

  it('marks nothing outside a sheet that names its month', () => {
    document.body.innerHTML = `<ul>${task('2022-07-09', '2022年7月9日')}</ul>`;
    markDeadlines(today);
    expect(document.querySelectorAll('.deadline-mark')).toHaveLength(0);
  });
});
