import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { date, exampleFlag, paragraph, text } from './fields.ts';

/** content/cases/<id>/index.mdx: one typical case (典型案例); images sit in the same folder. */
export const caseSchema = (ctx: SchemaContext) =>
  z.strictObject({
    /** 案例标题. */
    title: text('案例标题', '……'),
    /** The series it belongs to. */
    series: ctx.reference('series').meta({ title: '所属系列' }),
    /** 所在单位 (a neutral placeholder for illustrative cases). */
    unit: text('所在单位', '第一隶属海关××党支部'),
    /** 展示日期. */
    date: date('展示日期'),
    /** 摘要, shown on cards. */
    summary: paragraph('摘要', '……'),
    /** 封面图, a file in the case's folder, e.g. ./cover.jpg. */
    cover: ctx.image().meta({ title: '封面图' }).optional(),
    /** 封面图的文字说明 (required with a cover). */
    coverAlt: text('封面图说明', '支部党员在……').optional(),
    /** true for illustrative cases (示例). */
    example: exampleFlag(),
  }).refine((c) => !c.cover || c.coverAlt, {
    error: '有封面图时必须写「封面图说明」(coverAlt) — 用一句话描述图片内容，供读屏软件朗读',
    path: ['coverAlt'],
  });
