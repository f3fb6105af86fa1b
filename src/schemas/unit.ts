import { z } from 'astro/zod';
import { exampleFlag, integer, list, oneOf, paragraph, text } from './fields.ts';

export const UNIT_KINDS = ['隶属海关', '事业单位'] as const;
export const UNIT_ITEM_STATUSES = ['整改中', '已完成'] as const;

/**
 * content/units/<id>.yaml: a subordinate unit and its own problem list (个性问题清单) from the full-coverage survey.
 * Names are neutral placeholders (第一隶属海关 …): never attribute invented problems to a real unit.
 */
export const unitSchema = () =>
  z.strictObject({
    /** 单位名称 (placeholder), e.g. 第一隶属海关. */
    name: text('单位名称', '第一隶属海关'),
    /** 单位类别. */
    kind: oneOf('单位类别', UNIT_KINDS),
    /** Position in the list. */
    order: integer('顺序', 1, 99),
    /** true for illustrative entries (示例). */
    example: exampleFlag(),
    /** 个性问题清单. */
    problems: list(
      '个性问题清单',
      z.strictObject({
        /** 问题. */
        item: paragraph('问题', '……'),
        /** 整改指导意见（“面对面”指导的内容）. */
        guidance: paragraph('指导意见', '……'),
        /** 整改状态. */
        status: oneOf('整改状态', UNIT_ITEM_STATUSES),
      }),
    ),
  });
