/**
 * One member as the 党费计算 tool's form holds them (the reader's own text in every field) and what the tool says
 * back: the bracket, rate, monthly and yearly amounts with the article, each field's problem in Chinese, the
 * approval a reduction needs and whether a voluntary payment goes to the centre. Pure: the page's script only
 * reads the fields and writes these words.
 */
import { parseAmount } from './amount.ts';
import {
  categoryOf,
  goesToCentre,
  monthlyDues,
  percent,
  toCents,
  yuan,
  type DuesStandard,
  type FixedResult,
  type RateResult,
} from './standard.ts';

export type Relief = '' | 'less' | 'exempt';

/** Every field as typed; stored as is, so a reader finds on the next visit exactly what they wrote. */
export interface MemberInput {
  name: string;
  /** A category id of the 交纳标准, '' while none is chosen. */
  category: string;
  income: string;
  /** The months averaged (不按月取得收入: the last quarter's three). */
  months: string[];
  /** 农民党员: the monthly amount the branch set within the range. */
  set: string;
  relief: Relief;
  /** The monthly amount approved when paying less. */
  approved: string;
  /** A voluntary extra payment, made at one time. */
  extra: string;
}

export const emptyMember = (): MemberInput => ({
  name: '',
  category: '',
  income: '',
  months: ['', '', ''],
  set: '',
  relief: '',
  approved: '',
  extra: '',
});

export interface MemberOutcome {
  /** Problems by field (income, months.0, set, approved, extra). */
  problems: Record<string, string>;
  /** What the tool says, line by line. */
  lines: string[];
  /** Monthly and yearly amounts in 分, when worked out. */
  monthly?: number;
  yearly?: number;
  /** The voluntary extra in 分. */
  extra?: number;
  /** Whether the extra goes wholly to the centre. */
  centre?: boolean;
  /** For the branch's table: the base and the rate in words. */
  base?: string;
  rate?: string;
}

type Sources = Record<string, string>;

/** “6800×1.5%＝102元”. */
const sum = (base: number, r: RateResult) => `${yuan(base)}×${percent(r.rate)}＝${yuan(r.monthly)}元`;

function rateLines(r: RateResult, source: string, averaged: number | undefined, total: number): string[] {
  return [
    averaged
      ? `上季度${averaged}个月合计${yuan(total)}元，月平均${yuan(r.base)}元` +
        `${r.base * averaged === total ? '' : '（约数，分档和计算用合计数）'}。`
      : '',
    `在${r.bracketLabel}档，按${percent(r.rate)}交纳（${source}）。`,
    averaged ? `每月应交${yuan(r.monthly)}元。` : `每月应交：${sum(r.base, r)}。`,
  ].filter(Boolean);
}

export function memberOutcome(standard: DuesStandard, sources: Sources, m: MemberInput): MemberOutcome {
  const out: MemberOutcome = { problems: {}, lines: [] };
  const category = categoryOf(standard, m.category);
  if (!category) return out;
  const source = sources[category.id] ?? category.articles;

  let result: RateResult | FixedResult | undefined;
  let monthly: number | undefined;
  if (category.amount !== undefined) {
    result = monthlyDues(standard, category, []);
    const fixed = result as FixedResult;
    if (fixed.monthlyUpTo === undefined) {
      monthly = fixed.monthly;
      out.lines.push(`每月交纳${yuan(monthly)}元（${source}）。`);
    } else {
      const range = `${yuan(fixed.monthly)}元至${yuan(fixed.monthlyUpTo)}元`;
      out.lines.push(`每月交纳${range}（${source}），具体数额由党支部核定。`);
      if (m.set.trim()) {
        const set = parseAmount(m.set, '核定金额');
        if (!set.ok) out.problems.set = set.problem;
        else if (set.cents < fixed.monthly || set.cents > fixed.monthlyUpTo)
          out.problems.set = `核定金额应在${range}之间`;
        else monthly = set.cents;
      } else out.lines.push('填上党支部核定的金额，即可算出全年。');
    }
    out.rate =
      fixed.monthlyUpTo === undefined
        ? `每月${yuan(fixed.monthly)}元`
        : `每月${yuan(fixed.monthly)}至${yuan(fixed.monthlyUpTo)}元`;
  } else {
    const months = category.averageMonths ?? 0;
    const fields = months ? m.months.slice(0, months).map((_, i) => `months.${i}`) : ['income'];
    const cents: number[] = [];
    fields.forEach((field, i) => {
      const text = months ? (m.months[i] ?? '') : m.income;
      const what = months ? `第${i + 1}个月的纯收入` : '月收入';
      if (!text.trim()) return;
      const parsed = parseAmount(text, what);
      if (parsed.ok) cents.push(parsed.cents);
      else out.problems[field] = parsed.problem;
    });
    if (cents.length === fields.length && !Object.keys(out.problems).length) {
      result = monthlyDues(standard, category, cents) as RateResult;
      monthly = result.monthly;
      const total = cents.reduce((a, b) => a + b, 0);
      out.lines.push(...rateLines(result, source, months || undefined, total));
      out.base = `${yuan(result.base)}元`;
      out.rate = percent(result.rate);
    } else if (months && cents.length > 0 && !Object.keys(out.problems).length) {
      out.lines.push(`填齐${months}个月的纯收入，按月平均数计算。`);
    }
  }

  if (monthly !== undefined && m.relief) {
    const { rule } = standard.reduction;
    const path = `少交或免交须本人申请，经党支部研究，报上一级党委批准（${sources.reduction ?? standard.reduction.articles}：“${rule}”）。`;
    if (m.relief === 'exempt') {
      out.lines.push(`按标准每月应交${yuan(monthly)}元；经批准免交，每月交纳0元。`, path);
      monthly = 0;
    } else if (!m.approved.trim()) {
      out.lines.push(`按标准每月应交${yuan(monthly)}元；填上批准的每月金额。`, path);
      monthly = undefined;
    } else {
      const approved = parseAmount(m.approved, '批准的金额');
      if (!approved.ok) out.problems.approved = approved.problem;
      else if (approved.cents >= monthly) out.problems.approved = `少交的金额应少于按标准应交的${yuan(monthly)}元`;
      if (!approved.ok || approved.cents >= monthly) monthly = undefined;
      else {
        out.lines.push(`按标准每月应交${yuan(monthly)}元；经批准少交，每月交纳${yuan(approved.cents)}元。`, path);
        monthly = approved.cents;
      }
    }
  }

  if (monthly !== undefined) {
    out.monthly = monthly;
    out.yearly = monthly * 12;
    out.lines.push(`全年应交${yuan(out.yearly)}元（每月${yuan(monthly)}元×12个月）。`);
  }

  if (m.extra.trim()) {
    const extra = parseAmount(m.extra, '自愿多交的金额');
    if (!extra.ok) out.problems.extra = extra.problem;
    else {
      out.extra = extra.cents;
      out.centre = goesToCentre(standard, extra.cents);
      const where = sources.voluntary ?? standard.voluntary.articles;
      out.lines.push(
        out.centre
          ? `自愿一次多交${yuan(extra.cents)}元：${yuan(toCents(standard.voluntary.centralFrom))}元以上，全部上缴中央（${where}）。`
          : `自愿多交${yuan(extra.cents)}元，不限数额（${where}）。`,
      );
    }
  }
  return out;
}

export interface BranchTotals {
  /** Members whose monthly amount is worked out. */
  counted: number;
  monthly: number;
  yearly: number;
  extra: number;
  /** Of the extra, what goes wholly to the centre. */
  centre: number;
}

export function branchTotals(outcomes: readonly MemberOutcome[]): BranchTotals {
  const t: BranchTotals = { counted: 0, monthly: 0, yearly: 0, extra: 0, centre: 0 };
  for (const o of outcomes) {
    if (o.monthly !== undefined) {
      t.counted++;
      t.monthly += o.monthly;
      t.yearly += o.yearly ?? 0;
    }
    t.extra += o.extra ?? 0;
    if (o.centre) t.centre += o.extra ?? 0;
  }
  return t;
}
