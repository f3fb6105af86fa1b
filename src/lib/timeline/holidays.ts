/**
 * 放假调休 as the State Council published it, for counting working days (工作日). Transcribed from the notices,
 * with each notice's own weekday labels kept beside the dates so a test can check the transcription; a year not
 * listed here is not guessed (see `isWorkingDay`): a later one is only counted provisionally, and said to be
 * (`PLANNING_CALENDAR`). Add a year only from its published notice, as soon as it is out (each November).
 *
 * - 《国务院办公厅关于2025年部分节假日安排的通知》，2024年11月12日（新华社北京11月12日电全文）。
 * - 《国务院办公厅关于2026年部分节假日安排的通知》，2025年11月4日（新华社北京11月4日电全文）。
 */
import { addDays, compareDates, isoDate, type IsoDate, type WorkCalendar } from './dates.ts';

export interface NoticeRange {
  /** The festival as the notice names it. */
  name: string;
  from: string;
  to: string;
  /** The notice's weekday labels for `from` and `to`, e.g. 周二. */
  weekdays: readonly [string, string];
}

export interface HolidayNotice {
  year: number;
  title: string;
  issued: string;
  holidays: readonly NoticeRange[];
  /** Weekend days worked (调休上班), with the notice's weekday label. */
  workingWeekends: readonly (readonly [string, string])[];
}

export const HOLIDAY_NOTICES: readonly HolidayNotice[] = [
  {
    year: 2025,
    title: '国务院办公厅关于2025年部分节假日安排的通知',
    issued: '2024-11-12',
    holidays: [
      { name: '元旦', from: '2025-01-01', to: '2025-01-01', weekdays: ['周三', '周三'] },
      { name: '春节', from: '2025-01-28', to: '2025-02-04', weekdays: ['周二', '周二'] },
      { name: '清明节', from: '2025-04-04', to: '2025-04-06', weekdays: ['周五', '周日'] },
      { name: '劳动节', from: '2025-05-01', to: '2025-05-05', weekdays: ['周四', '周一'] },
      { name: '端午节', from: '2025-05-31', to: '2025-06-02', weekdays: ['周六', '周一'] },
      { name: '国庆节、中秋节', from: '2025-10-01', to: '2025-10-08', weekdays: ['周三', '周三'] },
    ],
    workingWeekends: [
      ['2025-01-26', '周日'],
      ['2025-02-08', '周六'],
      ['2025-04-27', '周日'],
      ['2025-09-28', '周日'],
      ['2025-10-11', '周六'],
    ],
  },
  {
    year: 2026,
    title: '国务院办公厅关于2026年部分节假日安排的通知',
    issued: '2025-11-04',
    holidays: [
      { name: '元旦', from: '2026-01-01', to: '2026-01-03', weekdays: ['周四', '周六'] },
      { name: '春节', from: '2026-02-15', to: '2026-02-23', weekdays: ['周日', '周一'] },
      { name: '清明节', from: '2026-04-04', to: '2026-04-06', weekdays: ['周六', '周一'] },
      { name: '劳动节', from: '2026-05-01', to: '2026-05-05', weekdays: ['周五', '周二'] },
      { name: '端午节', from: '2026-06-19', to: '2026-06-21', weekdays: ['周五', '周日'] },
      { name: '中秋节', from: '2026-09-25', to: '2026-09-27', weekdays: ['周五', '周日'] },
      { name: '国庆节', from: '2026-10-01', to: '2026-10-07', weekdays: ['周四', '周三'] },
    ],
    workingWeekends: [
      ['2026-01-04', '周日'],
      ['2026-02-14', '周六'],
      ['2026-02-28', '周六'],
      ['2026-05-09', '周六'],
      ['2026-09-20', '周日'],
      ['2026-10-10', '周六'],
    ],
  },
];

function daysOf(range: NoticeRange): IsoDate[] {
  const days: IsoDate[] = [];
  for (let day = isoDate(range.from); compareDates(day, isoDate(range.to)) <= 0; day = addDays(day, 1)) days.push(day);
  return days;
}

/** The notices as a `WorkCalendar` covering exactly their years. */
export function calendarFromNotices(notices: readonly HolidayNotice[]): WorkCalendar {
  return {
    years: notices.map((notice) => notice.year),
    holidays: notices.flatMap((notice) => notice.holidays.flatMap(daysOf)),
    workingWeekends: notices.flatMap((notice) => notice.workingWeekends.map(([day]) => isoDate(day))),
  };
}

export const CALENDAR_2025_2026: WorkCalendar = calendarFromNotices(HOLIDAY_NOTICES);

/**
 * The holidays fixed on the Gregorian calendar: 《全国年节及纪念日放假办法》第二条 as amended by the State Council on
 * 2024-11-10 (第四次修订): 元旦1月1日；劳动节5月1日、2日；国庆节10月1日至3日. The other four (春节, 清明节,
 * 端午节, 中秋节) fall by the lunar calendar and are not computed here; nor are 补假 (第六条: a holiday on a weekend
 * is made up on a working day, on a day the notice chooses) and 调休 weekends.
 */
export const FIXED_DATE_HOLIDAYS = [
  { name: '元旦', days: ['01-01'], text: '1月1日' },
  { name: '劳动节', days: ['05-01', '05-02'], text: '5月1日、2日' },
  { name: '国庆节', days: ['10-01', '10-02', '10-03'], text: '10月1日至3日' },
] as const;

/** The holidays a provisional count leaves out, as the 放假办法 names them. */
export const LUNAR_HOLIDAYS = ['春节', '清明节', '端午节', '中秋节'] as const;

/**
 * The calendar the 时间推算 page counts with: the published years as published, and a later year, whose notice is
 * not out yet, provisionally by weekends and the fixed-date holidays; the page marks such a date 暂定 with
 * `provisionalNote`. The content checker keeps the strict calendar: a limit is checked only on published years.
 */
export const PLANNING_CALENDAR: WorkCalendar = {
  ...CALENDAR_2025_2026,
  provisional: { fixedHolidays: FIXED_DATE_HOLIDAYS.flatMap((h) => h.days) },
};

/**
 * Why a date is provisional and when it may change, beside the date. The State Council's General Office has
 * published each year's arrangement in the November before (2025's on 2024-11-12, 2026's on 2025-11-04).
 */
export function provisionalNote(years: readonly number[]): string {
  const named = years.map((y) => `${y}年`).join('、');
  const fixed = FIXED_DATE_HOLIDAYS.map((h) => `${h.name}${h.text}`).join('，');
  return (
    `暂定：本站尚未载入${named}的节假日安排，本页暂按周六、周日和《全国年节及纪念日放假办法》第二条规定的` +
    `固定日期假日（${fixed}）计算，未计${LUNAR_HOLIDAYS.join('、')}（按农历确定）和调休、补假。` +
    `国务院办公厅通常在上一年11月前后公布次年的安排，本站载入后这一日期可能变动。`
  );
}

/** The 怎样计算 line on working days: which years are published, how a later one is counted, and what is not. */
export function workingDayRule(published: readonly number[]): string {
  const years = published.map((y) => `${y}年`).join('、');
  const last = Math.max(...published);
  return (
    `按工作日计算的，依照国务院办公厅公布的节假日安排，目前载入${years}；` +
    `${last + 1}年及以后的安排载入之前，暂按周六、周日和元旦、劳动节、国庆节的固定假日计算，日期标为“暂定”，` +
    `载入后可能变动；${published[0]}年以前的，本页不按工作日推算。`
  );
}
