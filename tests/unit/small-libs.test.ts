import { describe, expect, it } from 'vitest';
import { formatDate, formatMonth, formatPartialDate, isoDay } from '../../src/lib/dates.ts';
import { countByStatus, problemStatus } from '../../src/lib/ledger-status.ts';
import { audienceOf, concernsPost } from '../../src/lib/roles.ts';
import { DUTY_LISTS, DUTY_TOTALS, POSTS } from '../../src/schemas/seed-facts.ts';
import { cspHash } from '../../src/lib/csp.ts';

describe('seed facts', () => {
  it('has the lists and items the seed totals, and its five posts', () => {
    expect(DUTY_LISTS).toHaveLength(DUTY_TOTALS.lists);
    expect(DUTY_LISTS.reduce((n, l) => n + l.count, 0)).toBe(DUTY_TOTALS.items);
    expect(POSTS.map((p) => p.subject)).toEqual([
      '党委书记',
      '党委领导班子其他成员',
      '直属机关党委书记',
      '直属机关纪委书记',
      '党（总）支部书记',
    ]);
  });
});

describe('roles', () => {
  it('a post hears what is addressed to it or to its organisation', () => {
    expect(audienceOf('branch-secretary')).toEqual(['branch-secretary', 'branch']);
    expect(concernsPost([{ id: 'branch' }], 'branch-secretary')).toBe(true);
    expect(concernsPost([{ id: 'committee' }], 'branch-secretary')).toBe(false);
    expect(audienceOf('nobody')).toEqual([]);
  });
});

describe('rectification status', () => {
  it('derives 已清零 / 整改中 / 未启动 from the measures', () => {
    expect(problemStatus([{ status: '已完成' }, { status: '已完成' }])).toBe('已清零');
    expect(problemStatus([{ status: '已完成' }, { status: '长期坚持' }])).toBe('整改中');
    expect(problemStatus([{ status: '未启动' }])).toBe('未启动');
    expect(countByStatus(['a', 'b', 'a'], ['a', 'b', 'c'])).toEqual([
      { status: 'a', count: 2 },
      { status: 'b', count: 1 },
      { status: 'c', count: 0 },
    ]);
  });
});

describe('dates', () => {
  it('formats as Chinese readers write them', () => {
    const d = new Date(Date.UTC(2022, 6, 5));
    expect(formatDate(d)).toBe('2022年7月5日');
    expect(isoDay(d)).toBe('2022-07-05');
    expect(formatMonth('2022-07')).toBe('2022年7月');
    expect(formatPartialDate('2018')).toBe('2018年');
    expect(formatPartialDate('2008-02')).toBe('2008年2月');
  });
});

describe('cspHash', () => {
  it('is the base64 SHA-256 CSP source of the exact script text', () => {
    expect(cspHash('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });
});
