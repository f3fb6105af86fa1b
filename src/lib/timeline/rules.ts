/**
 * The data model of a procedure's time limits: its steps, and constraints between two steps of the form
 * "step no earlier / no later than N units after / before anchor". Each constraint carries the rule's words and
 * where they come from, so every date the solver gives can be shown with the rule and article that set it.
 * The rules themselves are content (a procedure's data); this module only says what they look like.
 */
import { addDays, addMonths, addWorkingDays, addYears, type IsoDate, type WorkCalendar } from './dates.ts';

export type Unit = 'days' | 'workingDays' | 'months' | 'years';

export interface Duration {
  /** A whole number, 0 or more; 0 expresses plain order ("B not before A"). */
  amount: number;
  unit: Unit;
}

/** 'strict': the regulation says 应当/不得/必须; 'normally': it says 一般 (exceptions exist, e.g. with approval). */
export type Strength = 'strict' | 'normally';

/** A national regulation (its id in content/regulations.yaml), or a practice the site names as such. */
export type Source = { regulation: string; articles?: string } | { practice: '通行做法' | '关区做法'; note?: string };

export interface Step {
  /** Lower-case letters, digits and hyphens, stable: the reader's saved dates are keyed by it. */
  id: string;
  /** What happens on that day, as a sentence subject: 列为发展对象 → “列为发展对象的日期”. */
  label: string;
  /**
   * A circumstance, not a thing to do (预计离开工作、学习单位): its date, when entered, limits other steps; no
   * date is worked out for it.
   */
  circumstance?: boolean;
}

export interface Constraint {
  id: string;
  /** The step whose date is limited. */
  step: string;
  relation: 'noEarlierThan' | 'noLaterThan';
  /** The step the limit is counted from. */
  anchor: string;
  direction: 'after' | 'before';
  offset: Duration;
  strength: Strength;
  /** The limit in the regulation's words, shown beside the date. */
  rule: string;
  /** Names the limiting date in messages: 入党积极分子培养满一年之日. Defaults to “<anchor>的日期” for offset 0. */
  limitLabel?: string;
  source: Source;
}

export interface ProcedureRules {
  /** The procedure's id, e.g. member-recruitment. */
  procedure: string;
  steps: readonly Step[];
  constraints: readonly Constraint[];
}

const ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** Problems with the rules themselves (in Chinese, for the content checker); an empty list when they are usable. */
export function ruleProblems(rules: ProcedureRules): string[] {
  const problems: string[] = [];
  const steps = new Set<string>();
  for (const step of rules.steps) {
    if (!ID.test(step.id)) problems.push(`步骤编号「${step.id}」只能用小写英文字母、数字和连字符`);
    if (steps.has(step.id)) problems.push(`步骤编号「${step.id}」重复`);
    if (step.label.trim() === '') problems.push(`步骤「${step.id}」缺少名称`);
    steps.add(step.id);
  }
  const ids = new Set<string>();
  for (const c of rules.constraints) {
    const where = `时限「${c.id}」`;
    if (ids.has(c.id)) problems.push(`${where}的编号重复`);
    ids.add(c.id);
    if (!steps.has(c.step)) problems.push(`${where}限定的步骤「${c.step}」不存在`);
    if (!steps.has(c.anchor)) problems.push(`${where}起算的步骤「${c.anchor}」不存在`);
    if (c.step === c.anchor) problems.push(`${where}不能以本步骤自身起算`);
    if (!Number.isInteger(c.offset.amount) || c.offset.amount < 0) {
      problems.push(`${where}的期限应为0或正整数，现为 ${c.offset.amount}`);
    }
    if (c.offset.amount !== 0 && !c.limitLabel) problems.push(`${where}缺少 limitLabel（所限日期的名称）`);
    if (c.rule.trim() === '') problems.push(`${where}缺少规定原文`);
    if ('regulation' in c.source && c.source.regulation.trim() === '') problems.push(`${where}缺少制度编号`);
  }
  return problems;
}

const UNIT_WORDS: Record<Unit, string> = { days: '天', workingDays: '个工作日', months: '个月', years: '年' };

export function formatDuration({ amount, unit }: Duration): string {
  return `${amount}${UNIT_WORDS[unit]}`;
}

/** The signed shift a constraint applies to its anchor's date. */
export function signedOffset(c: Constraint): number {
  return c.direction === 'after' ? c.offset.amount : -c.offset.amount;
}

/**
 * `date` moved by `amount` units (negative: earlier), with the month-end rule of dates.ts. Working days need a
 * calendar; without one this throws rather than count weekends only.
 */
export function shift(date: IsoDate, amount: number, unit: Unit, calendar?: WorkCalendar): IsoDate {
  switch (unit) {
    case 'days':
      return addDays(date, amount);
    case 'months':
      return addMonths(date, amount);
    case 'years':
      return addYears(date, amount);
    case 'workingDays':
      if (!calendar) throw new NoCalendarError('按工作日计算需要节假日安排，尚未提供');
      return addWorkingDays(date, amount, calendar);
  }
}

export class NoCalendarError extends Error {
  override name = 'NoCalendarError';
}

/** Two limits that pin a step to one day (预备期满, 任期届满): no earlier and no later than the same shift. */
export const pins = (a: Constraint, b: Constraint) =>
  a.step === b.step &&
  a.anchor === b.anchor &&
  a.relation !== b.relation &&
  a.direction === b.direction &&
  a.offset.amount === b.offset.amount &&
  a.offset.unit === b.offset.unit;

/** The 不早于 half of each pair of limits that pins `step` to a shift of another step's date. */
export function pinsOf(rules: ProcedureRules, step: string): Constraint[] {
  return rules.constraints.filter(
    (c) => c.step === step && c.relation === 'noEarlierThan' && rules.constraints.some((d) => pins(c, d)),
  );
}

/** The name of a limit's date in messages. */
export function limitLabelOf(c: Constraint, labelOf: (id: string) => string): string {
  return c.limitLabel ?? `${labelOf(c.anchor)}的日期`;
}

/** The constraint as one short sentence: 列为发展对象不早于确定为入党积极分子后1年. */
export function describeConstraint(c: Constraint, labelOf: (id: string) => string): string {
  const word = c.relation === 'noEarlierThan' ? '不早于' : '不晚于';
  const offset = c.offset.amount === 0 ? '' : `${c.direction === 'after' ? '后' : '前'}${formatDuration(c.offset)}`;
  return `${labelOf(c.step)}${word}${labelOf(c.anchor)}${offset}`;
}
