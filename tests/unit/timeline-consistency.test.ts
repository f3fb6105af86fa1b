/**
 * Limits that cannot all hold: found wherever they sit among the steps (not only from the first), cycles named as
 * such, harmless cycles left alone, and a reader is never told that a date is wrong when the page's limits contradict
 * one another. That the solver never throws or hangs is swept over random graphs in
 * tests/build/timeline-random.test.ts (900 solves, too many for the fast loop).
 */
import { describe, expect, it } from 'vitest';
import { conflictWording, ruleConflicts } from '../../src/lib/timeline/consistency.ts';
import { CALENDAR_2025_2026 } from '../../src/lib/timeline/holidays.ts';
import { issueWord, noDatesLine, summaryLine } from '../../src/lib/timeline/present.ts';
import type { Constraint, ProcedureRules } from '../../src/lib/timeline/rules.ts';
import { solve } from '../../src/lib/timeline/solve.ts';
import { branchElection, limit, memberRecruitment } from './timeline-fixtures.ts';

const calendar = CALENDAR_2025_2026;

const LABELS: Record<string, string> = { a: '甲', b: '乙', c: '丙', d: '丁', e: '戊', f: '己' };
const labelOf = (id: string) => LABELS[id] ?? id;

function rules(...constraints: Constraint[]): ProcedureRules {
  const ids = [...new Set(constraints.flatMap((c) => [c.anchor, c.step]))].sort();
  return { procedure: 'test', steps: ids.map((id) => ({ id, label: labelOf(id) })), constraints };
}

/** What the content check says: the limits involved, by id, and the problem text. */
const found = (r: ProcedureRules) =>
  ruleConflicts(r, { calendar }).map((conflict) => ({
    ids: conflict.constraints.map((c) => c.id),
    problem: conflictWording(conflict, labelOf).problem,
  }));

describe('limits that cannot all hold, found wherever they sit', () => {
  it('limits among later steps that contradict each other, the first step not joined to them by any limit', () => {
    const r = rules(
      limit('b', '>=', 'a'),
      limit('d', '>=', 'c', 2, 'months'),
      limit('d', '<=', 'c', 1, 'months'),
      limit('e', '>=', 'd'),
    );
    expect(found(r)).toEqual([
      {
        ids: ['d-after-c', 'd-by-c'],
        problem:
          '时限「d-after-c」、「d-by-c」不能同时满足（「d-after-c」丁不早于丙后2个月；「d-by-c」丁不晚于丙后1个月）',
      },
    ]);
    // The first step alone never meets them: that is where the check used to look.
    expect(solve(r, { a: '2025-03-10' }, { calendar }).issues.filter((i) => i.severity !== 'info')).toEqual([]);
  });

  it('two groups of steps, each with its own contradiction, are both reported', () => {
    const r = rules(
      limit('b', '>=', 'a', 3),
      limit('b', '<=', 'a', 2),
      limit('d', '>=', 'c', 1, 'years'),
      limit('c', '>=', 'd'),
    );
    expect(found(r).map((f) => f.ids)).toEqual([
      ['b-after-a', 'b-by-a'],
      ['d-after-c', 'c-after-d'],
    ]);
  });

  it('a positive cycle: 甲不早于乙后1个月, 乙不早于甲', () => {
    expect(found(rules(limit('a', '>=', 'b', 1, 'months'), limit('b', '>=', 'a')))).toEqual([
      {
        ids: ['a-after-b', 'b-after-a'],
        problem:
          '时限「a-after-b」、「b-after-a」首尾相连成环（「a-after-b」甲不早于乙后1个月；「b-after-a」乙不早于甲），' +
          '绕一圈下来，同一个节点要比它自己更晚，任何日期都不能满足',
      },
    ]);
  });

  it('a cycle through three steps, found from a step outside it too', () => {
    const r = rules(limit('b', '>=', 'a'), limit('c', '>=', 'b'), limit('a', '>=', 'c', 1), limit('d', '>=', 'c'));
    expect(found(r).map((f) => f.ids)).toEqual([['b-after-a', 'c-after-b', 'a-after-c']]);
    // From 丁 alone the cycle is never entered by a known date: the bounds would rise without end.
    const s = solve(r, { d: '2025-03-10' }, { calendar });
    expect(s.issues.map((i) => [i.kind, i.constraints.map((c) => c.id)])).toEqual([
      ['rules', ['b-after-a', 'c-after-b', 'a-after-c']],
    ]);
  });

  it('a cycle with no net shift holds: 当日 both ways, or a month forward and a month back', () => {
    expect(found(rules(limit('a', '>=', 'b'), limit('b', '>=', 'a')))).toEqual([]);
    expect(found(rules(limit('b', '>=', 'a', 1, 'months'), limit('b', '<=', 'a', 1, 'months')))).toEqual([]);
    expect(found(rules(limit('b', '>=', 'a', 1, 'years'), limit('a', '>=', 'b', -1, 'years')))).toEqual([]);
  });

  it('a contradiction only at month ends is found, with the date that shows it', () => {
    // 丙 no earlier than 2 months after 甲; 乙 within 1 month of 甲; 丙 within 1 month of 乙. From 甲 = 01-10 all
    // hold (丙 = 03-10); from 甲 = 2025-01-31: 丙 ≥ 03-31 but 乙 ≤ 02-28, so 丙 ≤ 03-28.
    const r = rules(
      limit('c', '>=', 'a', 2, 'months'),
      limit('b', '<=', 'a', 1, 'months'),
      limit('c', '<=', 'b', 1, 'months'),
    );
    expect(found(r)).toEqual([
      {
        ids: ['c-after-a', 'b-by-a', 'c-by-b'],
        problem:
          '时限「c-after-a」、「b-by-a」、「c-by-b」在某些日期（如“甲”为2025年1月31日时）不能同时满足' +
          '（「c-after-a」丙不早于甲后2个月；「b-by-a」乙不晚于甲后1个月；「c-by-b」丙不晚于乙后1个月）',
      },
    ]);
  });

  it('the procedures’ limits as the fixtures hold them can all hold, 预备期满 and 任期届满 on 2月29日 included', () => {
    expect(ruleConflicts(memberRecruitment, { calendar })).toEqual([]);
    expect(ruleConflicts(branchElection, { calendar })).toEqual([]);
  });
});

describe('the reader is never blamed for the rules', () => {
  const cycle = rules(limit('a', '>=', 'b', 1, 'months'), limit('b', '>=', 'a'));

  it('a date inside contradictory limits gets the page’s fault, no dates and no correction to make', () => {
    const s = solve(cycle, { a: '2025-03-10' }, { calendar });
    expect(s.ok).toBe(false);
    expect(s.issues.map((i) => [i.kind, i.severity, i.step, i.message])).toEqual([
      [
        'rules',
        'error',
        '',
        '本页的时限规定互相矛盾（“甲不早于乙后1个月”、“乙不早于甲”），这不是所填日期的问题，请联系机关党委核对本页的时限规定。',
      ],
    ]);
    expect(s.steps.every((r) => !r.window.earliest && !r.window.latest)).toBe(true);
    expect(summaryLine(s, 1)).toBe('本页的时限规定有问题，暂时无法推算日期：');
    expect(noDatesLine(s)).toBe('本页的时限规定有问题，无法推算（见上方说明）。');
    expect(issueWord(s.issues[0]!)).toBe('无法推算');
  });

  it('two dates that disagree under limits that agree are the reader’s to correct', () => {
    const s = solve(memberRecruitment, { activist: '2025-03-05', candidate: '2026-03-01' }, { calendar });
    expect(s.issues.map((i) => i.kind)).toEqual(['limit']);
    expect(summaryLine(s, 2)).toBe('填写的日期有误，改正后才能推算其余日期：');
    expect(noDatesLine(s)).toBe('尚无法推算：需要先填写前后节点的日期。');
    expect(issueWord(s.issues[0]!)).toBe('有误');
  });

  it('a day a pinned step never falls on is the reader’s to correct, not the rules’', () => {
    // 预备期满 is exactly one year after the meeting; no day one year on is 2028-02-29.
    const s = solve(memberRecruitment, { 'probation-end': '2028-02-29' }, { calendar });
    expect(s.issues.map((i) => [i.kind, i.step])).toEqual([['conflict', 'probation-end']]);
    expect(solve(memberRecruitment, { 'probation-end': '2028-02-28' }, { calendar }).ok).toBe(true);
  });

  it('a date entered beside the contradiction still makes the page, not the reader, at fault', () => {
    const s = solve(cycle, { a: '2025-03-10', b: '2025-06-10' }, { calendar });
    expect(s.issues.map((i) => i.kind)).toEqual(['rules']);
  });
});
