/**
 * Calendar arithmetic on plain ISO days ('YYYY-MM-DD'), for the branch timelines.
 *
 * No `Date` object is involved: a day is converted to a day number by integer arithmetic on the proleptic Gregorian
 * calendar, so no time zone, daylight-saving change or local-midnight pitfall can move a date.
 *
 * Period rules (how the timelines count 一个月内, 满一年, 三个月内 …). Party regulations give time limits without a
 * counting rule of their own, so the counting follows 《中华人民共和国民法典》 第二百零一条、第二百零二条 and the
 * Party's own practice for 预备期满 (the anniversary is the day the year is full):
 * - the start day is not counted (第二百零一条): "N days after A" is A + N;
 * - a period of months or years ends on the corresponding day of the last month (第二百零二条), and the period is
 *   full (满) on that day: 2025-03-10 + 1 year = 2026-03-10, the first day on which "满一年" holds;
 * - if that month has no corresponding day, the month's last day is used (第二百零二条): 01-31 + 1 month = 02-28
 *   (02-29 in a leap year); 2024-02-29 + 1 year = 2025-02-28;
 * - "以上"/"以内" include the number itself and "超过" does not (民法典第一千二百五十九条): "一年以上" is met on the
 *   anniversary, "一个月内" still holds on the corresponding day, and "不得超过六个月" allows the six-month day;
 * - a period is always counted from its own start, never chained: 01-31 + 2 months = 03-31, although
 *   (01-31 + 1 month) + 1 month = 03-28;
 * - a last day falling on a holiday is NOT moved (民法典第二百零三条 is not applied): Party regulations do not say
 *   so, and an earlier limit never makes a reader late.
 */

import { daysInMonth, parseDate, type IsoDate } from '../calendar-day.ts';

export {
  daysInMonth,
  isLeapYear,
  normalizeDateText,
  parseDate,
  type IsoDate,
  type ParseResult,
} from '../calendar-day.ts';

/** Thrown by `isoDate` and by the working-day functions; `message` is Chinese and can be shown as it is. */
export class DateError extends Error {
  override name = 'DateError';
}

/** `parseDate` for data the program itself holds (fixtures, holiday lists): throws the Chinese message. */
export function isoDate(text: string): IsoDate {
  const result = parseDate(text);
  if (!result.ok) throw new DateError(result.message);
  return result.date;
}

export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

export function toCivil(date: IsoDate): CivilDate {
  return { year: Number(date.slice(0, 4)), month: Number(date.slice(5, 7)), day: Number(date.slice(8, 10)) };
}

function fromCivil(year: number, month: number, day: number): IsoDate {
  if (year < 1 || year > 9999) throw new DateError(`计算结果超出可表示的年份范围（${year}年）`);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}` as IsoDate;
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil): integer arithmetic, exact for every Gregorian day. */
export function dayNumber(date: IsoDate): number {
  const civil = toCivil(date);
  const { month, day } = civil;
  const year = civil.year - (month <= 2 ? 1 : 0); // the computation's year starts in March
  const era = Math.floor(year / 400);
  const yoe = year - era * 400;
  const doy = Math.floor((153 * ((month + 9) % 12) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

export function fromDayNumber(n: number): IsoDate {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return fromCivil(yoe + era * 400 + (month <= 2 ? 1 : 0), month, day);
}

/** Negative when a is earlier, 0 on the same day, positive when later. */
export function compareDates(a: IsoDate, b: IsoDate): number {
  return a < b ? -1 : a > b ? 1 : 0; // fixed-width ISO strings sort as the calendar does
}

/** Whole days from a to b (negative when b is earlier). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(b) - dayNumber(a);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(dayNumber(date) + days);
}

/** The corresponding day `months` later (or earlier); the month's last day when it has none (民法典第二百零二条). */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const { year, month, day } = toCivil(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return fromCivil(y, m, Math.min(day, daysInMonth(y, m)));
}

/**
 * `addMonths` by whole years: 2024-02-29 + 1 year = 2025-02-28. It is also the day a period of years is full (满):
 * the anniversary, see the module comment.
 */
export function addYears(date: IsoDate, years: number): IsoDate {
  return addMonths(date, years * 12);
}

/** ISO weekday: 1 Monday … 7 Sunday. 1970-01-01 was a Thursday. */
export function weekday(date: IsoDate): number {
  return ((((dayNumber(date) + 3) % 7) + 7) % 7) + 1;
}

const WEEKDAY_NAMES = ['一', '二', '三', '四', '五', '六', '日'];

/** '2026-03-05' → '周四'. */
export function weekdayName(date: IsoDate): string {
  return `周${WEEKDAY_NAMES[weekday(date) - 1]}`;
}

/**
 * Which days are working days, as published: Monday–Friday, less the listed holidays, plus the listed 调休 weekend
 * days that are worked. No calendar is invented here: `years` says which years the lists cover, and a count that
 * reaches outside them throws rather than guess.
 */
export interface WorkCalendar {
  years: readonly number[];
  holidays: readonly IsoDate[];
  workingWeekends: readonly IsoDate[];
  /**
   * How to count a year after the last one listed, whose arrangement is not published yet: Monday–Friday less
   * these fixed-date holidays ('MM-DD'), a provisional (暂按) count that `provisionalYears` lets the page say so.
   * Without it such a year throws, as does any year before the first one listed.
   */
  provisional?: { fixedHolidays: readonly string[] };
}

/** Whether `year` is counted provisionally: later than every year listed, with a provisional rule given. */
export function isProvisionalYear(year: number, calendar: WorkCalendar): boolean {
  return calendar.provisional !== undefined && calendar.years.every((listed) => listed < year);
}

/** The years a working-day count between `a` and `b` (either order) counted provisionally, earliest first. */
export function provisionalYears(a: IsoDate, b: IsoDate, calendar: WorkCalendar): number[] {
  const [from, to] = [toCivil(a).year, toCivil(b).year].sort((x, y) => x - y) as [number, number];
  const years: number[] = [];
  for (let year = from; year <= to; year += 1) if (isProvisionalYear(year, calendar)) years.push(year);
  return years;
}

export function isWorkingDay(date: IsoDate, calendar: WorkCalendar): boolean {
  const { year } = toCivil(date);
  if (!calendar.years.includes(year)) {
    if (isProvisionalYear(year, calendar)) {
      return weekday(date) <= 5 && !calendar.provisional!.fixedHolidays.includes(date.slice(5));
    }
    throw new DateError(`${year}年的节假日安排尚未载入，无法按工作日计算`);
  }
  if (calendar.workingWeekends.includes(date)) return true;
  if (calendar.holidays.includes(date)) return false;
  return weekday(date) <= 5;
}

/**
 * The `n`th working day after `date` (before it when n is negative); `date` itself is not counted, as in
 * 民法典第二百零一条. n = 0 returns `date`.
 */
export function addWorkingDays(date: IsoDate, n: number, calendar: WorkCalendar): IsoDate {
  const step = n < 0 ? -1 : 1;
  let day = dayNumber(date);
  for (let left = Math.abs(n); left > 0;) {
    day += step;
    if (isWorkingDay(fromDayNumber(day), calendar)) left -= 1;
  }
  return fromDayNumber(day);
}

/** Working days after `from` up to and including `to` (0 when `to` is not later). */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: WorkCalendar): number {
  let count = 0;
  for (let day = dayNumber(from) + 1; day <= dayNumber(to); day += 1) {
    if (isWorkingDay(fromDayNumber(day), calendar)) count += 1;
  }
  return count;
}
