/**
 * A solved timeline in the words the 时间推算 page shows and the calendar file carries: for each step its date or
 * its earliest and latest, each with the rule that sets it; the problems with the dates entered. Pure, so the
 * browser script only puts these strings into the page.
 */
import type { CalendarEvent } from '../ics.ts';
import { formatPartialDate } from '../dates.ts';
import { weekdayName, type IsoDate } from './dates.ts';
import { provisionalNote } from './holidays.ts';
import { formatDuration, limitLabelOf, type Constraint, type ProcedureRules } from './rules.ts';
import type { Bound, Issue, Link, Solution } from './solve.ts';

export interface BoundText {
  date: IsoDate;
  /** 2026年3月10日. */
  text: string;
  /** 周二: a meeting falling on a weekend or a holiday is worth seeing at a glance. */
  weekday: string;
  /** What sets it: “入党积极分子培养满一年之日（发展党员细则第十三条）”. */
  because: string;
  /** True when a 一般 limit is in the chain: an approved exception may move it. */
  normally: boolean;
  /** When a working-day count ran into a year whose holidays are not published: why the date is 暂定, and until when. */
  provisional?: string;
  /** Those years, for the short mark beside the date (`provisionalBrief`). */
  provisionalYears?: readonly number[];
}

export interface StepOutcome {
  id: string;
  label: string;
  known?: IsoDate;
  earliest?: BoundText;
  latest?: BoundText;
  /** The strict limits' latest when it differs from the planning latest: how far an approved exception can go. */
  hardLatest?: BoundText;
  hardEarliest?: BoundText;
  /** A circumstance: it has a date only when entered. */
  circumstance?: boolean;
  /** This step's problems and notes, worst first. */
  issues: Issue[];
}

/** The source of a constraint as the page cites it, e.g. 发展党员细则第十三条 or 通行做法. */
export type SourceOf = (c: Constraint) => string;

function boundText(bound: Bound, rules: ProcedureRules, sourceOf: SourceOf): BoundText {
  const labels = new Map(rules.steps.map((s) => [s.id, s.label]));
  const labelOf = (id: string) => labels.get(id) ?? id;
  const first = bound.chain[0]!;
  const origin = bound.chain[bound.chain.length - 1]!;
  const via = bound.chain.length > 1 ? `，由${labelOf(origin.from)}的日期推得` : '';
  return {
    date: bound.date,
    text: formatPartialDate(bound.date),
    weekday: weekdayName(bound.date),
    because: `${linkLabel(first, labelOf)}（${sourceOf(first.constraint)}）${via}`,
    normally: bound.strength === 'normally',
    ...(bound.provisional
      ? { provisional: provisionalNote(bound.provisional), provisionalYears: bound.provisional }
      : {}),
  };
}

/**
 * The date a link was counted from, in words. A limit read forwards names its own date (收到入党申请书后一个月期满之日);
 * read backwards (the latest day for 报到 from the day of 接收) it is counted from the later step's date.
 */
function linkLabel(link: Link, labelOf: (id: string) => string): string {
  const c = link.constraint;
  if (link.from === c.anchor) return limitLabelOf(c, labelOf);
  const from = `${labelOf(link.from)}的日期`;
  if (c.offset.amount === 0) return from;
  return `${from}${c.direction === 'after' ? '前' : '后'}${formatDuration(c.offset)}之日`;
}

const RANK = { error: 0, warning: 1, info: 2 } as const;

/** The word before an issue on the page: 有误 for the reader's dates, 无法推算 when the page's limits are at fault. */
export function issueWord(issue: Issue): string {
  if (issue.kind === 'rules') return '无法推算';
  return { error: '有误', warning: '提醒', info: '说明' }[issue.severity];
}

/**
 * The line above the problems: whether the reader's dates or the page's limits stand in the way. A reader is never
 * told to correct dates when the limits contradict one another.
 */
export function summaryLine(solution: Solution, entered: number): string {
  if (solution.issues.some((issue) => issue.kind === 'rules')) return '本页的时限规定有问题，暂时无法推算日期：';
  if (!solution.ok) return '填写的日期有误，改正后才能推算其余日期：';
  if (solution.issues.some((issue) => issue.severity !== 'info')) return '已按填写的日期推算，请注意以下提醒：';
  return `已按填写的${entered}个日期推算，各节点的日期见下。`;
}

/** What a step with no date worked out says: the reason, which is never the reader's when the limits are at fault. */
export function noDatesLine(solution: Solution): string {
  return solution.issues.some((issue) => issue.kind === 'rules')
    ? '本页的时限规定有问题，无法推算（见上方说明）。'
    : '尚无法推算：需要先填写前后节点的日期。';
}

/**
 * The reason any date is 暂定, said once above the steps (a 发展党员 chain repeats it on every later step): the
 * years of all of them, or nothing when no date is provisional.
 */
export function provisionalSummary(outcomes: readonly StepOutcome[]): string | undefined {
  const years = new Set<number>();
  for (const o of outcomes) {
    for (const bound of [o.earliest, o.latest, o.hardEarliest, o.hardLatest]) {
      for (const year of bound?.provisionalYears ?? []) years.add(year);
    }
  }
  return years.size ? provisionalNote([...years].sort((a, b) => a - b)) : undefined;
}

/** Beside each 暂定 date: which years, that it may change, and where the reason is. */
export const provisionalBrief = (years: readonly number[]): string =>
  `${years.map((y) => `${y}年`).join('、')}的节假日安排本站尚未载入，载入后这一日期可能变动（见上方说明）。`;

export function stepOutcomes(rules: ProcedureRules, solution: Solution, sourceOf: SourceOf): StepOutcome[] {
  return solution.steps.map(({ step, known, window: own, strict: ownStrict }) => {
    // A circumstance (预计离开单位) only limits other steps: what the rules imply for its own date is no advice.
    const window = step.circumstance ? {} : own;
    const strict = step.circumstance ? {} : ownStrict;
    const text = (b: Bound | undefined) => b && boundText(b, rules, sourceOf);
    const differs = (a: Bound | undefined, b: Bound | undefined) => b !== undefined && a?.date !== b.date;
    return {
      id: step.id,
      label: step.label,
      ...(known ? { known } : {}),
      ...(window.earliest ? { earliest: text(window.earliest)! } : {}),
      ...(window.latest ? { latest: text(window.latest)! } : {}),
      ...(differs(window.latest, strict.latest) ? { hardLatest: text(strict.latest)! } : {}),
      ...(differs(window.earliest, strict.earliest) ? { hardEarliest: text(strict.earliest)! } : {}),
      ...(step.circumstance ? { circumstance: true } : {}),
      issues: solution.issues
        .filter((i) => i.step === step.id && !(step.circumstance && i.kind === 'missing'))
        .sort((a, b) => RANK[a.severity] - RANK[b.severity]),
    };
  });
}

const utc = (date: IsoDate) => new Date(`${date}T00:00:00Z`);

/**
 * Calendar events for the dates worked out: a step entered falls on its day; a step still to come is put on its
 * latest day (最迟) and, when it has no latest, on its earliest (最早可办). Steps with neither are left out.
 */
export function timelineEvents(
  title: string,
  procedure: string,
  outcomes: readonly StepOutcome[],
  stamp: Date,
  url?: string,
): CalendarEvent[] {
  return outcomes.flatMap((o): CalendarEvent[] => {
    const base = { stamp, ...(url ? { url } : {}) };
    if (o.known)
      return [{ ...base, uid: `${procedure}-${o.id}-known@djzy`, date: utc(o.known), summary: `${title}：${o.label}` }];
    if (o.latest) {
      return [
        {
          ...base,
          uid: `${procedure}-${o.id}-latest@djzy`,
          date: utc(o.latest.date),
          summary: `${title}：${o.label}（最迟${o.latest.provisional ? '，暂定' : ''}）`,
          description: [
            `依据：${o.latest.because}`,
            ...(o.latest.normally ? ['一般情况下的期限，经批准可以例外'] : []),
            ...(o.latest.provisional ? [o.latest.provisional] : []),
          ].join('。'),
        },
      ];
    }
    if (o.earliest) {
      return [
        {
          ...base,
          uid: `${procedure}-${o.id}-earliest@djzy`,
          date: utc(o.earliest.date),
          summary: `${title}：${o.label}（最早可办${o.earliest.provisional ? '，暂定' : ''}）`,
          description: [
            `依据：${o.earliest.because}`,
            ...(o.earliest.provisional ? [o.earliest.provisional] : []),
          ].join('。'),
        },
      ];
    }
    return [];
  });
}
