/** The figures `npm run bench` prints and the build-cost budget `npm test` holds it to. */
import { describe, expect, it } from 'vitest';
import {
  indexLine,
  median,
  parseRatioLine,
  ratioLine,
  sameIndex,
  WORDS_TOLERANCE,
} from '../../scripts/lib/bench-figures.ts';
import { BUILD_COST_BUDGET, overCostBudget } from '../../scripts/lib/budgets.ts';

describe('bench figures', () => {
  it('take medians of what was measured', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([NaN, 5])).toBe(5);
    expect(median([])).toBeNaN();
  });
  it('print and read back the ratio line', () => {
    const line = ratioLine({ pages: 5000, time: 1.2345, memory: 0.987 });
    expect(line).toBe('ratio pages=5000 time=1.23 memory=0.99');
    expect(parseRatioLine(line)).toEqual({ pages: 5000, time: 1.23, memory: 0.99 });
    expect(parseRatioLine('| 本站内容 | 165 |')).toBeUndefined();
  });
  it('print what each Pagefind index holds, with the twin’s words against the site’s', () => {
    expect(indexLine({ pages: 382, words: 1000 }, { pages: 382, words: 1012 })).toBe(
      'index pages=382/382 words=1000/1012 (+1.2%)',
    );
    expect(indexLine({ pages: 3, words: 200 }, { pages: 2, words: 150 })).toBe(
      'index pages=3/2 words=200/150 (−25.0%)',
    );
  });
  it('hold the twin to the same pages and to words within the tolerance', () => {
    const site = { pages: 10, words: 10_000 };
    const near = 10_000 * WORDS_TOLERANCE;
    expect(sameIndex(site, { pages: 10, words: 10_000 + near })).toBe(true);
    expect(sameIndex(site, { pages: 10, words: 10_000 - near })).toBe(true);
    expect(sameIndex(site, { pages: 10, words: 10_000 + near + 1 })).toBe(false);
    expect(sameIndex(site, { pages: 10, words: 10_000 - near - 1 })).toBe(false);
    expect(sameIndex(site, { pages: 9, words: 10_000 })).toBe(false);
  });
});

describe('build-cost budget', () => {
  it('passes a ratio within its bounds and names each one past them, in Chinese', () => {
    expect(overCostBudget({ time: 1.2, memory: 1.1 }, BUILD_COST_BUDGET)).toEqual([]);
    const over = overCostBudget({ time: 9, memory: 9 }, BUILD_COST_BUDGET);
    expect(over).toHaveLength(2);
    expect(over[0]).toContain('构建用时是纯 Astro 对照的 9.00 倍');
    expect(overCostBudget({ time: NaN, memory: 1 }, BUILD_COST_BUDGET)).toHaveLength(1);
  });
});
