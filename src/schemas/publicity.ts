import { z } from 'astro/zod';
import { exampleFlag, flag, integer, oneOf, text } from './fields.ts';

/**
 * 宣传平台: the seed's “6平台”; 重点文化活动: the 20 activities of “喜迎二十大，奋进新征程”; 党建特色宣传: what the
 * seed lists beside them (文明单位大巡礼, 思想理论学用讲坛, 红色家书); 工作机制: how publicity work is organised (工作室, 积分细则). */
export const PUBLICITY_KINDS = ['宣传平台', '重点文化活动', '党建特色宣传', '人物宣传', '工作机制'] as const;

/** content/publicity/<id>.mdx: one platform, activity or featured person of the publicity pillar. */
export const publicitySchema = () =>
  z.strictObject({
    /** 名称. */
    title: text('名称', '宣传展板'),
    /** 类别. */
    kind: oneOf('类别', PUBLICITY_KINDS),
    /** Position within its kind. */
    order: integer('顺序', 1, 99),
    /** 一句话说明. */
    summary: text('说明', '……'),
    /** true for illustrative entries (示例). */
    example: exampleFlag(),
    /**
     * true when the page adds illustrative detail beyond the district's own material (a workflow, a sample
     * schedule); that detail then stands in <Example>…</Example> blocks, each shown with a 示例 mark.
     */
    illustrativeDetail: flag('含示例内容').optional(),
  });
