import { z } from 'astro/zod';
import { list, oneOf, paragraph, slug, text } from './fields.ts';
import { partialDate, pastVersionSchema, revisionSummarySchema, versionLabel } from './regulation-version.ts';

export const REGULATION_KINDS = ['党章', '准则', '条例', '规定', '办法', '细则', '意见', '规划', '国家标准', '其他'] as const;
export const REGULATION_STATUSES = ['现行有效', '已被取代'] as const;

/** One entry of content/regulations.yaml: the catalogue of normative documents (制度文件目录). */
export const regulationSchema = () =>
  z.strictObject({
    /** Id used by citations, e.g. branch-work-regulation. */
    id: slug('编号'),
    /** 文件名称, without 书名号, e.g. 中国共产党支部工作条例（试行）. */
    title: text('文件名称', '中国共产党支部工作条例（试行）'),
    /** 文件类别. */
    kind: oneOf('文件类别', REGULATION_KINDS),
    /** 制定或印发机关, e.g. 中共中央. */
    issuer: text('制定机关', '中共中央'),
    /** 印发时间 of the version in force, as precise as known: 2018, 2018-10 or 2018-10-28. */
    issued: partialDate('印发时间'),
    /** 施行时间 of the version in force, when it differs from the issue date. */
    effective: partialDate('施行时间', '2018-11-01').optional(),
    /** 现行版本's label, when it is not the year of `issued` (pages name the version they follow by it). */
    version: versionLabel().optional(),
    /** 历次版本 before the one in force, oldest first: a page checked against one of them carries a notice. */
    history: z.array(pastVersionSchema()).meta({ title: '历次版本' }).optional(),
    /** What the version in force changed, as public sources state it (with history only). */
    revision: revisionSummarySchema().meta({ title: '现行版本的修订要点' }).optional(),
    /** The version the provisions below were taken from, when not the one in force. */
    provisionsVersion: versionLabel('要点依据的版本').optional(),
    /** 文号, where public (e.g. 组发〔2008〕3号). Use 〔〕 (U+3014/U+3015) around the year. */
    docNumber: text('文号', '中办发〔2012〕14号').optional(),
    /** 效力状态. */
    status: oneOf('效力状态', REGULATION_STATUSES).default('现行有效'),
    /** 一两句说明：与基层党建的关系。 */
    summary: paragraph('简介', '……'),
    /** Key provisions the site relies on; each names its article where known. */
    provisions: z
      .array(
        z.strictObject({
          /** 条款, e.g. 第十一条. */
          article: text('条款', '第十一条').optional(),
          /** 要点, in the site's words. */
          point: paragraph('要点', '党员大会一般每季度召开1次'),
        }),
      )
      .meta({ title: '要点' })
      .optional(),
    /**
     * 在本站中的作用, for a document no procedure or duty list cites (e.g. the standard the Word templates follow);
     * the checker requires it then, so every entry of the catalogue says why it is there.
     */
    role: text('在本站中的作用', '文书模板的排版依据').optional(),
    /** Words editors and readers may search by, e.g. 支部条例. */
    aliases: list('简称', text('简称', '支部条例')).optional(),
  });
