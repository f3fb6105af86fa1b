import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { citationSchema } from './citation.ts';
import { integer, list, text } from './fields.ts';
import { SEED_COUNTS } from '../lib/seed-facts.ts';

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
    summary: text('概述', '……'),
    /** 责任主体: the duty lists (organisations and posts) that lead this procedure. */
    responsible: list('责任主体', ctx.reference('duties')),
    /** 适用对象, in words (e.g. 正式党员3人以上的单位). */
    appliesTo: text('适用对象', '正式党员3人以上的单位').optional(),
    /** 依据. */
    basis: list('依据', citationSchema(ctx)),
    /** 时限要求, one line each, shown in the summary box. */
    deadlines: z.array(text('时限要求', '上级党组织批复一般不超过1个月')).optional(),
    /** The flowchart of this procedure, if it has one. */
    flowchart: ctx.reference('flowcharts').optional(),
    /** Templates used by this procedure. */
    templates: z.array(ctx.reference('templates')).optional(),
    /** 现行版本: the edition (content/revisions.yaml) in which this procedure was last revised, e.g. 2024. */
    edition: ctx.reference('revisions'),
  });
