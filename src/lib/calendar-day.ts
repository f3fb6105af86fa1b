/**
 * A calendar day as typed or stored ('YYYY-MM-DD'), checked without any other calendar arithmetic: small enough for
 * every page that reads a date from a reader or from the browser's storage (the self-check, saved records), while
 * the timelines' arithmetic lives in timeline/dates.ts, which re-exports these.
 */

/** A validated calendar day, 'YYYY-MM-DD'. Made only by `parseDate`, or by timeline/dates.ts. */
export type IsoDate = string & { readonly __isoDate: true };

export type ParseResult = { ok: true; date: IsoDate } | { ok: false; message: string; reason: string };

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

const LOOSE = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$/;

/**
 * A date as a reader types it where the browser has no date picker (2026-3-5, 2026/3/5, 2026.3.5, 2026年3月5日)
 * written as 'YYYY-MM-DD'; other text is returned trimmed, for `parseDate` to explain. Only the spelling changes,
 * never the day: an impossible day stays impossible.
 */
export function normalizeDateText(text: string): string {
  const value = text.trim();
  const match = LOOSE.exec(value);
  if (!match) return value;
  return `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`;
}

/** Reads 'YYYY-MM-DD' (what <input type="date"> gives); anything else gets a Chinese reason, never a guess. */
export function parseDate(text: string): ParseResult {
  const value = text.trim();
  const fail = (reason: string, message: string): ParseResult => ({ ok: false, reason, message });
  if (value === '') return fail('未填写', '未填写日期');
  const match = ISO.exec(value);
  if (!match) {
    const reason = '不是“年-月-日”格式，请按 2026-03-05 的样式填写';
    return fail(reason, `「${value}」${reason}`);
  }
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const invalid = (why: string) => fail(`不是有效日期：${why}`, `${value} 不是有效日期：${why}`);
  if (y < 1) return invalid('年份应从1年起');
  if (m < 1 || m > 12) return invalid('月份只有1至12月');
  if (d < 1) return invalid('日应从1日起');
  if (d > daysInMonth(y, m)) return invalid(`${y}年${m}月只有${daysInMonth(y, m)}天`);
  return { ok: true, date: value as IsoDate };
}
