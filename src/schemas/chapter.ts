import { z } from 'astro/zod';
import { integer, paragraph, slug, text } from './fields.ts';
import { SEED_COUNTS } from './seed-facts.ts';

/** One entry of content/guide/chapters.yaml: a chapter (方面) of the guideline. */
export const chapterSchema = () =>
  z.strictObject({
    /** Id, also the folder of the chapter's procedures and part of its URL. */
    id: slug('编号').refine((id) => id !== 'print', {
      error: '章节编号不能用 print — /guide/print/ 是整本指引打印版的地址，请换一个编号',
    }),
    /** 章节名称, e.g. 党支部政治建设. */
    title: text('章节名称', '党支部政治建设'),
    /** Position among the six chapters, 1–6. */
    order: integer('顺序', 1, SEED_COUNTS.chapters.count),
    /** 一段简介：这一方面管什么。 */
    summary: paragraph('简介', '……'),
  });
