/**
 * The 党费交纳标准 (the 党费 procedure's `dues` frontmatter) as the views show it: the 交纳标准 section of the
 * procedure page and the handbook, the 时限要求 lines it adds, and the 党费计算 page (src/data/tools/party-dues.ts: the
 * same table, and the data the calculator in the browser works with). All read the same data through src/lib/dues/, so they cannot disagree.
 */
import {
  duesDeadlines,
  duesExamples,
  duesRows,
  duesRules,
  duesStandard,
  type DuesData,
  type DuesRow,
} from '../../lib/dues/content.ts';
import type { DuesSource, DuesStandard } from '../../lib/dues/standard.ts';
import { routes } from '../../lib/routes.ts';
import { editionLinks } from './edition-links.ts';
import { getProcedures, type PastYear, type Procedure } from './entries.ts';
import { regulationNames } from './links.ts';
import { oncePerBuild } from './once-per-build.ts';

export interface DuesSourceView {
  /** “党费规定第二条”. */
  short: string;
  /** “《关于中国共产党党费收缴、使用和管理的规定》第二条”. */
  full: string;
  href: string;
}

export interface DuesView {
  /** The regulation's short name, for the table's 依据 column (“党费规定”). */
  regulationShort: string;
  regulationTitle: string;
  regulationHref: string;
  rows: DuesRow[];
  rules: { title: string; rule: string; source: DuesSourceView }[];
  examples: string[];
  standard: DuesStandard;
  /** Each category's and rule's source as the calculator cites it, by category id and rule name. */
  sources: Record<string, string>;
}

export const duesDataOf = (procedure: Procedure) => procedure.data.dues as DuesData | undefined;

async function resolver(past: PastYear) {
  const names = await regulationNames(past);
  const link = await editionLinks(past);
  return (s: DuesSource): DuesSourceView => {
    const name = names.get(s.regulation);
    return {
      short: `${name?.short ?? s.regulation}${s.articles}`,
      full: `《${name?.title ?? s.regulation}》${s.articles}`,
      href: link(routes.regulation(s.regulation)),
    };
  };
}

export async function duesView(procedure: Procedure, past: PastYear): Promise<DuesView | undefined> {
  const data = duesDataOf(procedure);
  if (!data) return undefined;
  const standard = duesStandard(data);
  const source = await resolver(past);
  const names = await regulationNames(past);
  // The table's sources are all of one regulation in practice; a row names its articles, the caption the regulation.
  const first = standard.categories[0]!.regulation;
  return {
    regulationShort: names.get(first)?.short ?? first,
    regulationTitle: names.get(first)?.title ?? first,
    regulationHref: (await editionLinks(past))(routes.regulation(first)),
    rows: duesRows(standard).map((r) => {
      const c = standard.categories.find((c) => c.label === r.category);
      return c && c.regulation !== first ? { ...r, articles: source(c).short } : r;
    }),
    rules: duesRules(standard).map((r) => ({ title: r.title, rule: r.rule.rule, source: source(r.rule) })),
    examples: duesExamples(standard),
    standard,
    sources: Object.fromEntries([
      ...standard.categories.map((c) => [c.id, source(c).short]),
      ...(['reduction', 'probationary', 'salaryChange', 'voluntary', 'backPay'] as const).map((k) => [
        k,
        source(standard[k]).short,
      ]),
    ]),
  };
}

/** 时限要求 lines the 交纳标准 sets: “补交一般不超过6个月（党费规定第十二条）”. */
export async function duesDeadlineLines(procedure: Procedure, past: PastYear): Promise<string[]> {
  const data = duesDataOf(procedure);
  if (!data) return [];
  const source = await resolver(past);
  return duesDeadlines(duesStandard(data)).map((d) => `${d.sentence}（${source(d.rule).short}）`);
}

/** The current text's procedure with a 交纳标准: the tool works on the current text only. */
export const getDuesProcedure = oncePerBuild(async () =>
  (await getProcedures()).find((p) => p.data.dues !== undefined),
);
