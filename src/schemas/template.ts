import { z } from 'astro/zod';
import type { SchemaContext } from './context.ts';
import { integer, list, oneOf, text } from './fields.ts';

/** Kinds of document, after 《党政机关公文处理工作条例》 for the official ones and common practice for the rest. */
export const TEMPLATE_CATEGORIES = [
  '请示',
  '批复',
  '报告',
  '决议',
  '通知',
  '公示',
  '方案',
  '制度',
  '表格',
  '记录',
  '申请书',
] as const;

/** content/templates/<id>.mdx: one document template; the body IS the document, with ×× placeholders. */
export const templateSchema = (ctx: SchemaContext) =>
  z.strictObject({
    /** 模板名称, e.g. 关于成立中共××支部委员会的请示. */
    title: text('模板名称', '关于成立中共××支部委员会的请示'),
    /** Number in the guideline's list of 30 templates. */
    number: integer('模板序号', 1, 30),
    /** 文种类别. */
    category: oneOf('文种类别', TEMPLATE_CATEGORIES),
    /** 用途：什么时候、由谁、向谁使用。 */
    purpose: text('用途', '基层单位申请成立党支部时，向机关党委报送'),
    /** Procedures in which the template is used. */
    procedures: list('所属程序', ctx.reference('procedures')),
    /** 填写说明, one point per line. */
    instructions: list('填写说明', text('填写说明', '××处填写单位全称')),
  });
