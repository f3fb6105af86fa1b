import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { text } from './fields.ts';

/** One basis (依据): an entry of the regulation catalogue, with the articles relied on where known. */
export const citationSchema = ({ reference }: SchemaContext) =>
  z.strictObject({
    /** Id of the regulation in content/regulations.yaml. */
    regulation: reference('regulations').meta({ title: '制度文件' }),
    /** 条款, e.g. 第十一条 or 第五至七条; leave out when the whole document is meant. */
    articles: text('条款', '第十一条').optional(),
    /** A short note on what the article says, when the page should quote it. */
    note: text('说明', '党员大会一般每季度召开1次').optional(),
  });
