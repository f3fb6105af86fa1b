import { z } from 'astro/zod';
import { readerWordsField } from './search-words.ts';
import type { SchemaContext } from './context.ts';
import { citationSchema } from './citation.ts';
import { integer, list, msg, paragraph, text } from './fields.ts';
import { SEED_COUNTS } from './seed-facts.ts';
import { timelineSchema } from './timeline.ts';
import { duesSchema } from './dues.ts';
import { checkedVersionsSchema } from './regulation-version.ts';

/** A sentence that only defers to the district (以关区规定为准) tells a secretary nothing they can act on. */
const ONLY_DEFERS = /^(?:具体)?(?:以|按)[^，。；]{0,24}(?:规定|要求|通知|文件|口径)(?:为准|执行|办理)[。；]?$/;
/** An actionable rule names a number: days, months, people, times — or the article that sets it. */
const HAS_NUMBER = /[0-9０-９一二两三四五六七八九十百半]/;

const ruleText = (label: string, example: string) =>
  paragraph(label, example).refine((v) => !ONLY_DEFERS.test(v), {
    error: msg(`「${label}」只写了“以关区规定为准”`, `写出可以照做的规定和数字，例如 ${example}`),
  });

/** One entry of a procedure's 关区规定 section. */
export const districtRuleSchema = z
  .strictObject({
    /** 事项, e.g. 选举结果报告的报送时间. */
    topic: text('事项', '选举结果报告的报送时间'),
    /** 全国性规定: what the national rules say, with the article; or that they set no figure and the nearest rule. */
    national: ruleText('全国性规定', '基层党委批复一般不超过1个月（支部条例第七条）'),
    /** 通行做法: what is usually done, with numbers. */
    practice: ruleText('通行做法', '批复后××日内召开党员大会选举（写出具体天数）'),
    /** 本关区: the district's own figure, filled in by the organ Party committee where a district document sets it. */
    district: ruleText('本关区', '××日内报送（写明关区文件的名称和文号）').optional(),
  })
  .refine((r) => HAS_NUMBER.test(`${r.national}${r.practice}${r.district ?? ''}`), {
    error: msg('这条关区规定没有任何数字', '在全国性规定或通行做法中写出天数、次数、人数或条文序号，让读者能照做'),
  });

/**
 * content/guide/<chapter>/<id>.mdx: one work procedure (工作程序和工作标准). The folder names the chapter; the body
 * holds 概述、工作程序、工作标准、常见问题.
 */
export const procedureSchema = (ctx: SchemaContext) =>
  z.strictObject({
    /** 程序名称, e.g. 成立党支部. */
    title: text('程序名称', '成立党支部'),
    /** Position within its chapter, from 1. */
    order: integer('顺序', 1, SEED_COUNTS.procedures.count),
    /** 一句话概述, shown in lists and search results. */
    summary: paragraph('概述', '……'),
    /** 读者的说法: what readers call this procedure (入党 for 发展党员); their words find this page first. */
    readerWords: readerWordsField(),
    /** 责任主体: the duty lists (organisations and posts) that lead this procedure. */
    responsible: list('责任主体', ctx.reference('duties')),
    /** 适用对象, in words (e.g. 正式党员3人以上的单位). */
    appliesTo: text('适用对象', '正式党员3人以上的单位').optional(),
    /** 依据. */
    basis: list('依据', citationSchema(ctx)),
    /**
     * 依据的版本: for each regulation above that has been revised (more than one version in the catalogue), the version
     * this text was checked against, e.g. member-recruitment-rules: "2014". An older one than the version in force
     * puts a notice on the page and a warning in `npm run check` until the text is reviewed.
     */
    checked: checkedVersionsSchema().optional(),
    /** 时限要求, one line each, shown in the summary box. */
    deadlines: z.array(text('时限要求', '上级党组织批复一般不超过1个月')).optional(),
    /**
     * 时间节点: the dated steps and the limits between them. The page's 时限要求 lines, its 时间节点 table and the
     * 时间推算 tool are made from it; `deadlines` then holds only the limits that are not between two dates.
     */
    timeline: timelineSchema(ctx).meta({ title: '时间节点' }).optional(),
    /**
     * 党费交纳标准 (the 党费 procedure only): the categories of members with their brackets or fixed amounts and the
     * rules beside them, each with its article. The page's 交纳标准 section and the 党费计算 tool are made from it.
     */
    dues: duesSchema(ctx).meta({ title: '交纳标准' }).optional(),
    /** The flowchart of this procedure, if it has one. */
    flowchart: ctx.reference('flowcharts').meta({ title: '流程图' }).optional(),
    /** Templates used by this procedure. */
    templates: z.array(ctx.reference('templates')).meta({ title: '文书模板' }).optional(),
    /**
     * 关区规定: for each point a rule leaves to the district (a time limit, a count, who approves), what the national
     * rules say, what is usually done, and — filled in by the organ Party committee only where a district document
     * sets it — the district's own rule. Shown as the page's 关区规定 section; never only "以关区规定为准".
     */
    districtRules: z.array(districtRuleSchema).meta({ title: '关区规定' }).optional(),
    /** 现行版本: the edition (content/revisions.yaml) in which this procedure was last revised, e.g. 2024. */
    edition: ctx.reference('revisions').meta({ title: '现行版本' }),
  });
