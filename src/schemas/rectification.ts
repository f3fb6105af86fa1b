import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { date, exampleFlag, integer, list, month, oneOf, paragraph, slug, text } from './fields.ts';
import { SEED_COUNTS } from './seed-facts.ts';

export const MEASURE_STATUSES = ['未启动', '整改中', '已完成', '长期坚持'] as const;

/**
 * One entry of content/rectification/ledger.yaml: a common problem (共性问题) of the 《党建工作问题整改台账》 with its
 * measures. A problem whose measures are all 已完成 counts as 清零.
 */
export const problemSchema = (ctx: SchemaContext) =>
  z.strictObject({
    /** Id, e.g. p01. */
    id: slug('编号'),
    /** 问题序号 in the ledger, 1–28. */
    number: integer('问题序号', 1, SEED_COUNTS.problems.count),
    /** 问题类别: the chapter of the guideline the problem belongs to. */
    chapter: ctx.reference('chapters').meta({ title: '问题类别' }),
    /** 问题表述. */
    title: text('问题表述', '党组织设置不到位'),
    /** 具体表现, optional. */
    detail: paragraph('具体表现', '……').optional(),
    /** true for illustrative entries (示例). */
    example: exampleFlag(),
    /**
     * 整改状态截至: the month the measures' states describe, YYYY-MM. A state is true of its month only; the
     * ledger shows it as “截至2022年7月：整改中”, so a reader years later does not take it for today's.
     */
    statusAsOf: month('整改状态截至'),
    /** 整改措施. */
    measures: list(
      '整改措施',
      z.strictObject({
        /** 措施内容. */
        text: paragraph('措施内容', '……'),
        /** 责任部门. */
        lead: text('责任部门', '直属机关党委'),
        /** 协办部门. */
        coLeads: z.array(text('协办部门', '人事处')).default([]),
        /** 完成时限. */
        deadline: date('完成时限'),
        /** 整改状态. */
        status: oneOf('整改状态', MEASURE_STATUSES),
      }),
    ),
  });
