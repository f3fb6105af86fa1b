import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { citationSchema } from './citation.ts';
import { list, oneOf, paragraph, text } from './fields.ts';

export const DUTY_LIST_ORIGINS = ['参照整理', '关区原文'] as const;

/**
 * content/duties/<id>.yaml: one of the nine responsibility lists of "三级五岗". The file name says which list it is
 * (see DUTY_LISTS in src/schemas/seed-facts.ts); level, kind and the item count the seed fixes come from there.
 */
export const dutyListSchema = (ctx: SchemaContext) =>
  z.strictObject({
    /** 清单名称, e.g. 党（总）支部党建责任清单. */
    title: text('清单名称', '党（总）支部党建责任清单'),
    /**
     * 来源: 关区原文 when the items are the district's issued list word for word; 参照整理 when they are reconstructed
     * from national rules under the district list's title (the page then says so: 参照整理 · 以关区印发原文为准).
     */
    origin: oneOf('来源', DUTY_LIST_ORIGINS),
    /** 一两句说明：这份清单管什么、出自哪份文件。 */
    summary: paragraph('简介', '细化党（总）支部抓党建的责任……'),
    /** The items, in order. */
    items: list(
      '责任条目',
      z.strictObject({
        /** 责任内容, one sentence or a short paragraph. */
        text: paragraph('责任内容', '严格落实“三会一课”制度……'),
        /** 依据: at least one entry of the regulation catalogue. */
        basis: list('依据', citationSchema(ctx)),
        /** Procedures of the guideline through which this duty is carried out. */
        procedures: z.array(ctx.reference('procedures')).meta({ title: '相关程序' }).optional(),
      }),
    ),
    /**
     * 年度工作节奏 of a post (shown on its role portal): what recurs, and when, e.g. 每月 / 每季度 / 第四季度 /
     * 每年年初. Only for the five posts' lists.
     */
    rhythm: z
      .array(
        z.strictObject({
          /** 时间, e.g. 每月、每季度、每半年、第四季度、每年年初、每年年底. */
          when: text('时间', '每季度'),
          /** 事项. */
          what: text('事项', '召开支部党员大会'),
          /** The procedure that describes it, if any. */
          procedure: ctx.reference('procedures').meta({ title: '相关程序' }).optional(),
        }),
      )
      .meta({ title: '年度工作节奏' })
      .optional(),
  });
