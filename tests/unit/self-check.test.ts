/** The self-check's answer model: stable item ids, the stored format and its tolerance, the counts. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  emptyState,
  parseState,
  serializeState,
  STORAGE_VERSION,
  summarize,
  summaryText,
  type SelfCheckState,
} from '../../src/lib/self-check/answers.ts';
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
    expect(parseState(text)).toEqual({ ...state, answers: kept });
  });

  it.each([
    ['nothing stored', null],
    ['not JSON', '{oops'],
    ['another version', JSON.stringify({ v: 99, answers: { p01: { a: 'present' } } })],
    ['no version', JSON.stringify({ answers: { p01: { a: 'present' } } })],
    ['a list', '[1,2]'],
    ['a number', '42'],
  ])('read as empty when %s', (_what, stored) => {
    expect(parseState(stored)).toEqual(emptyState());
  });

  it('drop what is not a valid answer, keeping the rest', () => {
    const stored = JSON.stringify({
      v: STORAGE_VERSION,
      branch: 7,
      date: '30/06/2025',
      answers: {
        p01: { a: 'maybe', n: '说明', d: 'soon' },
        p02: { a: 'absent' },
        p03: 'present',
        p04: { n: '   ' },
      },
    });
    expect(parseState(stored)).toEqual({
      branch: '',
      date: '',
      answers: { p01: { note: '说明' }, p02: { answer: 'absent' } },
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
