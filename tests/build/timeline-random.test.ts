/**
 * The timeline solver over random small graphs of limits (seeded, so a failing case can be replayed): it never throws
 * or hangs, and finds exactly the positive cycles of plain-day limits. Cases built by hand are in
 * tests/unit/timeline-consistency.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { ruleConflicts } from '../../src/lib/timeline/consistency.ts';
import { CALENDAR_2025_2026 } from '../../src/lib/timeline/holidays.ts';
import type { Constraint, ProcedureRules, Unit } from '../../src/lib/timeline/rules.ts';
import { solve } from '../../src/lib/timeline/solve.ts';
import { limit } from '../unit/timeline-fixtures.ts';

const calendar = CALENDAR_2025_2026;

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
