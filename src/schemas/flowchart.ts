import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { integer, text } from './fields.ts';
import { SEED_COUNTS } from './seed-facts.ts';

/** content/flowcharts/<id>.mdx: one flowchart; the body holds exactly one ```mermaid fence. */
export const flowchartSchema = (ctx: SchemaContext) =>
  z.strictObject({
    /** 流程图名称, e.g. 成立党支部流程图. */
    title: text('流程图名称', '成立党支部流程图'),
    /** Position in the gallery, 1–9. */
    order: integer('顺序', 1, SEED_COUNTS.flowcharts.count),
    /** The procedure this chart draws. */
    procedure: ctx.reference('procedures'),
    /** 一句话说明. */
    summary: text('说明', '从提出请示到备案的全过程'),
  });
