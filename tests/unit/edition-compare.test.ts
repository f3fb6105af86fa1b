import { describe, expect, it } from 'vitest';
import {
  bodyBlocks,
  compareFlowcharts,
  compareProcedures,
  compareTemplates,
  type Names,
  type RawProcedure,
} from '../../src/lib/editions/compare.ts';

const names: Names = {
  procedure: (id) => ({ 'unqualified-members': '处置不合格党员' })[id] ?? id,
  regulation: (id) =>
    ({ 'party-constitution': '中国共产党章程', 'disposal-measures': '中国共产党不合格党员组织处置办法' })[id] ?? id,
  duty: (id) => ({ branch: '党（总）支部', 'branch-secretary': '党（总）支部书记' })[id] ?? id,
  template: (id) => ({ 'disposal-form': '模板18 组织处置审批表' })[id] ?? id,
  flowchart: (id) => ({ 'unqualified-members': '处置不合格党员流程图' })[id] ?? id,
};

const before: RawProcedure = {
  data: {
    title: '处置不合格党员',
    summary: '对不合格党员区别情况作出处置。',
    responsible: ['branch'],
    deadlines: ['限期改正期限一般为3至6个月'],
    basis: [{ regulation: 'party-constitution', articles: '第九条' }],
    templates: ['disposal-form'],
    flowchart: 'unqualified-members',
  },
  body: [
    "import Note from '../../../src/components/content/Note.astro';",
    '',
    '## 概述',
    '',
    '{/* 编辑注：2024 年核对 */}',
    '党员有违纪问题的，按纪律处分程序办理。',
    '',
    '- 限期改正',
    '- 劝其退党',
    '',
    '| 方式 | 依据 |',
    '|---|---|',
    '| 除名 | 党章第九条 |',
  ].join('\n'),
};

const after: RawProcedure = {
  data: {
    ...before.data,
    responsible: ['branch', 'branch-secretary'],
    basis: [
      { regulation: 'party-constitution', articles: '第九条' },
      { regulation: 'disposal-measures', articles: '第三条' },
    ],
  },
  body: before.body.replace(
    '党员有违纪问题的，按纪律处分程序办理。',
    '党员有违纪问题的，按纪律处分程序办理，不因同一问题再进行组织处置。',
  ),
};

describe('bodyBlocks', () => {
  it('keeps what a reader reads: headings, paragraphs, list items, table rows; drops imports and comments', () => {
    expect(bodyBlocks(before.body)).toEqual([
      '概述',
      '党员有违纪问题的，按纪律处分程序办理。',
      '限期改正',
      '劝其退党',
      '方式 | 依据',
      '除名 | 党章第九条',
    ]);
    expect(bodyBlocks('<Note kind="注意">以**原文**为准，见[条例](/regulations/)。</Note>')).toEqual([
      '以原文为准，见条例。',
    ]);
  });
});

describe('compareProcedures', () => {
  it('marks exactly the changed fields, in words, and the reworded paragraph', () => {
    const result = compareProcedures(before, after, names);
    expect(result.changed).toBe(true);
    expect(result.fields.map((f) => f.label)).toEqual(['责任主体', '依据']);
    expect(result.fields[0]!.items).toEqual([
      { kind: 'same', text: '党（总）支部' },
      { kind: 'inserted', text: '党（总）支部书记' },
    ]);
    expect(result.fields[1]!.items!.map((i) => i.kind)).toEqual(['same', 'inserted']);
    expect(result.fields[1]!.items![1]).toEqual({
      kind: 'inserted',
      text: '《中国共产党不合格党员组织处置办法》第三条',
    });
    expect(result.changedBlocks.map((c) => c.under)).toEqual(['概述']);
    const reworded = result.body.filter((b) => b.kind !== 'same');
    expect(reworded).toHaveLength(1);
    expect(reworded[0]!.kind).toBe('changed');
    const parts = reworded[0]!.kind === 'changed' ? reworded[0]!.parts : [];
    // A pure insertion: nothing of the 2023 sentence is marked deleted.
    expect(parts.filter((p) => p.kind === 'deleted')).toEqual([]);
    expect(
      parts
        .filter((p) => p.kind === 'inserted')
        .map((p) => p.text)
        .join(''),
    ).toBe('，不因同一问题再进行组织处置');
  });

  it('finds nothing between an edition and itself, even with a different editor comment', () => {
    const same = { ...before, body: before.body.replace('编辑注：2024 年核对', '编辑注：2026 年再核') };
    const result = compareProcedures(before, same, names);
    expect(result.changed).toBe(false);
    expect(result.fields).toEqual([]);
    expect(result.body.every((b) => b.kind === 'same')).toBe(true);
    expect(result.body).toHaveLength(bodyBlocks(before.body).length);
  });
});

describe('compareTemplates', () => {
  it('compares a template’s own fields: its procedures by name, its instructions item by item', () => {
    const before: RawProcedure = {
      data: {
        title: '组织处置审批表',
        number: 18,
        category: '表格',
        procedures: ['unqualified-members'],
        instructions: ['写明处置方式'],
      },
      body: '## 处置意见\n\n经支部大会讨论，决定限期改正。\n',
    };
    const after: RawProcedure = {
      data: { ...before.data, instructions: ['写明处置方式', '已受党纪处分的，不再因同一问题组织处置'] },
      body: before.body,
    };
    const result = compareTemplates(before, after, names);
    expect(result.fields.map((f) => [f.label, f.kind])).toEqual([['填写说明', 'changed']]);
    expect(result.fields[0]!.items!.map((i) => i.kind)).toEqual(['same', 'inserted']);
    expect(result.changedBlocks).toEqual([]);
    expect(compareTemplates(before, before, names).changed).toBe(false);
  });
});

describe('compareFlowcharts', () => {
  const chart = (steps: string[], note: string): RawProcedure => ({
    data: { title: '发展党员流程图', procedure: 'member-recruitment', summary: '按阶段发展党员。' },
    body: [
      note,
      '',
      '```mermaid',
      'flowchart TD',
      '    subgraph G1["第一阶段：申请入党"]',
      ...steps.map((label, i) => `        S${i + 1}["${label}"]`),
      '    end',
      '```',
    ].join('\n'),
  });

  it('compares the steps the chart draws, and its prose, never the mermaid source as text', () => {
    const before = chart(['递交入党申请书', '党组织派人谈话'], '本图按2014年细则绘制。');
    const after = chart(['递交入党申请书', '党组织1个月内派人谈话'], '本图按2014年细则绘制，以修订后的原文为准。');
    expect(bodyBlocks(after.body)).toEqual(['本图按2014年细则绘制，以修订后的原文为准。']);
    const result = compareFlowcharts(before, after, names);
    expect(result.fields.map((f) => f.label)).toEqual(['步骤']);
    const [kept, reworded] = result.fields[0]!.items!;
    expect(kept).toEqual({ kind: 'same', text: '第一阶段：申请入党：递交入党申请书' });
    expect(reworded!.kind).toBe('changed');
    expect(result.changedBlocks.map((c) => c.block.kind)).toEqual(['changed']);
  });
});
