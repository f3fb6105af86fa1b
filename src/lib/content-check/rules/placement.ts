/**
 * Order and place: numbers that must not repeat (chapter order, template numbers, 期号 …) and folder or file
 * names that carry meaning (the chapter folder of a procedure, the month of a bulletin).
 */
import { chapterOfProcedure } from '../../routes.ts';
import type { Problem } from '../../content-source/problem.ts';
import type { ValidEntry } from '../validate.ts';
import { entriesOf, problemAt, type RuleInput } from './input.ts';

/** A numeric field that must not repeat within a group. */
function uniqueField(
  entries: ValidEntry[],
  field: string,
  label: string,
  groupOf: (e: ValidEntry) => string = () => '',
): Problem[] {
  const seen = new Map<string, ValidEntry>();
  const problems: Problem[] = [];
  for (const e of entries) {
    const value = String((e.parsed as Record<string, unknown>)[field]);
    const key = `${groupOf(e)}:${value}`;
    const first = seen.get(key);
    if (first) {
      problems.push(problemAt(e, [field], `${label} ${value} 与 ${first.file} 重复`, `改成未使用的${label}`));
    } else {
      seen.set(key, e);
    }
  }
  return problems;
}

export function uniquenessRule({ valid }: RuleInput): Problem[] {
  return [
    ...uniqueField(entriesOf(valid, 'chapters'), 'order', '章节顺序'),
    ...uniqueField(entriesOf(valid, 'procedures'), 'order', '程序顺序', (e) => chapterOfProcedure(e.file)),
    ...uniqueField(entriesOf(valid, 'flowcharts'), 'order', '流程图顺序'),
    ...uniqueField(entriesOf(valid, 'templates'), 'number', '模板序号'),
    ...uniqueField(entriesOf(valid, 'bulletins'), 'issue', '期号'),
    ...uniqueField(entriesOf(valid, 'rectification'), 'number', '问题序号'),
    ...uniqueField(entriesOf(valid, 'series'), 'order', '系列顺序'),
  ];
}

export function placementRule({ ids, valid }: RuleInput): Problem[] {
  const problems: Problem[] = [];
  const chapters = ids.get('chapters') ?? new Set<string>();
  for (const e of entriesOf(valid, 'procedures')) {
    const chapter = chapterOfProcedure(e.file);
    if (!chapters.has(chapter)) {
      problems.push(
        problemAt(
          e,
          [],
          `文件夹「${chapter}」不是指引的章节`,
          `把文件移到 content/guide/ 下的章节文件夹中：${[...chapters].join('、')}`,
        ),
      );
    }
  }
  for (const e of entriesOf(valid, 'bulletins')) {
    const { month } = e.parsed;
    if (month !== e.id) {
      problems.push(
        problemAt(
          e,
          ['month'],
          `所属月份 ${month} 与文件名 ${e.id}.yaml 不一致`,
          `文件名写成 ${month}.yaml，或改正所属月份`,
        ),
      );
    }
  }
  return problems;
}
