/**
 * 党费交纳标准 as the 党费 procedure's frontmatter holds it (`dues`, src/schemas/dues.ts), and the sums the 党费计算
 * tool does with it. The procedure page, the handbook and the tool all read the same data, so the table a reader
 * sees and the amount worked out cannot disagree. Pure and small: the tool's browser script imports it.
 *
 * Money is counted in 分 (whole numbers) and rates in hundredths of a percent (1.5% → 150), so no sum meets a
 * binary fraction. The 规定 says nothing about rounding; the amount is rounded to the 分, half up (通行做法).
 */

/** Where a rule is written: the regulation's id and its articles (第二条). */
export interface DuesSource {
  regulation: string;
  articles: string;
}

/** One bracket: income over `from` (exclusive) up to `upTo` (inclusive, 含), in 元; `rate` in percent. */
export interface DuesBracket {
  from?: number;
  upTo?: number;
  rate: number;
}

/** A category of members: a rate by bracket of a monthly base, or a fixed monthly amount (or range). */
export interface DuesCategory extends DuesSource {
  id: string;
  label: string;
  /** What the rate is applied to (税后相对固定的、经常性的工资收入). */
  base?: string;
  brackets?: readonly DuesBracket[];
  /** Uses another category's brackets (年薪制 and 不按月取得收入 use the 在职 ones). */
  bracketsOf?: string;
  /** The base is the average of this many months (上季度: 3). */
  averageMonths?: number;
  /** 每月交纳 this many 元 … */
  amount?: number;
  /** … up to this many (农民党员 0.2元至1元). */
  amountUpTo?: number;
}

/** A rule beside the rates: its words as the regulation has them, and where. */
export interface DuesRule extends DuesSource {
  rule: string;
}

export interface DuesStandard {
  categories: readonly DuesCategory[];
  /** 少交或免交: approval path. */
  reduction: DuesRule;
  /** 预备党员 from the day the branch meeting admits them. */
  probationary: DuesRule;
  /** New pay: the new base from the month it is first paid. */
  salaryChange: DuesRule;
  /** 自愿多交; one payment of `centralFrom` 元 or more goes wholly to the centre. */
  voluntary: DuesRule & { centralFrom: number };
  /** 补交 at most `maxMonths` months. */
  backPay: DuesRule & { maxMonths: number };
  /** Worked examples the page prints, each computed here. */
  examples?: readonly { category: string; income: number }[];
}

/** 元 → 分, and percent → hundredths of a percent: the data holds at most two decimals of each. */
export const toCents = (yuan: number) => Math.round(yuan * 100);
const rateUnits = (percent: number) => Math.round(percent * 100);

/** round(a / b), halves up, for whole a ≥ 0 and b > 0. */
const divideHalfUp = (a: number, b: number) => Math.floor((2 * a + b) / (2 * b));

/** 10200 → “102”, 1500 → “15”, 20 → “0.2”, 3333 → “33.33”: 元 as the page writes amounts. */
export function yuan(cents: number): string {
  const whole = Math.floor(cents / 100);
  const rest = cents % 100;
  if (rest === 0) return String(whole);
  return `${whole}.${rest % 10 === 0 ? rest / 10 : String(rest).padStart(2, '0')}`;
}

/** 10200 → “102.00”: 元 to the 分, as a worksheet writes them. */
export const yuanFixed = (cents: number) => `${Math.floor(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;

/** 1.5 → “1.5%”. */
export const percent = (rate: number) => `${rate}%`;

export const categoryOf = (standard: DuesStandard, id: string) => standard.categories.find((c) => c.id === id);

/** The brackets a category applies, its own or those it borrows. */
export function bracketsOf(standard: DuesStandard, category: DuesCategory): readonly DuesBracket[] | undefined {
  return category.brackets ?? (category.bracketsOf ? categoryOf(standard, category.bracketsOf)?.brackets : undefined);
}

/** “3000元以下（含）”, “3000元以上至5000元（含）”, “10000元以上”: a bracket in the regulation's words. */
export function bracketLabel(bracket: DuesBracket): string {
  if (bracket.upTo === undefined) return `${bracket.from}元以上`;
  if (bracket.from === undefined) return `${bracket.upTo}元以下（含）`;
  return `${bracket.from}元以上至${bracket.upTo}元（含）`;
}

/** The bracket an income of `cents` falls in: boundaries (3000, 5000, 10000) belong to the lower one (含). */
export function bracketIndex(brackets: readonly DuesBracket[], cents: number): number {
  const i = brackets.findIndex((b) => b.upTo === undefined || cents <= toCents(b.upTo));
  return i < 0 ? brackets.length - 1 : i;
}

export interface RateResult {
  kind: 'rate';
  /** The base in 分: for an average, rounded to the 分 for display only (the bracket and amount use the sum). */
  base: number;
  bracket: number;
  bracketLabel: string;
  rate: number;
  monthly: number;
  yearly: number;
  source: DuesSource;
}

export interface FixedResult {
  kind: 'fixed';
  monthly: number;
  /** The top of a range (农民党员), when there is one. */
  monthlyUpTo?: number;
  yearly: number;
  yearlyUpTo?: number;
  source: DuesSource;
}

/**
 * The monthly dues of a member of `category` whose monthly incomes (分) are `incomes`: one month, or the months
 * averaged (上季度月平均: the sum decides the bracket and the amount, so 3000, 3000, 3000.01 averages over 3000).
 */
export function monthlyDues(
  standard: DuesStandard,
  category: DuesCategory,
  incomes: readonly number[],
): RateResult | FixedResult | undefined {
  const source = { regulation: category.regulation, articles: category.articles };
  if (category.amount !== undefined) {
    const monthly = toCents(category.amount);
    const upTo = category.amountUpTo === undefined ? undefined : toCents(category.amountUpTo);
    return {
      kind: 'fixed',
      monthly,
      yearly: monthly * 12,
      ...(upTo !== undefined && upTo !== monthly ? { monthlyUpTo: upTo, yearlyUpTo: upTo * 12 } : {}),
      source,
    };
  }
  const brackets = bracketsOf(standard, category);
  if (!brackets || incomes.length === 0) return undefined;
  const n = incomes.length;
  const sum = incomes.reduce((a, b) => a + b, 0);
  // sum ≤ upTo·n is “average ≤ upTo” without dividing.
  const i = brackets.findIndex((b) => b.upTo === undefined || sum <= toCents(b.upTo) * n);
  const bracket = brackets[i < 0 ? brackets.length - 1 : i]!;
  const monthly = divideHalfUp(sum * rateUnits(bracket.rate), n * 10000);
  return {
    kind: 'rate',
    base: divideHalfUp(sum, n),
    bracket: i < 0 ? brackets.length - 1 : i,
    bracketLabel: bracketLabel(bracket),
    rate: bracket.rate,
    monthly,
    yearly: monthly * 12,
    source,
  };
}

/** Whether a single voluntary payment goes wholly to the centre (自愿一次多交1000元以上). */
export const goesToCentre = (standard: DuesStandard, cents: number) => cents >= toCents(standard.voluntary.centralFrom);
