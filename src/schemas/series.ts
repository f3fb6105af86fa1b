import { z } from 'astro/zod';
import { integer, slug, text } from './fields.ts';
import { SEED_COUNTS } from './seed-facts.ts';

/** One entry of content/cases/series.yaml: a series (系列) of the typical-case showcase. */
export const seriesSchema = () =>
  z.strictObject({
    /** Id, also in the series page's URL. */
    id: slug('编号'),
    /** 系列名称, exactly as the seed names it, e.g. 支部工作法. */
    title: text('系列名称', '支部工作法'),
    /** Position, 1–10. */
    order: integer('顺序', 1, SEED_COUNTS.series.count),
    /** 一句话说明. */
    summary: text('说明', '……'),
  });
