import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { date, exampleFlag, integer, list, month, paragraph, text } from './fields.ts';

/**
 * content/bulletins/<YYYY-MM>.yaml: one monthly 《全面从严治党重点工作提示单》. The file name is the month and the
 * page address; 期号 counts from the first issue (July 2022 = 第63期).
 */
export const bulletinSchema = (ctx: SchemaContext) =>
  z.strictObject({
    /** 期号. */
    issue: integer('期号', 1, 999),
    /** The month the sheet covers, YYYY-MM; must match the file name. */
    month: month('所属月份'),
    /** 印发日期. */
    issuedOn: date('印发日期'),
    /** true for illustrative sheets: the page then carries a 示例 mark. */
    example: exampleFlag(),
    /** 一、重要工作提示. */
    tasks: list(
      '重要工作提示',
      z.strictObject({
        /** 工作事项. */
        title: text('工作事项', '召开2021年度组织生活会'),
        /** 工作要求. */
        requirement: paragraph('工作要求', '……'),
        /** 时限要求 (the last day). */
        deadline: date('完成时限'),
        /** Who must act: duty lists (organisations or posts). */
        audience: list('落实主体', ctx.reference('duties')),
        /** The procedure involved, if any. */
        procedure: ctx.reference('procedures').meta({ title: '相关程序' }).optional(),
        /** The template involved, if any. */
        template: ctx.reference('templates').meta({ title: '相关模板' }).optional(),
      }),
    ),
    /** 二、重要情况通报. */
    notices: z
      .array(
        z.strictObject({
          /** 通报事项. */
          title: text('通报事项', '准军事化纪律部队建设情况'),
          /** 通报周期, e.g. 2022年6月 or 2022年第二季度. */
          period: text('通报周期', '2022年6月'),
          /** 通报摘要. */
          summary: paragraph('通报摘要', '……'),
        }),
      )
      .meta({ title: '重要情况通报' })
      .default([]),
    /** 三、学习内容提醒. */
    studies: z
      .array(
        z.strictObject({
          /** 学习内容 (title of a speech, book, meeting or document). */
          title: text('学习内容', '……'),
          /** 出处, e.g. 《求是》2022年第13期. */
          source: text('出处', '《求是》杂志'),
          /** 发表或印发日期, if known. */
          date: date('日期').optional(),
        }),
      )
      .meta({ title: '学习内容提醒' })
      .default([]),
  });
