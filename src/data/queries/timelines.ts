/**
 * A procedure's 时间节点 as the views show them: the 时限要求 lines of its page and the handbook, and the 时间推算
 * pages (the rules table every reader sees, and the rules the calculator in the browser solves; their views are
 * src/data/tools/timeline.ts). All are made from the procedure's
 * `timeline` frontmatter, so the page text and the dates worked out cannot disagree.
 */
import { routes } from '../../lib/routes.ts';
import { limitLines, timelineRules, type TimelineData } from '../../lib/timeline/content.ts';
import { HOLIDAY_NOTICES, workingDayRule } from '../../lib/timeline/holidays.ts';
import type { Constraint, ProcedureRules, Source } from '../../lib/timeline/rules.ts';
import { getProcedures, type PastYear, type Procedure } from './entries.ts';
import { regulationNames, templateLinks, type TemplateLink } from './links.ts';
import { timelineNotices, type RevisionNotice } from './regulation-notices.ts';
import { oncePerBuild } from './once-per-build.ts';

export interface SourceView {
  /** “发展党员细则第十三条”, “通行做法”. */
  short: string;
  /** The full title for the rules table: 《中国共产党发展党员工作细则》第十三条. */
  full: string;
  href?: string;
  note?: string;
}

export interface LimitRow {
  sentence: string;
  strength: '应当' | '一般';
  /** The rule in the regulation's words, or the practice described. */
  rule: string;
  source: SourceView;
}

export interface TimelineStep {
  id: string;
  label: string;
  template?: TemplateLink;
  /** A circumstance (预计离开单位), entered only when it applies. */
  circumstance: boolean;
  /** The limits on this step's date, order ones included (“在……之后”). */
  limits: LimitRow[];
}

export interface TimelineView {
  procedureId: string;
  title: string;
  procedureHref: string;
  href: string;
  steps: TimelineStep[];
  /** What the browser's calculator solves: the same rules as the table. */
  rules: ProcedureRules;
  /** Each limit's source as the calculator cites it, by limit id. */
  sources: Record<string, string>;
  /** The years whose holiday notices are loaded (a later year is counted provisionally, an earlier one not at all). */
  holidayYears: number[];
  /** The 怎样计算 line saying so. */
  workingDayRule: string;
  /** A regulation revised since the limits were checked against it. */
  notices: RevisionNotice[];
}

export function procedureRules(procedure: Procedure): ProcedureRules | undefined {
  const timeline = procedure.data.timeline as TimelineData | undefined;
  return timeline && timelineRules(procedure.id, timeline);
}

async function sourceResolver(past: PastYear) {
  const names = await regulationNames(past);
  return (source: Source): SourceView => {
    if ('practice' in source) return { short: source.practice, full: source.practice, note: source.note };
    const name = names.get(source.regulation);
    const articles = source.articles ?? '';
    return {
      short: `${name?.short ?? source.regulation}${articles}`,
      full: `《${name?.title ?? source.regulation}》${articles}`,
      href: routes.regulation(source.regulation),
    };
  };
}

const strengthOf = (c: Constraint) => (c.strength === 'strict' ? '应当' : '一般');

/**
 * 时限要求 as the procedure page and the handbook list them: each time limit of the timeline with its source
 * (“党组织收到入党申请书后1个月内派人同入党申请人谈话（发展党员细则第七条）”), then the `deadlines` lines.
 */
export async function deadlineLines(procedure: Procedure, past: PastYear): Promise<string[]> {
  const rules = procedureRules(procedure);
  const own = procedure.data.deadlines ?? [];
  if (!rules) return own;
  const source = await sourceResolver(past);
  const timed = limitLines(rules).map((line) => {
    const sources = [...new Set(line.constraints.map((c) => source(c.source).short))];
    return `${line.sentence}（${sources.join('；')}）`;
  });
  return [...timed, ...own];
}

/** The current text's procedures with a timeline: the tools work on the current text only. */
export const getTimelineProcedures = oncePerBuild(async () =>
  (await getProcedures()).filter((p) => p.data.timeline !== undefined),
);

export async function timelineView(procedure: Procedure): Promise<TimelineView> {
  const rules = procedureRules(procedure)!;
  const source = await sourceResolver(undefined);
  const lines = limitLines(rules, true);
  const timeline = procedure.data.timeline!;
  const templates = await templateLinks(timeline.steps.flatMap((s) => (s.template ? [s.template] : [])));
  const templateOf = new Map(templates.map((t) => [t.id, t]));
  return {
    procedureId: procedure.id,
    title: procedure.data.title,
    procedureHref: routes.procedure(procedure.chapterId, procedure.id),
    href: routes.timeline(procedure.id),
    steps: timeline.steps.map((step) => ({
      id: step.id,
      label: step.label,
      circumstance: step.circumstance === true,
      ...(step.template && templateOf.has(step.template.id) ? { template: templateOf.get(step.template.id)! } : {}),
      limits: lines
        .filter((line) => line.constraints[0]!.step === step.id)
        .map((line) => {
          const c = line.constraints[0]!;
          return { sentence: line.sentence, strength: strengthOf(c), rule: c.rule, source: source(c.source) };
        }),
    })),
    rules,
    sources: Object.fromEntries(rules.constraints.map((c) => [c.id, source(c.source).short])),
    notices: await timelineNotices(procedure),
    holidayYears: HOLIDAY_NOTICES.map((n) => n.year),
    workingDayRule: workingDayRule(HOLIDAY_NOTICES.map((n) => n.year)),
  };
}

/** The procedures with a timeline, for the tool's index and the tools page. */
export async function getTimelineIndex() {
  return (await getTimelineProcedures()).map((p) => {
    const rules = procedureRules(p)!;
    return {
      title: p.data.title,
      href: routes.timeline(p.id),
      procedureHref: routes.procedure(p.chapterId, p.id),
      stepCount: rules.steps.length,
      limitCount: limitLines(rules).length,
    };
  });
}
