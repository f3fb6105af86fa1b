/** Dates as Chinese readers write them. Content dates are calendar days at UTC midnight (see schemas/fields.ts). */

export function formatDate(date: Date): string {
  return `${date.getUTCFullYear()}年${date.getUTCMonth() + 1}月${date.getUTCDate()}日`;
}

/** '2022-07' → '2022年7月'. */
export function formatMonth(month: string): string {
  const [year, m] = month.split('-');
  return `${year}年${Number(m)}月`;
}

/** ISO day for <time datetime>. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** '2018-10-28' | '2018-10' | '2018' → '2018年10月28日' | '2018年10月' | '2018年'. */
export function formatPartialDate(value: string): string {
  const [y, m, d] = value.split('-');
  return `${y}年${m ? `${Number(m)}月` : ''}${d ? `${Number(d)}日` : ''}`;
}
