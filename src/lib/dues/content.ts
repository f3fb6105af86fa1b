/**
 * The `dues` frontmatter (src/schemas/dues.ts) as the pages use it: references turned into plain ids, the rows of
 * the 交纳标准 table, the 时限要求 lines it adds to the procedure page, and its words for the comparison of
 * editions — all made from the data, with the sums of standard.ts, so nothing a reader sees is typed twice.
 */
import {
  bracketLabel,
  bracketsOf,
  categoryOf,
  monthlyDues,
  percent,
  toCents,
  yuan,
  type DuesCategory,
  type DuesRule,
  type DuesStandard,
} from './standard.ts';

type Ref = { id: string } | string;
type WithRefs<T> = T extends { regulation: string } ? Omit<T, 'regulation'> & { regulation: Ref } : T;

/** The validated field (references hold at least the id) or the raw YAML (plain ids). */
export interface DuesData {
  categories: readonly WithRefs<DuesCategory>[];
  reduction: WithRefs<DuesRule>;
  probationary: WithRefs<DuesRule>;
  salaryChange: WithRefs<DuesRule>;
  voluntary: WithRefs<DuesRule> & { centralFrom: number };
  backPay: WithRefs<DuesRule> & { maxMonths: number };
  examples?: readonly { category: string; income: number }[];
}

const idOf = (ref: Ref) => (typeof ref === 'string' ? ref : ref.id);
const plain = <T extends { regulation: Ref }>(x: T) => ({ ...x, regulation: idOf(x.regulation) });

export function duesStandard(data: DuesData): DuesStandard {
  return {
    categories: data.categories.map((c) => plain(c) as DuesCategory),
    reduction: plain(data.reduction),
    probationary: plain(data.probationary),
    salaryChange: plain(data.salaryChange),
    voluntary: plain(data.voluntary),
    backPay: plain(data.backPay),
    ...(data.examples ? { examples: data.examples } : {}),
  };
}

/** One row of the 交纳标准 table: a category and one of its brackets, or its fixed amount. */
export interface DuesRow {
  category: string;
  /** 计算基数, said once in the category's cell: “当月实际领取的薪酬收入”, “个人上季度月平均纯收入（3个月的平均数）”. */
  base?: string;
  /** The rows of one category share its cell (rowspan). */
  first: boolean;
  span: number;
  /** The bracket: “3000元以下（含）”; “—” for a fixed amount. */
  income: string;
  /** “0.5%”, “按在职党员的比例”, “每月0.2元”, “每月0.2元至1元”. */
  amount: string;
  articles: string;
}

function fixedWords(c: DuesCategory): string {
  return c.amountUpTo !== undefined && c.amountUpTo !== c.amount
    ? `每月${c.amount}元至${c.amountUpTo}元`
    : `每月${c.amount}元`;
}

export function duesRows(standard: DuesStandard): DuesRow[] {
  return standard.categories.flatMap((c) => {
    const own = c.brackets;
    if (own) {
      return own.map((b, i) => ({
        category: c.label,
        ...(c.base ? { base: c.base } : {}),
        first: i === 0,
        span: own.length,
        income: bracketLabel(b),
        amount: percent(b.rate),
        articles: c.articles,
      }));
    }
    if (c.bracketsOf) {
      const other = categoryOf(standard, c.bracketsOf);
      const average = c.averageMonths ? `（${c.averageMonths}个月的平均数）` : '';
      return [
        {
          category: c.label,
          base: `${c.base ?? ''}${average}`,
          first: true,
          span: 1,
          income: `按${other?.label ?? c.bracketsOf}的各档`,
          amount: `按${other?.label ?? c.bracketsOf}的比例`,
          articles: c.articles,
        },
      ];
    }
    return [{ category: c.label, first: true, span: 1, income: '—', amount: fixedWords(c), articles: c.articles }];
  });
}

/** “税后月收入6800元，在5000元以上至10000元（含）档，按1.5%计算：6800×1.5%＝102元，每月交纳102元。” */
export function exampleSentence(standard: DuesStandard, category: DuesCategory, income: number): string {
  const result = monthlyDues(standard, category, [toCents(income)]);
  if (!result || result.kind !== 'rate') return '';
  return (
    `${category.label}每月${category.base ? '计算基数' : '收入'}${income}元，在${result.bracketLabel}档，按${percent(result.rate)}计算：` +
    `${income}×${percent(result.rate)}＝${yuan(result.monthly)}元，每月交纳${yuan(result.monthly)}元，全年${yuan(result.yearly)}元。`
  );
}

export function duesExamples(standard: DuesStandard): string[] {
  return (standard.examples ?? []).flatMap((e) => {
    const c = categoryOf(standard, e.category);
    return c ? [exampleSentence(standard, c, e.income)] : [];
  });
}

/** The rules beside the rates, in the page's order, each with its title. */
export function duesRules(standard: DuesStandard): { title: string; rule: DuesRule }[] {
  return [
    { title: '少交或免交', rule: standard.reduction },
    { title: '预备党员', rule: standard.probationary },
    { title: '工资收入变化', rule: standard.salaryChange },
    { title: '自愿多交', rule: standard.voluntary },
    { title: '按季交纳、代交和补交', rule: standard.backPay },
  ];
}

/** 时限要求 the data sets, with their articles' short form added by the caller. */
export function duesDeadlines(standard: DuesStandard): { sentence: string; rule: DuesRule }[] {
  return [
    { sentence: `补交一般不超过${standard.backPay.maxMonths}个月`, rule: standard.backPay },
    { sentence: '工资收入变化的，从按新工资标准领取工资的当月起按新基数交纳', rule: standard.salaryChange },
    { sentence: '预备党员从支部大会通过其为预备党员之日起交纳', rule: standard.probationary },
  ];
}

/** The field in words, for the comparison of editions: each row and each rule. */
export function duesWords(data: DuesData): string[] {
  const standard = duesStandard(data);
  return [
    ...duesRows(standard).map(
      (r) => `${r.category}${r.base ? `（计算基数：${r.base}）` : ''}：${r.income}，${r.amount}（${r.articles}）`,
    ),
    ...duesRules(standard).map((r) => `${r.title}：${r.rule.rule}（${r.rule.articles}）`),
  ];
}

/**
 * The standard as facts for the search (“离退休党员：5000元以下（含）0.5%，5000元以上1%”), each with its regulation
 * and articles: one per category, then the rules beside the rates.
 */
export function duesFacts(standard: DuesStandard): { text: string; regulation: string; articles: string }[] {
  const rows = duesRows(standard);
  const categories = standard.categories.map((c) => {
    const own = rows.filter((r) => r.category === c.label);
    const said = own
      .map((r) => (r.income === '—' ? r.amount : c.bracketsOf ? r.amount : `${r.income}${r.amount}`))
      .join('，');
    const base = c.base ? `以${own[0]?.base ?? c.base}为基数，` : '';
    return { text: `${c.label}：${base}${said}`, regulation: c.regulation, articles: c.articles };
  });
  const rules = duesRules(standard).map(({ rule }) => ({
    text: rule.rule.replace(/。$/, ''),
    regulation: rule.regulation,
    articles: rule.articles,
  }));
  return [...categories, ...rules];
}
