/**
 * A bulletin's name, spelled here once for every place that shows it: its page and the list, the home page, a role's
 * page, the feed, the calendar and the search page. The month is the one the sheet was issued for, never 本月 (the
 * site is built rarely and read for months after).
 */
import { formatMonth } from './dates.ts';

/** The series, 《全面从严治党重点工作提示单》, as the site calls it. */
export const BULLETIN_SERIES = '重点工作提示单';

/** How much of the series' name stands between the issue and the month. */
const SERIES_WORDS = { none: '', short: '提示单', full: BULLETIN_SERIES } as const;

export interface BulletinNaming {
  issue: number;
  /** 'YYYY-MM' */
  month: string;
}

/** '第3期（2022年7月）'; with the series: '第3期提示单（2022年7月）' or '第3期重点工作提示单（2022年7月）'. */
export function bulletinName({ issue, month }: BulletinNaming, series: keyof typeof SERIES_WORDS = 'none'): string {
  return `第${issue}期${SERIES_WORDS[series]}（${formatMonth(month)}）`;
}

/**
 * The newest sheet, named by its month wherever it is shown: '最新一期 · 2022年7月', never 本月 (only the browser may
 * say anything about today).
 */
export const newestLabel = ({ month }: Pick<BulletinNaming, 'month'>): string => `最新一期 · ${formatMonth(month)}`;
