import { z } from 'astro/zod';
import { readerWordsField } from './search-words.ts';
import type { SchemaContext } from './context.ts';
import { integer, list, oneOf, paragraph, text } from './fields.ts';
import { SEED_COUNTS } from './seed-facts.ts';
import { checkedVersionsSchema } from './regulation-version.ts';

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
    number: integer('模板序号', 1, SEED_COUNTS.templates.count),
    /** 文种类别. */
    category: oneOf('文种类别', TEMPLATE_CATEGORIES),
    /** 用途：什么时候、由谁、向谁使用。 */
    purpose: paragraph('用途', '基层单位申请成立党支部时，向机关党委报送'),
    /** 读者的说法: what readers call this form (选票样式); their words find this page first. */
    readerWords: readerWordsField(),
    /** Procedures in which the template is used. */
    procedures: list('所属程序', ctx.reference('procedures')),
    /**
     * 依据的版本: for each revised regulation its procedures rest on (more than one version in the catalogue), the
     * version this template was checked against, e.g. member-recruitment-rules: "2014". An older one than the version
     * in force puts a notice on the template page and in its Word file, and a warning in `npm run check`.
     */
    checked: checkedVersionsSchema().optional(),
    /** 填写说明, one point per line. */
    instructions: list('填写说明', text('填写说明', '××处填写单位全称')),
    /**
     * Official files offered beside the generated Word file (e.g. a printed form), kept in
     * content/templates/attachments/ and checked by the attachment gate (type, size, referenced).
     */
    attachments: z
      .array(
        z.strictObject({
          /** File name inside content/templates/attachments/, e.g. member-register.pdf (ASCII only). */
          file: text('附件文件名', 'member-register.pdf')
            .regex(/^[a-z0-9][a-z0-9._-]*\.[a-z0-9]+$/, {
              error: '「附件文件名」只能用小写英文字母、数字、点和连字符 — 例如 member-register.pdf（中文写在 label 里）',
            })
            // The browser editor uploads it there (src/lib/cms/editor-fields.ts).
            .meta({ upload: 'attachments' }),
          /** 附件说明, shown on the download button, e.g. 《党员名册》印制样表（PDF）. */
          label: text('附件说明', '印制样表（PDF）'),
        }),
      )
      .meta({ title: '附件' })
      .optional(),
  });
