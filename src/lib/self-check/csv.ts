/** The self-check as a table for Excel and WPS, made in the reader's browser: one row per item, in page order. */
import { answerLabel, type SelfCheckState } from './answers.ts';
import type { CheckGroup } from './checklist.ts';

export const SELF_CHECK_CSV_HEADER = [
  '方面',
  '类别',
  '序号',
  '自查事项',
  '自查结果',
  '情况说明',
  '计划完成时间',
  '示例',
] as const;

/** One row per item of the list, in page order; 自查结果 is 未填 where there is no answer. */
export function selfCheckCsvRows(groups: readonly CheckGroup[], state: SelfCheckState): string[][] {
  return groups.flatMap((group) =>
    group.items.map((item) => {
      const saved = state.answers[item.id] ?? {};
      return [
        group.chapter.title,
        group.title,
        item.label,
        item.text,
        saved.answer ? answerLabel(saved.answer) : '未填',
        saved.note?.trim() ?? '',
        saved.date ?? '',
        item.example ? '是' : '否',
      ];
    }),
  );
}
