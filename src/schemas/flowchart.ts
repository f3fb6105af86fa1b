import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { integer, text } from './fields.ts';
import { SEED_COUNTS } from './seed-facts.ts';
import { checkedVersionsSchema } from './regulation-version.ts';

/** content/flowcharts/<id>.mdx: one flowchart; the body holds exactly one ```mermaid fence. */
export const flowchartSchema = (ctx: SchemaContext) =>
  z.strictObject({
    /** 流程图名称, e.g. 成立党支部流程图. */
    title: text('流程图名称', '成立党支部流程图'),
    /** Position in the gallery, 1–9. */
    order: integer('顺序', 1, SEED_COUNTS.flowcharts.count),
    /** The procedure this chart draws. */
    procedure: ctx.reference('procedures').meta({ title: '所属程序' }),
    /**
     * 依据的版本: for each regulation its procedure rests on that has been revised (more than one version in the catalogue), the version
     * this chart was checked against, e.g. member-recruitment-rules: "2014". An older one than the version in force
     * puts a notice on the chart and a warning in `npm run check` until the text is reviewed.
     */
    checked: checkedVersionsSchema().optional(),
    /** 一句话说明. */
    summary: text('说明', '从提出请示到备案的全过程'),
  });
