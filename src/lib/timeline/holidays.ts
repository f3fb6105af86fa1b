/**
 * 放假调休 as the State Council published it, for counting working days (工作日). Transcribed from the notices,
 * with each notice's own weekday labels kept beside the dates so a test can check the transcription; a year not
 * listed here is not guessed (see `isWorkingDay`). Add a year only from its published notice.
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
