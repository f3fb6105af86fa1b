/**
 * Limits that cannot all hold: found wherever they sit among the steps (not only from the first), cycles named as
 * such, harmless cycles left alone; the solver never throws or hangs, and a reader is never told that a date is
 * wrong when the page's limits contradict one another.
 */
import { describe, expect, it } from 'vitest';
import { conflictWording, ruleConflicts } from '../../src/lib/timeline/consistency.ts';
import { CALENDAR_2025_2026 } from '../../src/lib/timeline/holidays.ts';
import { issueWord, noDatesLine, summaryLine } from '../../src/lib/timeline/present.ts';
import type { Constraint, ProcedureRules, Unit } from '../../src/lib/timeline/rules.ts';
import { solve } from '../../src/lib/timeline/solve.ts';
import { branchElection, memberRecruitment } from './timeline-fixtures.ts';

const calendar = CALENDAR_2025_2026;

/** `limit('b', '>=', 'a', 1, 'months')`: b 不早于 a 后1个月; a negative amount counts before. */
function limit(step: string, relation: '>=' | '<=', anchor: string, amount = 0, unit: Unit = 'days'): Constraint {
  return {
    id: `${step}-${relation === '>=' ? 'after' : 'by'}-${anchor}`,
    step,
    relation: relation === '>=' ? 'noEarlierThan' : 'noLaterThan',
    anchor,
    direction: amount < 0 ? 'before' : 'after',
    offset: { amount: Math.abs(amount), unit },
    strength: 'strict',
    rule: '规定',
    ...(amount === 0 ? {} : { limitLabel: '期满之日' }),
    source: { practice: '通行做法' },
  };
}

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

/** Mulberry32: a small seeded generator, so a failing case can be replayed. */
function prng(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Whether plain-day limits hold a positive cycle (x_step − x_anchor ≥ w as an edge): Bellman–Ford, exactly. */
function positiveCycle(r: ProcedureRules): boolean {
  const edges = r.constraints.map((c): [string, string, number] => {
    const w = (c.direction === 'after' ? 1 : -1) * c.offset.amount;
    return c.relation === 'noEarlierThan' ? [c.anchor, c.step, w] : [c.step, c.anchor, -w];
  });
  const d = new Map(r.steps.map((s) => [s.id, 0]));
  for (let k = 0; k < r.steps.length; k += 1)
    for (const [u, v, w] of edges) d.set(v, Math.max(d.get(v)!, d.get(u)! + w));
  return edges.some(([u, v, w]) => d.get(u)! + w > d.get(v)!);
}

describe('random small graphs of limits (seeded)', () => {
  const rnd = prng(27);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)]!;
  function graph(units: readonly Unit[]): ProcedureRules {
    const n = 2 + Math.floor(rnd() * 4);
    const constraints = Array.from({ length: 1 + Math.floor(rnd() * 5) }, (_, i): Constraint => {
      const a = Math.floor(rnd() * n);
      const b = (a + 1 + Math.floor(rnd() * (n - 1))) % n;
      const amount = pick([0, 0, 1, 2, 3, 10, 30]);
      return {
        ...limit(`s${a}`, pick(['>=', '<='] as const), `s${b}`, pick([1, -1]) * amount, pick(units)),
        id: `c${i}`,
        strength: pick(['strict', 'normally'] as const),
        limitLabel: '期满之日',
      };
    });
    return {
      procedure: 'fuzz',
      steps: Array.from({ length: n }, (_, i) => ({ id: `s${i}`, label: `节点${i}` })),
      constraints,
    };
  }
  const DAYS = ['2025-01-31', '2025-03-10', '2026-02-28', '2024-02-29', '2026-12-30', '2030-05-05', '2025-13-01'];

  it('never throw or hang, and find exactly the positive cycles of plain-day limits', () => {
    const started = performance.now();
    let cycles = 0;
    for (let i = 0; i < 300; i += 1) {
      const plain = i % 2 === 0;
      const r = graph(plain ? ['days'] : ['days', 'months', 'years', 'workingDays']);
      for (let k = 0; k < 3; k += 1) {
        const known = Object.fromEntries(r.steps.filter(() => rnd() < 0.5).map((s) => [s.id, pick(DAYS)]));
        const s = solve(r, known, { calendar });
        expect(s.steps).toHaveLength(r.steps.length);
        // Whatever is wrong is said in Chinese.
        for (const issue of s.issues) expect(issue.message).toMatch(/[\u4e00-\u9fff]/);
      }
      if (plain) {
        const positive = positiveCycle(r);
        cycles += Number(positive);
        expect(ruleConflicts(r, { calendar }).length > 0, JSON.stringify(r.constraints)).toBe(positive);
        if (!positive) {
          // Limits that agree never make the page say they do not, whatever single date is entered.
          for (const step of r.steps) {
            const s = solve(r, { [step.id]: pick(DAYS.slice(0, 5)) }, { calendar });
            expect(s.issues.filter((i) => i.severity !== 'info')).toEqual([]);
          }
        }
      }
    }
    expect(cycles).toBeGreaterThan(10); // the generator does make contradictions
    expect(performance.now() - started).toBeLessThan(5000); // generous: the machine is shared; ~0.5 s alone
  });
});
