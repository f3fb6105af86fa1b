import { z } from 'astro/zod';
import { list, msg, text } from './fields.ts';

/** 2018, 2018-10 or 2018-10-28: as precise as the date is known. */
export const partialDate = (label: string, example = '2018-10-28') =>
  text(label, example).regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, {
    error: msg(`「${label}」格式不对`, '写成 2018、2018-10 或 2018-10-28'),
  });

/** A version label: usually the year of issue (2014, 2026), unique within one regulation. */
export const versionLabel = (label = '版本') =>
  text(label, '2026').regex(/^[0-9a-z][0-9a-z.-]*$/, {
    error: msg(`「${label}」只能用数字、小写英文字母、点和连字符`, '一般写印发的年份，如 2026'),
  });

/** An earlier version of a regulation in the catalogue (its history), oldest first. */
export const pastVersionSchema = () =>
  z.strictObject({
    /** 版本, e.g. 2014. */
    version: versionLabel(),
    /** 当时的文件名称, when it differed from the current title. */
    title: text('当时的文件名称', '中国共产党发展党员工作细则（试行）').optional(),
    /** 印发时间. */
    issued: partialDate('印发时间', '2014-05'),
    /** 施行时间, when it differed from the issue date. */
    effective: partialDate('施行时间', '2014-06-01').optional(),
    /** 文号, where public and checked. */
    docNumber: text('文号', '中办发〔2014〕××号').optional(),
  });

/**
 * What the current version changed, as public sources state it: points named, never the new wording unless quoted
 * from the text as promulgated. Pages resting on the previous version name these points in their notice.
 */
export const revisionSummarySchema = () =>
  z.strictObject({
    /** 修订涉及的方面, e.g. 列为发展对象前的公示. */
    changes: list('修订涉及的方面', text('修订涉及的方面', '列为发展对象前的公示')),
    /** 出处, shown with the changes, where a public source states them (else say where in a YAML comment). */
    source: text('出处', '中央组织部负责人答记者问（人民日报2026年5月19日第4版）').optional(),
  });

/** Said of a chart or template whose procedure cites a regulation that nothing in the chart or template comes from. */
export const NOT_CONCERNED = '不涉及';

/**
 * 依据的版本: which version of each regulation an entry was checked against, by regulation id. Required for a
 * regulation whose catalogue entry has more than one version; a page that follows an older one carries a notice.
 * A chart or template may say 不涉及 for a regulation its procedure cites but it takes nothing from.
 */
export const checkedVersionsSchema = () =>
  z
    .record(z.string(), z.union([z.literal(NOT_CONCERNED), versionLabel('依据的版本')]), {
      error: () => msg('「依据的版本」应为“制度编号: 版本”', '每行写一项，如 member-recruitment-rules: "2014"'),
    })
    .meta({ title: '依据的版本' });
