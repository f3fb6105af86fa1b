/**
 * Dates that cannot all be true: a bulletin issued outside its month, a task due before the sheet was issued or
 * far beyond any month's work, a study item dated after the sheet that recommends it, a yearly edition dated in
 * another year or out of order with the others. Each date is valid on its own (the schema checks that); only the
 * combination is wrong, so the message names both.
 */
import type { Problem } from '../../content-source/problem.ts';
import { entriesOf, problemAt, type RuleInput } from './input.ts';

/** How far past its issue date a bulletin's task may be due: the sheet schedules the coming months' work. */
export const TASK_SPAN_MONTHS = 6;

const day = (d: Date) => d.toISOString().slice(0, 10);
/** The first day of the month `offset` months after YYYY-MM, at UTC midnight. */
const monthStart = (month: string, offset = 0) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m - 1 + offset, 1));
};
const addMonths = (d: Date, n: number) => new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, d.getUTCDate()));

export function bulletinDateRule({ valid }: RuleInput): Problem[] {
  const problems: Problem[] = [];
  for (const e of entriesOf(valid, 'bulletins')) {
    const { month, issuedOn, tasks, studies } = e.parsed;
    // A month's sheet goes out in that month or at the end of the one before.
    if (issuedOn < monthStart(month, -1) || issuedOn >= monthStart(month, 1)) {
      problems.push(
        problemAt(
          e,
          ['issuedOn'],
          `印发日期 ${day(issuedOn)} 与所属月份 ${month} 对不上（提示单在当月或上月印发）`,
          '改正印发日期或所属月份，检查年份和月份是否写错',
        ),
      );
    }
    const latest = addMonths(issuedOn, TASK_SPAN_MONTHS);
    tasks.forEach((task, i) => {
      if (task.deadline < issuedOn) {
        problems.push(
          problemAt(
            e,
            ['tasks', i, 'deadline'],
            `完成时限 ${day(task.deadline)} 早于提示单的印发日期 ${day(issuedOn)}`,
            '时限应在印发之后：检查年份和月份是否写错',
          ),
        );
      } else if (task.deadline > latest) {
        problems.push(
          problemAt(
            e,
            ['tasks', i, 'deadline'],
            `完成时限 ${day(task.deadline)} 距印发日期 ${day(issuedOn)} 超过 ${TASK_SPAN_MONTHS} 个月`,
            '提示单安排近期工作：检查年份是否写错；跨年度的工作写明本阶段的时限',
          ),
        );
      }
    });
    studies.forEach((study, i) => {
      if (study.date && study.date > issuedOn) {
        problems.push(
          problemAt(
            e,
            ['studies', i, 'date'],
            `学习内容的日期 ${day(study.date)} 晚于提示单的印发日期 ${day(issuedOn)}`,
            '提示单只能提醒已发表的内容：检查日期是否写错',
          ),
        );
      }
    });
  }
  return problems;
}

export function revisionDateRule({ valid }: RuleInput): Problem[] {
  const problems: Problem[] = [];
  const revisions = entriesOf(valid, 'revisions');
  for (const e of revisions) {
    // An edition named by its year is revised in that year or late in the year before.
    const year = /^\d{4}$/.test(e.id) ? Number(e.id) : undefined;
    const dated = e.parsed.date.getUTCFullYear();
    if (year !== undefined && dated !== year && dated !== year - 1) {
      problems.push(
        problemAt(
          e,
          ['date'],
          `修订日期 ${day(e.parsed.date)} 与版本 ${e.id} 的年份对不上`,
          `改正修订日期或版本编号（${e.id} 年版应在 ${year - 1} 年或 ${year} 年修订）`,
        ),
      );
    }
  }
  const byYear = revisions.filter((e) => /^\d{4}$/.test(e.id)).sort((a, b) => Number(a.id) - Number(b.id));
  byYear.slice(1).forEach((e, i) => {
    const before = byYear[i]!;
    if (e.parsed.date <= before.parsed.date) {
      problems.push(
        problemAt(
          e,
          ['date'],
          `${e.id} 年版的修订日期 ${day(e.parsed.date)} 不晚于 ${before.id} 年版的 ${day(before.parsed.date)}`,
          '新版本的修订日期应晚于旧版本：检查两处日期',
        ),
      );
    }
  });
  return problems;
}
