import { formatPartialDate } from '../../src/lib/dates.ts';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addWorkingDays,
  addYears,
  compareDates,
  dayNumber,
  daysBetween,
  daysInMonth,
  fromDayNumber,
  isLeapYear,
  isoDate,
  isWorkingDay,
  normalizeDateText,
  parseDate,
  weekday,
  weekdayName,
  workingDaysBetween,
  type WorkCalendar,
} from '../../src/lib/timeline/dates.ts';
import { CALENDAR_2025_2026, HOLIDAY_NOTICES } from '../../src/lib/timeline/holidays.ts';

const d = isoDate;

describe('parsing and formatting', () => {
  it('accepts real days, leap days included, and formats them in Chinese', () => {
    expect(parseDate('2026-03-05')).toEqual({ ok: true, date: '2026-03-05' });
    expect(parseDate(' 2026-03-05 ')).toEqual({ ok: true, date: '2026-03-05' });
    expect(parseDate('2024-02-29').ok).toBe(true); // 2024 is divisible by 4
    expect(parseDate('2000-02-29').ok).toBe(true); // divisible by 400
    expect(formatPartialDate(d('2026-03-05'))).toBe('2026年3月5日');
    expect(formatPartialDate(d('2025-12-31'))).toBe('2025年12月31日');
  });

  it('rejects impossible dates with a Chinese reason', () => {
    const message = (text: string) => {
      const result = parseDate(text);
      return result.ok ? 'ok' : result.message;
    };
    expect(message('2026-02-30')).toBe('2026-02-30 不是有效日期：2026年2月只有28天');
    expect(message('2025-02-29')).toBe('2025-02-29 不是有效日期：2025年2月只有28天');
    expect(message('2100-02-29')).toBe('2100-02-29 不是有效日期：2100年2月只有28天'); // 2100: by 100, not by 400
    expect(message('2026-04-31')).toBe('2026-04-31 不是有效日期：2026年4月只有30天');
    expect(message('2026-13-01')).toBe('2026-13-01 不是有效日期：月份只有1至12月');
    expect(message('2026-00-10')).toBe('2026-00-10 不是有效日期：月份只有1至12月');
    expect(message('2026-03-00')).toBe('2026-03-00 不是有效日期：日应从1日起');
    expect(message('2026-3-5')).toBe('「2026-3-5」不是“年-月-日”格式，请按 2026-03-05 的样式填写');
    expect(message('2026年3月5日')).toBe('「2026年3月5日」不是“年-月-日”格式，请按 2026-03-05 的样式填写');
    expect(message('')).toBe('未填写日期');
    expect(() => isoDate('2026-02-30')).toThrow('2026-02-30 不是有效日期：2026年2月只有28天');
  });
});

describe('the calendar', () => {
  it('knows leap years and month lengths', () => {
    expect([2024, 2000, 2028].map(isLeapYear)).toEqual([true, true, true]);
    expect([2025, 2100, 1900].map(isLeapYear)).toEqual([false, false, false]);
    expect(daysInMonth(2024, 2)).toBe(29);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(daysInMonth(2026, 4)).toBe(30);
    expect(daysInMonth(2026, 12)).toBe(31);
  });

  it('numbers days exactly as the proleptic Gregorian calendar (checked against Date.UTC)', () => {
    // Every day from 1899-12-01 to 2101-01-31: leap days of 1904…2096, and none in 1900 or 2100.
    const start = Date.UTC(1899, 11, 1) / 86_400_000;
    const end = Date.UTC(2101, 0, 31) / 86_400_000;
    for (let n = start; n <= end; n += 1) {
      const iso = new Date(n * 86_400_000).toISOString().slice(0, 10);
      if (fromDayNumber(n) !== iso || dayNumber(fromDayNumber(n)) !== n) throw new Error(`day ${n} (${iso})`);
    }
    expect(dayNumber(d('1970-01-01'))).toBe(0);
  });

  it('adds days across month ends and leap days', () => {
    expect(addDays(d('2024-02-28'), 1)).toBe('2024-02-29');
    expect(addDays(d('2100-02-28'), 1)).toBe('2100-03-01');
    expect(addDays(d('2025-12-31'), 1)).toBe('2026-01-01');
    expect(addDays(d('2026-03-01'), -1)).toBe('2026-02-28');
    expect(daysBetween(d('2024-01-01'), d('2025-01-01'))).toBe(366);
    expect(daysBetween(d('2100-01-01'), d('2101-01-01'))).toBe(365);
    expect(compareDates(d('2025-12-31'), d('2026-01-01'))).toBeLessThan(0);
    expect(compareDates(d('2026-01-01'), d('2026-01-01'))).toBe(0);
  });

  it('adds months to the corresponding day, or the month end when there is none (民法典第二百零二条)', () => {
    expect(addMonths(d('2025-01-31'), 1)).toBe('2025-02-28'); // no 2月31日; 2025 is not a leap year
    expect(addMonths(d('2024-01-31'), 1)).toBe('2024-02-29'); // leap year
    expect(addMonths(d('2025-01-30'), 1)).toBe('2025-02-28');
    expect(addMonths(d('2025-03-31'), 1)).toBe('2025-04-30');
    expect(addMonths(d('2025-12-15'), 1)).toBe('2026-01-15'); // across the year
    expect(addMonths(d('2025-11-30'), 3)).toBe('2026-02-28');
    // Counted from the start, never chained: 1月31日 + 2 months is 3月31日, though (+1) + 1 would be 3月28日.
    expect(addMonths(d('2025-01-31'), 2)).toBe('2025-03-31');
    expect(addMonths(addMonths(d('2025-01-31'), 1), 1)).toBe('2025-03-28');
    // Backwards (for "N months before"): 6 months before 2026-06-15 is 2025-12-15; before 08-31 is 02-28.
    expect(addMonths(d('2026-06-15'), -6)).toBe('2025-12-15');
    expect(addMonths(d('2026-08-31'), -6)).toBe('2026-02-28');
    expect(addMonths(d('2026-01-15'), -1)).toBe('2025-12-15');
  });

  it('adds years with the same rule: 2月29日 plus one year is 2月28日', () => {
    expect(addYears(d('2024-02-29'), 1)).toBe('2025-02-28');
    expect(addYears(d('2024-02-29'), 4)).toBe('2028-02-29');
    expect(addYears(d('2096-02-29'), 4)).toBe('2100-02-28'); // 2100 is not a leap year
    expect(addYears(d('2023-06-15'), 3)).toBe('2026-06-15');
    expect(addYears(d('2027-02-28'), -1)).toBe('2026-02-28');
  });

  it('says 满一年 on the anniversary (the corresponding day of the next year)', () => {
    // Named 入党积极分子 2025-03-10: the year is full on 2026-03-10, the first day 列为发展对象 may be.
    expect(addYears(d('2025-03-10'), 1)).toBe('2026-03-10');
    // Named on a leap day: no 2026-02-29, so the month end 2025-02-28.
    expect(addYears(d('2024-02-29'), 1)).toBe('2025-02-28');
    expect(addYears(d('2023-06-15'), 3)).toBe('2026-06-15');
  });

  it('names weekdays', () => {
    expect(weekday(d('1970-01-01'))).toBe(4); // a Thursday
    expect(weekdayName(d('2026-03-05'))).toBe('周四'); // 2026-01-01 was a Thursday; 63 days later
    expect(weekdayName(d('2026-03-08'))).toBe('周日');
    expect(weekdayName(d('2000-02-29'))).toBe('周二');
  });
});

describe('working days', () => {
  // A small calendar of our own: 2026-03-09 (a Monday) a holiday, Saturday 2026-03-14 worked (调休).
  const small: WorkCalendar = { years: [2026], holidays: [d('2026-03-09')], workingWeekends: [d('2026-03-14')] };

  it('skip weekends and listed holidays, and count listed 调休 weekend days', () => {
    expect(isWorkingDay(d('2026-03-06'), small)).toBe(true); // Friday
    expect(isWorkingDay(d('2026-03-07'), small)).toBe(false); // Saturday
    expect(isWorkingDay(d('2026-03-09'), small)).toBe(false); // listed holiday
    expect(isWorkingDay(d('2026-03-14'), small)).toBe(true); // listed working Saturday
    // From Friday 03-06, the start day not counted: Sat 07, Sun 08 off; Mon 09 holiday; Tue 10 is the 1st.
    expect(addWorkingDays(d('2026-03-06'), 1, small)).toBe('2026-03-10');
    // 10 (1), 11 (2), 12 (3), 13 (4), Sat 14 worked (5).
    expect(addWorkingDays(d('2026-03-06'), 5, small)).toBe('2026-03-14');
    // Backwards from Tuesday 03-10: Mon 09 holiday, weekend, so Friday 03-06.
    expect(addWorkingDays(d('2026-03-10'), -1, small)).toBe('2026-03-06');
    expect(addWorkingDays(d('2026-03-07'), 0, small)).toBe('2026-03-07');
    // After 03-06 up to and including 03-16: 10, 11, 12, 13, 14, 16 = 6.
    expect(workingDaysBetween(d('2026-03-06'), d('2026-03-16'), small)).toBe(6);
  });

  it('count across 2025 National Day with the State Council notice as data', () => {
    // From Friday 2025-09-26: Sat 27 off; Sun 28 worked (1); Mon 29 (2); Tue 30 (3); 10-01…10-08 off;
    // Thu 10-09 (4); Fri 10-10 (5).
    expect(addWorkingDays(d('2025-09-26'), 5, CALENDAR_2025_2026)).toBe('2025-10-10');
    expect(addWorkingDays(d('2025-10-09'), -1, CALENDAR_2025_2026)).toBe('2025-09-30');
    // ... and Sat 10-11 is worked too: 6 working days after 09-26 up to 10-11.
    expect(workingDaysBetween(d('2025-09-26'), d('2025-10-11'), CALENDAR_2025_2026)).toBe(6);
    // 2026 Spring Festival: Sat 02-14 worked; 02-15…02-23 off; so after Fri 02-13 come 02-14, then Tue 02-24.
    expect(addWorkingDays(d('2026-02-13'), 2, CALENDAR_2025_2026)).toBe('2026-02-24');
  });

  it('refuse to count into a year whose holidays are not listed', () => {
    // Thu 2026-12-31 is the 1st; 2027-01-01 has no published list here.
    expect(() => addWorkingDays(d('2026-12-30'), 3, CALENDAR_2025_2026)).toThrow(
      '2027年的节假日安排尚未载入，无法按工作日计算',
    );
    expect(() => isWorkingDay(d('2024-12-31'), CALENDAR_2025_2026)).toThrow('2024年的节假日安排尚未载入');
  });

  it('hold the notices as published: weekday labels agree, working weekends are weekends', () => {
    for (const notice of HOLIDAY_NOTICES) {
      for (const range of notice.holidays) {
        expect([weekdayName(d(range.from)), weekdayName(d(range.to))], `${notice.year} ${range.name}`).toEqual(
          range.weekdays,
        );
      }
      for (const [day, label] of notice.workingWeekends) {
        expect(weekdayName(d(day)), day).toBe(label);
        expect(weekday(d(day))).toBeGreaterThanOrEqual(6);
      }
    }
    const length = (year: number, name: string) => {
      const range = HOLIDAY_NOTICES.find((n) => n.year === year)!.holidays.find((r) => r.name === name)!;
      return daysBetween(d(range.from), d(range.to)) + 1;
    };
    expect(length(2025, '春节')).toBe(8); // 共8天
    expect(length(2025, '国庆节、中秋节')).toBe(8); // 共8天
    expect(length(2026, '春节')).toBe(9); // 共9天
    expect(length(2026, '国庆节')).toBe(7); // 共7天
  });
});

describe('dates as typed into a plain text field', () => {
  it('are written as YYYY-MM-DD whatever the separators', () => {
    for (const typed of ['2026-3-5', '2026/3/5', '2026.03.05', '2026年3月5日', ' 2026 年 3 月 5 日 ', '2026-03-05']) {
      expect(normalizeDateText(typed)).toBe('2026-03-05');
    }
  });
  it('keep an impossible day impossible and leave other text for parseDate to explain', () => {
    expect(parseDate(normalizeDateText('2026年2月30日'))).toMatchObject({
      ok: false,
      reason: '不是有效日期：2026年2月只有28天',
    });
    expect(normalizeDateText('3月5日')).toBe('3月5日');
    expect(parseDate(normalizeDateText('26/3/5')).ok).toBe(false);
  });
});
