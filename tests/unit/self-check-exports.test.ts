/** The self-check's exports: the CSV rows and the 自查情况报告 model, filled and blank, and its Word bytes. */
import { parse } from 'csv-parse/sync';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/lib/csv.ts';
import type { Block } from '../../src/lib/docx/model.ts';
import { renderDocxBytes, renderTemplateDocx } from '../../src/lib/docx/render.ts';
import { emptyState, type SelfCheckState } from '../../src/lib/self-check/answers.ts';
import { SELF_CHECK_CSV_HEADER, selfCheckCsvRows } from '../../src/lib/self-check/csv.ts';
import { REPORT_TITLE, selfCheckReport } from '../../src/lib/self-check/report.ts';
import { groups } from './self-check-fixtures.ts';

const state: SelfCheckState = {
  branch: '第一党支部',
  date: '2025-06-30',
  answers: {
    p01: { answer: 'present', note: '两个科室合并后未调整，含"引号",逗号', date: '2025-09-30' },
    p02: { answer: 'absent' },
    'fts-b': { answer: 'fixed', note: '已补齐' },
    'gone-item': { answer: 'present', note: '这一项已经删去' },
  },
};

const texts = (blocks: Block[]) =>
  blocks.map((b) =>
    b.kind === 'paragraph' ? b.runs.map((r) => r.text).join('') : b.kind === 'table' ? b.rows : b.kind,
  );

describe('self-check CSV', () => {
  it('has one row per listed item with its answer, note and date, and parses back', () => {
    const csv = toCsv(SELF_CHECK_CSV_HEADER, selfCheckCsvRows(groups, state));
    expect(csv.startsWith('\uFEFF方面,')).toBe(true);
    const records = parse(csv.slice(1), { columns: true }) as Record<string, string>[];
    expect(records.map((r) => [r['序号'], r['自查结果'], r['情况说明'], r['计划完成时间'], r['示例']])).toEqual([
      ['问题1', '存在', '两个科室合并后未调整，含"引号",逗号', '2025-09-30', '是'],
      ['问题2', '不存在', '', '', '是'],
      ['1', '未填', '', '', '否'],
      ['2', '已整改', '已补齐', '', '否'],
    ]);
    expect(records[2]).toMatchObject({ 方面: '政治建设', 类别: '“第一议题”学习', 自查事项: '年初有年度学习计划。' });
  });
});

describe('自查情况报告', () => {
  it('counts, then lists what was found by chapter, signed with the branch and date', () => {
    const model = selfCheckReport(groups, state);
    expect(model.title).toBe(REPORT_TITLE);
    expect(model.addressee).toBe('直属机关党委：');
    expect(texts(model.blocks)).toEqual([
      expect.stringMatching(/^第一党支部对照《基层党建工作指引》1项工作程序.*2个共性问题（示例）/),
      '一、总体情况',
      '共自查4项，其中不存在1项，存在1项，已整改1项，未填1项。',
      '二、存在的问题和整改情况',
      '（一）政治建设',
      '1.“第一议题”学习（工作标准）',
      [
        ['序号', '自查事项', '结果', '情况说明', '计划完成时间'],
        ['2', '学习资料按年度归档。', '已整改', '已补齐', ''],
      ],
      '（二）组织设置',
      '1.共性问题（示例）',
      [
        ['序号', '自查事项', '结果', '情况说明', '计划完成时间'],
        ['1', '党组织设置不到位（示例）', '存在', '两个科室合并后未调整，含"引号",逗号', '2025年9月30日'],
      ],
    ]);
    expect(model.signature).toEqual({ org: '第一党支部', date: '2025年6月30日', notes: [] });
  });

  it('says so when nothing was found, with placeholders for what was not typed', () => {
    const model = selfCheckReport(groups, { ...emptyState(), answers: { p01: { answer: 'absent' } } });
    expect(texts(model.blocks).slice(2)).toEqual([
      '共自查4项，其中不存在1项，存在0项，已整改0项，未填3项。',
      '二、存在的问题和整改情况',
      '经自查，未发现存在的问题。',
    ]);
    expect(model.signature).toMatchObject({ org: '中共××支部委员会', date: '××××年××月××日' });
  });

  it('as a blank form lists every item with a column per answer to tick, and ignores any answers', () => {
    const model = selfCheckReport(groups, state, { blank: true });
    const all = texts(model.blocks);
    expect(all).toContain('共自查4项，其中不存在____项，存在____项，已整改____项，未填____项。');
    expect(all).toContain('二、逐项自查情况');
    const tables = model.blocks.flatMap((b) => (b.kind === 'table' ? [b] : []));
    expect(tables[0]!.rows[0]).toEqual(['序号', '自查事项', '不存在', '存在', '已整改', '情况说明和计划完成时间']);
    const rows = tables.flatMap((t) => t.rows.slice(1));
    expect(rows.map((r) => r[0])).toEqual(['1', '2', '1', '2']);
    for (const row of rows) expect(row.slice(2)).toEqual(['', '', '', '']);
    expect(model.signature?.org).toBe('中共××支部委员会');
  });

  it('renders to the same Word bytes in the browser form as in the build form', async () => {
    const model = selfCheckReport(groups, state);
    const meta = { title: REPORT_TITLE, subject: '自查' };
    const bytes = await renderDocxBytes(model, meta);
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect(Buffer.from(bytes).equals(await renderTemplateDocx(model, meta))).toBe(true);
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    for (const text of ['第一党支部', '两个科室合并后未调整', '2025年9月30日', '已整改']) expect(xml).toContain(text);
  });
});

describe('the blank form in Word', () => {
  it('sets cell margins once for the table, not per cell: light cells for a form of hundreds of rows', async () => {
    const model = selfCheckReport(groups, state, { blank: true });
    expect(model.blocks.filter((b) => b.kind === 'table').every((b) => b.kind === 'table' && b.light)).toBe(true);
    const bytes = await renderDocxBytes(model, { title: REPORT_TITLE, subject: '自查' });
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    expect(xml).toContain('<w:tblCellMar>');
    expect(xml).not.toContain('<w:tcMar>');
    expect(xml).not.toContain('<w:vAlign');
    // The filled report keeps the per-cell layout of the site's templates.
    const filled = await renderDocxBytes(selfCheckReport(groups, state), { title: REPORT_TITLE, subject: '自查' });
    const filledXml = await (await JSZip.loadAsync(filled)).file('word/document.xml')!.async('string');
    expect(filledXml).toContain('<w:tcMar>');
  });
});
