/**
 * A working-day count that runs into a year whose holiday arrangement is not published yet (issue 30 item 5): the
 * calculator counts weekends and the fixed-date holidays of 《全国年节及纪念日放假办法》第二条 (2024年修订), gives a
 * date marked 暂定 with the reason, and says when it may change. The content checker's calendar stays strict.
 */
import { describe, expect, it } from 'vitest';
import { addWorkingDays, isoDate, isWorkingDay, provisionalYears, weekdayName } from '../../src/lib/timeline/dates.ts';
import {
  CALENDAR_2025_2026,
  HOLIDAY_NOTICES,
  PLANNING_CALENDAR,
  provisionalNote,
  workingDayRule,
} from '../../src/lib/timeline/holidays.ts';
import { provisionalBrief, provisionalSummary, stepOutcomes, timelineEvents } from '../../src/lib/timeline/present.ts';
import { solve } from '../../src/lib/timeline/solve.ts';
import { memberRecruitment } from './timeline-fixtures.ts';

const NOTE_2027 =
  '暂定：本站尚未载入2027年的节假日安排，本页暂按周六、周日和《全国年节及纪念日放假办法》第二条规定的' +
  '固定日期假日（元旦1月1日，劳动节5月1日、2日，国庆节10月1日至3日）计算，未计春节、清明节、端午节、中秋节' +
  '（按农历确定）和调休、补假。国务院办公厅通常在上一年11月前后公布次年的安排，本站载入后这一日期可能变动。';

describe('a year after the published ones, counted provisionally', () => {
  const last = Math.max(...HOLIDAY_NOTICES.map((n) => n.year));

  it('the planning calendar counts the published years exactly as the notices do', () => {
    for (const day of ['2026-01-02', '2026-02-16', '2026-10-08', '2026-01-04', '2026-02-28', '2025-10-11']) {
      expect(isWorkingDay(isoDate(day), PLANNING_CALENDAR), day).toBe(isWorkingDay(isoDate(day), CALENDAR_2025_2026));
    }
    expect(provisionalYears(isoDate('2025-03-01'), isoDate('2026-12-31'), PLANNING_CALENDAR)).toEqual([]);
  });

  it('a later year: Monday to Friday, less 元旦, 劳动节 (two days) and 国庆节 (three days)', () => {
    expect(last).toBe(2026);
    const working = (day: string) => isWorkingDay(isoDate(day), PLANNING_CALENDAR);
    expect(weekdayName(isoDate('2027-01-01'))).toBe('周五');
    expect(working('2027-01-01')).toBe(false);
    expect(working('2027-01-04')).toBe(true);
    expect(working('2027-01-02')).toBe(false); // a Saturday
    // 2028-05-01 and 02 are a Monday and a Tuesday: both holidays since the 2024 amendment; the 3rd is worked.
    expect([weekdayName(isoDate('2028-05-01')), weekdayName(isoDate('2028-05-02'))]).toEqual(['周一', '周二']);
    expect([working('2028-05-01'), working('2028-05-02'), working('2028-05-03')]).toEqual([false, false, true]);
    expect([working('2027-10-01'), working('2027-10-04'), working('2028-10-03'), working('2028-10-04')]).toEqual([
      false,
      true,
      false,
      true,
    ]);
    // 春节 2027 (a lunar date) is not guessed: a February weekday counts as a working day, and the note says so.
    expect(working('2027-02-08')).toBe(true);
    expect(provisionalYears(isoDate('2026-12-28'), isoDate('2028-01-03'), PLANNING_CALENDAR)).toEqual([2027, 2028]);
  });

  it('a year before the published ones is still not counted, and the strict calendar guesses no year', () => {
    expect(() => isWorkingDay(isoDate('2024-05-06'), PLANNING_CALENDAR)).toThrow(
      '2024年的节假日安排尚未载入，无法按工作日计算',
    );
    expect(() => addWorkingDays(isoDate('2026-12-28'), 5, CALENDAR_2025_2026)).toThrow(
      '2027年的节假日安排尚未载入，无法按工作日计算',
    );
  });

  it('a step in the next year gets a date, marked provisional with the years it rests on', () => {
    // 公示 begins Monday 2026-12-28: 29, 30, 31 December, then 元旦 (Friday 2027-01-01) and the weekend are
    // skipped, so the fifth working day is Tuesday 2027-01-05.
    const s = solve(memberRecruitment, { publicity: '2026-12-28' }, { calendar: PLANNING_CALENDAR });
    const meeting = s.steps.find((r) => r.step.id === 'meeting')!;
    expect(meeting.window.earliest).toMatchObject({ date: '2027-01-05', provisional: [2027] });
    expect(s.issues.filter((i) => i.kind === 'calendar')).toEqual([]);
    // The same count inside a published year is not provisional.
    const published = solve(memberRecruitment, { publicity: '2026-03-02' }, { calendar: PLANNING_CALENDAR });
    const within = published.steps.find((r) => r.step.id === 'meeting')!.window.earliest!;
    expect(within.date).toBe('2026-03-09');
    expect(within.provisional).toBeUndefined();
  });

  it('the page and the calendar file say 暂定, why, and when the date may change', () => {
    const s = solve(memberRecruitment, { publicity: '2026-12-28' }, { calendar: PLANNING_CALENDAR });
    const outcomes = stepOutcomes(memberRecruitment, s, () => '通行做法');
    const meeting = outcomes.find((o) => o.id === 'meeting')!;
    expect(meeting.earliest).toMatchObject({ text: '2027年1月5日', weekday: '周二', provisional: NOTE_2027 });
    // On the page the reason is said once, above the steps; each 暂定 date carries the short mark.
    expect(provisionalSummary(outcomes)).toBe(NOTE_2027);
    expect(provisionalBrief(meeting.earliest!.provisionalYears!)).toBe(
      '2027年的节假日安排本站尚未载入，载入后这一日期可能变动（见上方说明）。',
    );
    const published = solve(memberRecruitment, { publicity: '2026-03-02' }, { calendar: PLANNING_CALENDAR });
    expect(provisionalSummary(stepOutcomes(memberRecruitment, published, () => '通行做法'))).toBeUndefined();
    const event = timelineEvents('发展党员', 'member-recruitment', outcomes, new Date(0)).find(
      (e) => e.uid === 'member-recruitment-meeting-earliest@djzy',
    )!;
    expect(event.summary).toBe('发展党员：召开支部大会讨论接收（最早可办，暂定）');
    expect(event.description).toContain(NOTE_2027);
  });

  it('names every provisional year, and the 怎样计算 line says how each kind of year is counted', () => {
    expect(provisionalNote([2027, 2028])).toMatch(/^暂定：本站尚未载入2027年、2028年的节假日安排/);
    expect(workingDayRule([2025, 2026])).toBe(
      '按工作日计算的，依照国务院办公厅公布的节假日安排，目前载入2025年、2026年；2027年及以后的安排载入之前，' +
        '暂按周六、周日和元旦、劳动节、国庆节的固定假日计算，日期标为“暂定”，载入后可能变动；' +
        '2025年以前的，本页不按工作日推算。',
    );
  });
});
