import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { date, exampleFlag, list, oneOf, paragraph, slug, text } from './fields.ts';

export const CHANGE_KINDS = ['新增', '修订', '删除'] as const;

/** One entry of content/revisions.yaml: a yearly revision of the guideline (修订记录). */
export const revisionSchema = (ctx: SchemaContext) =>
  z.strictObject({
    /** Id, e.g. 2022. */
    id: slug('编号'),
    /** 版本名称, e.g. 2022 年版. */
    title: text('版本名称', '2022 年版'),
    /** 修订日期. */
    date: date('修订日期'),
    /** 修订概要. */
    summary: paragraph('修订概要', '……'),
    /** true for illustrative entries (示例). */
    example: exampleFlag(),
    /** 修订内容. */
    changes: list(
      '修订内容',
      z.strictObject({
        /** 修订类型. */
        kind: oneOf('修订类型', CHANGE_KINDS),
        /** 涉及部分, e.g. 组织设置·成立党支部. */
        target: text('涉及部分', '组织设置·成立党支部'),
        /** 说明. */
        detail: paragraph('说明', '……'),
        /**
         * What this change altered, by id: the pages that differ from the previous edition because of it. Every
         * procedure, flowchart, template and catalogue entry that differs between two editions must be named by a
         * change of the later edition (src/lib/editions/coverage.ts).
         */
        procedures: z.array(ctx.reference('procedures')).meta({ title: '涉及的程序' }).optional(),
        flowcharts: z.array(ctx.reference('flowcharts')).meta({ title: '涉及的流程图' }).optional(),
        templates: z.array(ctx.reference('templates')).meta({ title: '涉及的模板' }).optional(),
        regulations: z.array(ctx.reference('regulations')).meta({ title: '涉及的制度文件' }).optional(),
      }),
    ),
  });
