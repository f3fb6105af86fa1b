/** The self-check's answer model: stable item ids, the stored format and its tolerance, the counts. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  answersOffList,
  emptyState,
  readSelfCheck,
  serializeState,
  STORAGE_VERSION,
  summarize,
  summaryText,
  type SelfCheckState,
} from '../../src/lib/self-check/answers.ts';
import { fieldProblemText, recordNotices } from '../../src/lib/saved-record-words.ts';
import { byChapter, standardItemIds } from '../../src/lib/self-check/checklist.ts';
import { procedureStandards } from '../../src/lib/self-check/standards.ts';
import { ROOT } from '../support/builds.ts';
import { groups } from './self-check-fixtures.ts';

describe('standard item ids', () => {
  it('name a standard by its procedure and text, whatever its place and spacing', () => {
    const [a, b] = standardItemIds('party-dues', ['按月收缴。', '每年公布。']);
    expect(a).toMatch(/^party-dues-[0-9a-z]+$/);
    expect(standardItemIds('party-dues', ['新加的一条。', '每年公布。', '按 月收缴。'])).toEqual([
      expect.any(String),
      b,
      a,
    ]);
    expect(standardItemIds('other', ['按月收缴。'])[0]).not.toBe(a);
  });

  it('keep a repeated standard apart', () => {
    const [first, second] = standardItemIds('p', ['同一句。', '同一句。']);
    expect(second).toBe(`${first}-2`);
  });
});

describe('procedureStandards', () => {
  it('reads the list under 工作标准 and the heading id, skipping MDX comments', () => {
    const body = [
      '## 工作程序',
      '',
      '- 不是标准',
      '',
      '## 工作标准',
      '',
      '- 第一条，有[链接](/guide/)和**强调**。{/* 给编辑的说明 */}',
      '- 第二条。',
      '',
      '## 常见问题',
      '',
      '- 也不是',
    ].join('\n');
    expect(procedureStandards(body)).toEqual({
      items: ['第一条，有链接和强调。', '第二条。'],
      headingId: '工作标准',
    });
  });

  it('gives nothing for a body without the section', () => {
    expect(procedureStandards('## 概述\n\n正文')).toEqual({ items: [], headingId: undefined });
  });

  it('finds standards in every procedure of the content, each id once', () => {
    const dir = join(ROOT, 'content/guide');
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.mdx'));
    expect(files.length).toBeGreaterThan(0);
    const ids = files.flatMap((f) => {
      const { items } = procedureStandards(readFileSync(join(dir, f), 'utf8'));
      expect(items.length, f).toBeGreaterThan(0);
      return standardItemIds(f, items);
    });
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe('byChapter', () => {
  it('orders chapters by their order and keeps groups in page order', () => {
    expect(byChapter(groups).map((c) => [c.title, c.groups.map((g) => g.id)])).toEqual([
      ['政治建设', ['std-first-topic-study']],
      ['组织设置', ['problems-organization']],
    ]);
  });
});

describe('stored answers', () => {
  const state: SelfCheckState = {
    branch: '第一党支部',
    date: '2025-06-30',
    answers: {
      p01: { answer: 'present', note: '未及时调整', date: '2025-09-30' },
      p02: { answer: 'fixed' },
      empty: {},
    },
  };

  it('round-trip, versioned, without empty answers', () => {
    const text = serializeState(state);
    expect(JSON.parse(text)).toMatchObject({ v: STORAGE_VERSION, branch: '第一党支部' });
    expect(text).not.toContain('empty');
    const { empty: _, ...kept } = state.answers;
    expect(readSelfCheck(text)).toEqual({ state: { ...state, answers: kept } });
  });

  it('keep a long note whole: the page never writes one, but what is stored is not cut', () => {
    const note = '说'.repeat(800);
    const read = readSelfCheck(JSON.stringify({ v: 1, branch: '', date: '', answers: { p01: { n: note } } }));
    expect(read.state.answers.p01?.note).toBe(note);
    expect(read.damage).toBeUndefined();
  });

  it.each([
    ['not JSON', '{oops', 'unreadable'],
    ['no version', JSON.stringify({ answers: { p01: { a: 'present' } } }), 'unreadable'],
    ['version 0', JSON.stringify({ v: 0, answers: {} }), 'unreadable'],
    ['the version as text', JSON.stringify({ v: '1', answers: {} }), 'unreadable'],
    ['a list', '[1,2]', 'unreadable'],
    ['a number', '42', 'unreadable'],
    ['null', 'null', 'unreadable'],
    ['a newer page’s', JSON.stringify({ v: 2, answers: { p01: { a: 'present' } } }), 'newer'],
  ])('read as empty, and say why, when %s', (_what, stored, damage) => {
    expect(readSelfCheck(stored)).toEqual({ state: emptyState(), damage });
  });

  it('keep every valid part of a partly damaged record, counting what is not and naming impossible dates', () => {
    const stored = JSON.stringify({
      v: STORAGE_VERSION,
      branch: 7,
      date: '2026-13-01',
      extra: true,
      answers: {
        p01: { a: 'maybe', n: '说明', d: 'soon' },
        p02: { a: 'absent', d: '2026-02-30' },
        p03: 'present',
        p04: { n: '   ', x: 1 },
        p05: { a: 'fixed', n: 3, d: '2026-02-28' },
      },
    });
    const read = readSelfCheck(stored);
    expect(read.state).toEqual({
      branch: '',
      date: '',
      answers: {
        p01: { note: '说明' },
        p02: { answer: 'absent' },
        p05: { answer: 'fixed', date: '2026-02-28' },
      },
    });
    // branch, extra, date | p01: a, d | p02: d | p03 | p04: x | p05: n
    expect(read.damage).toBe(9);
    expect(read.fields?.map((f) => [f.field, fieldProblemText(f)])).toEqual([
      ['date', '本机保存的日期「2026-13-01」不是有效日期：月份只有1至12月。这个日期没有填入，也不会导出，请重新填写。'],
      [
        'p01-date',
        '本机保存的日期「soon」不是“年-月-日”格式，请按 2026-03-05 的样式填写。这个日期没有填入，也不会导出。',
      ],
      [
        'p02-date',
        '本机保存的日期「2026-02-30」不是有效日期：2026年2月只有28天。这个日期没有填入，也不会导出，请重新填写。',
      ],
    ]);
  });

  it('answers a list as a whole that is not a map count as one damaged part', () => {
    const read = readSelfCheck(JSON.stringify({ v: 1, branch: '支部', date: '', answers: [{ a: 'present' }] }));
    expect(read).toMatchObject({
      state: { branch: '支部', answers: {} },
      damage: 1,
    });
  });

  it('find answers to items no longer on the list, and say so', () => {
    const stored: SelfCheckState = {
      ...emptyState(),
      answers: { p01: { answer: 'absent' }, gone: { answer: 'fixed' } },
    };
    expect(answersOffList(groups, stored)).toEqual(['gone']);
    const [notice] = recordNotices(
      [{ kind: 'off-page', count: 1, raw: '{}', remove: () => true }],
      'self-check',
      'djzy-self-check',
      undefined,
      new Date(2026, 11, 7),
    );
    expect(notice).toMatchObject({
      text: '本机保存的自查记录中，有 1 项对应的条目已不在本页清单上（条目已修改或删除）。这些内容不显示，也不计入报告，仍保存在本机，可以下载查看。',
      remove: { label: '删除这些内容' },
    });
  });
});

describe('summarize', () => {
  it('counts the items of the list only; a note alone is not an answer', () => {
    const state: SelfCheckState = {
      ...emptyState(),
      answers: {
        p01: { answer: 'present' },
        p02: { note: '还没查' },
        'fts-a': { answer: 'absent' },
        'gone-item': { answer: 'fixed' },
      },
    };
    const summary = summarize(groups, state);
    expect(summary).toEqual({ total: 4, absent: 1, present: 1, fixed: 0, unanswered: 2 });
    expect(summaryText(summary)).toBe('已填 2 项，共 4 项：不存在 1 项，存在 1 项，已整改 0 项。');
  });
});
