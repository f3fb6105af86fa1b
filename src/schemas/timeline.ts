import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { list, msg, oneOf, paragraph, slug, text } from './fields.ts';
import { versionLabel } from './regulation-version.ts';

/**
 * A limit's offset as editors write it: 当日, or N天/N个工作日/N个月/N年 followed by 后 or 前. The solver's reading of it
 * (src/lib/timeline/offset.ts) uses this same pattern.
 */
export const OFFSET_PATTERN = /^(?:当日|([1-9]\d*)(天|个工作日|个月|年)(后|前))$/;

const stepSchema = (ctx: SchemaContext) =>
  z.strictObject({
    /** 节点编号: lower-case letters, digits and hyphens, stable (a reader's saved dates are keyed by it). */
    id: slug('节点编号'),
    /** What happens on that day: 确定为入党积极分子. */
    label: text('节点名称', '确定为入党积极分子'),
    /** true for a circumstance rather than a thing to do (预计离开单位): no date is worked out for it. */
    circumstance: z.literal(true).meta({ title: '情形（不推算日期）' }).optional(),
    /** The template used at this step, if any: the timeline links to it. */
    template: ctx.reference('templates').meta({ title: '所用模板' }).optional(),
    /**
     * The words of the page's “工作程序” section that present this step, copied from it and found there once: the
     * check holds the steps to the text's order (src/lib/timeline/text-order.ts). Circumstances and days fixed by a
     * period from another step (预备期满) may go without.
     */
    inText: text('正文文字', '报机关党委备案后，方可列为发展对象').optional(),
  });

const limitSchema = (ctx: SchemaContext) =>
  z.strictObject({
    /** 时限编号, stable. */
    id: slug('时限编号'),
    /** The step whose date is limited (a step id above). */
    step: slug('所限节点'),
    /** 不早于 or 不晚于. */
    limit: oneOf('限定', ['不早于', '不晚于']),
    /** The step the limit is counted from. */
    from: slug('起算节点'),
    /** 当日, or N天/N个工作日/N个月/N年 followed by 后 or 前: “1个月后”, “6个月前”. */
    offset: text('期限', '1个月后').regex(OFFSET_PATTERN, {
      error: msg('「期限」格式不对', '写成“当日”，或数字加单位再加“后”或“前”，例如 1个月后、6个月前、5个工作日后、1年后'),
    }),
    /** 应当 (the rule says 应当/不得/必须) or 一般 (it says 一般: exceptions exist, e.g. with approval). */
    strength: oneOf('约束', ['应当', '一般']),
    /** The regulation's own words (shown in quotation marks), or, for a practice, what is usually done. */
    rule: paragraph('规定原文', '党组织收到入党申请书后，应当在一个月内派人同入党申请人谈话，了解基本情况。'),
    /** Names the limiting date in messages; required unless the offset is 当日. */
    limitLabel: text('所限日期名称', '收到入党申请书后一个月期满之日').optional(),
    /** The regulation that sets the limit … */
    regulation: ctx.reference('regulations').meta({ title: '制度文件' }).optional(),
    /** … and its article, where checked against the full text. */
    articles: text('条款', '第十三条').optional(),
    /** The version of that regulation the limit was checked against, when not the procedure's (its `checked`). */
    version: versionLabel('依据的版本').optional(),
    /** Or: the limit is a practice, not a national rule. */
    practice: oneOf('做法', ['通行做法', '关区做法']).optional(),
    /** What the practice rests on, or what the regulation leaves open. */
    note: text('说明', '细则未规定公示天数').optional(),
  });

/** The fields of a timeline that its own rules below read. */
interface TimelineShape {
  steps: readonly { id: string }[];
  limits: readonly {
    id: string;
    step: string;
    from: string;
    offset: string;
    regulation?: unknown;
    practice?: string;
    articles?: string;
    limitLabel?: string;
  }[];
}

/**
 * What is wrong with a timeline's steps and limits as written (an id twice, a limit on a step that does not exist, a
 * limit without its source), each at its path. Whether the limits can all hold together is a content rule, checked
 * once these are right (src/lib/content-check/rules/timeline-consistency.ts).
 */
export function timelineShapeIssues(timeline: TimelineShape): { path: (string | number)[]; problem: string; fix: string }[] {
  const found: { path: (string | number)[]; problem: string; fix: string }[] = [];
  const steps = new Set(timeline.steps.map((s) => s.id));
  const problem = (path: (string | number)[], problemText: string, fix: string) =>
    found.push({ path, problem: problemText, fix });
  timeline.steps.forEach((s, i) => {
    if (timeline.steps.findIndex((t) => t.id === s.id) !== i)
      problem(['steps', i, 'id'], `节点编号「${s.id}」重复`, '每个节点用不同的编号');
  });
  timeline.limits.forEach((l, i) => {
    if (timeline.limits.findIndex((m) => m.id === l.id) !== i)
      problem(['limits', i, 'id'], `时限编号「${l.id}」重复`, '每条时限用不同的编号');
    for (const key of ['step', 'from'] as const) {
      if (!steps.has(l[key]))
        problem(['limits', i, key], `节点「${l[key]}」不在本程序的 steps 中`, `改成 steps 中的某个 id：${[...steps].join('、')}`);
    }
    if (l.step === l.from) problem(['limits', i, 'from'], '时限不能从本节点自身起算', '起算节点写成另一个节点');
    if ((l.regulation === undefined) === (l.practice === undefined))
      problem(['limits', i], '时限须写明出处，且只写一种', '写 regulation（制度编号，可加 articles 条款），或写 practice: 通行做法 / 关区做法');
    if (l.articles && !l.regulation) problem(['limits', i, 'articles'], '写了条款却没有写制度', '补上 regulation，或删去 articles');
    if (l.offset !== '当日' && !l.limitLabel)
      problem(['limits', i], '缺少 limitLabel（所限日期的名称）', '例如 limitLabel: 入党积极分子培养满一年之日');
  });
  return found;
}

/**
 * 时间节点: the steps of a procedure that have dates and the limits between them, as the procedure page's 时间节点
 * table and the 时间推算 tool use them. Checked here as written; the content check also holds the limits to one
 * another, so that no page can show a limit the solver cannot use.
 */
export const timelineSchema = (ctx: SchemaContext) =>
  z
    .strictObject({
      steps: list('时间节点', stepSchema(ctx), 2),
      limits: list('时限', limitSchema(ctx)),
    })
    .superRefine((timeline, issues) => {
      for (const { path, problem, fix } of timelineShapeIssues(timeline))
        issues.addIssue({ code: 'custom', path, message: msg(problem, fix) });
    });
