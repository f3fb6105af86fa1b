/**
 * The 自查情况报告 as a document model for the site's Word renderer (lib/docx/render.ts), made in the reader's
 * browser from the list on the page and the saved answers. With `blank`, it is the form to fill in by hand, built
 * once at build time. Only types come from docx/model.ts: its MDX parser must not reach the browser.
 */
import type { Block, DocModel } from '../docx/model.ts';
import { formatPartialDate } from '../dates.ts';
import { answerLabel, isFinding, summarize, type SelfCheckState } from './answers.ts';
import { byChapter, type CheckGroup, type CheckItem } from './checklist.ts';

export const REPORT_TITLE = '基层党建工作自查情况报告';
const BLANK = '____';
const CHINESE_NUMBERS = '一二三四五六七八九十';
/**
 * The tables, with column shares in characters of 4号 table text (about 31.6 fit the type area): room for 已整改
 * and a date on one line. The blank form has a box column per answer to tick, and room to write.
 */
const TABLES = {
  filled: {
    header: ['序号', '自查事项', '结果', '情况说明', '计划完成时间'],
    widths: [3, 10, 3.8, 7, 7.8],
  },
  blank: {
    header: ['序号', '自查事项', '不存在', '存在', '已整改', '情况说明和计划完成时间'],
    widths: [3, 9.8, 3.8, 3.8, 3.8, 7.4],
  },
};

/** A paragraph whose whole text is a level's heading (一、… in 黑体, （一）… in 楷体). */
const heading = (level: 1 | 2 | 3, text: string): Block => ({
  kind: 'paragraph',
  runs: [{ text }],
  level,
  headingLength: text.length,
});
const paragraph = (text: string): Block => ({ kind: 'paragraph', runs: [{ text }] });

export interface ReportOptions {
  /** The form to fill in by hand: every item, with a column per answer to tick. */
  blank?: boolean;
}

function itemRow(item: CheckItem, state: SelfCheckState, blank: boolean): string[] {
  // The table is under its group's heading: a problem is numbered by its ledger number alone.
  const number = item.label.replace(/^问题/, '');
  const text = item.example ? `${item.text}（示例）` : item.text;
  if (blank) return [number, text, '', '', '', ''];
  const saved = state.answers[item.id] ?? {};
  return [
    number,
    text,
    saved.answer ? answerLabel(saved.answer) : '',
    saved.note?.trim() ?? '',
    saved.date ? formatPartialDate(saved.date) : '',
  ];
}

/**
 * The 自查情况报告: to 直属机关党委, what was checked, the counts, then by chapter each group's items found 存在 or
 * 已整改 (in the blank form, all items) in a table with the note and the planned date; signed with the branch's
 * name and the date the reader typed, or placeholders.
 */
export function selfCheckReport(
  groups: readonly CheckGroup[],
  state: SelfCheckState,
  { blank = false }: ReportOptions = {},
): DocModel {
  const branch = blank ? '' : state.branch.trim();
  const problems = groups.filter((g) => g.kind === 'problems').flatMap((g) => g.items);
  const procedures = groups.filter((g) => g.kind === 'standards').length;
  const example = problems.some((p) => p.example) ? '（示例）' : '';
  const s = summarize(groups, state);
  const count = (n: number) => (blank ? BLANK : String(n));
  const blocks: Block[] = [
    paragraph(
      `${branch || '我支部'}对照《基层党建工作指引》${procedures}项工作程序的工作标准和党建工作问题整改台账` +
        `${problems.length}个共性问题${example}，逐项开展了自查。现将自查情况报告如下。`,
    ),
    heading(1, '一、总体情况'),
    paragraph(
      `共自查${s.total}项，其中不存在${count(s.absent)}项，存在${count(s.present)}项，` +
        `已整改${count(s.fixed)}项，未填${count(s.unanswered)}项。`,
    ),
    heading(1, blank ? '二、逐项自查情况' : '二、存在的问题和整改情况'),
  ];
  const shown = (item: CheckItem) => blank || isFinding(state.answers[item.id]?.answer);
  const chapters = byChapter(groups)
    .map((c) => ({ ...c, groups: c.groups.filter((g) => g.items.some(shown)) }))
    .filter((c) => c.groups.length > 0);
  if (chapters.length === 0) blocks.push(paragraph('经自查，未发现存在的问题。'));
  chapters.forEach((chapter, c) => {
    blocks.push(heading(2, `（${CHINESE_NUMBERS[c] ?? c + 1}）${chapter.title}`));
    chapter.groups.forEach((group, g) => {
      blocks.push(heading(3, `${g + 1}.${group.title}${group.kind === 'problems' ? example : '（工作标准）'}`));
      const table = blank ? TABLES.blank : TABLES.filled;
      blocks.push({
        kind: 'table',
        rows: [table.header, ...group.items.filter(shown).map((item) => itemRow(item, state, blank))],
        widths: table.widths,
        // The blank form lists every item of the guide: hundreds of rows once the guide grows.
        ...(blank ? { light: true } : {}),
      });
    });
  });
  return {
    title: REPORT_TITLE,
    titleLines: [REPORT_TITLE],
    addressee: '直属机关党委：',
    blocks,
    signature: {
      org: branch || '中共××支部委员会',
      date: !blank && state.date ? formatPartialDate(state.date) : '××××年××月××日',
      notes: [],
    },
    appendices: [],
  };
}
