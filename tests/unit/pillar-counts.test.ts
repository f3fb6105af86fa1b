/**
 * The pillar counts (三级五岗, 6章 20程序 9流程图 30模板 …) are worded from the seed's facts alone: every number a
 * pillar's summary or home-page figure states is one of src/schemas/seed-facts.ts, in the order the words name them.
 */
import { describe, expect, it } from 'vitest';
import { PILLARS } from '../../src/lib/navigation.ts';
import { DUTY_ITEMS, PILLAR_FIGURES, PILLAR_SUMMARIES } from '../../src/lib/pillar-counts.ts';
import { DUTY_LISTS, DUTY_TOTALS, SEED_COUNTS, SEED_FIGURES } from '../../src/schemas/seed-facts.ts';

const numbersIn = (line: string) => [...line.matchAll(/\d+/g)].map((m) => Number(m[0]));
const counts = SEED_COUNTS;

describe('pillar counts', () => {
  it('add the duty lists up to the seed’s own totals (9 lists, 73 items)', () => {
    expect(DUTY_ITEMS).toBe(DUTY_TOTALS.items);
    expect(numbersIn(PILLAR_FIGURES.duties)).toEqual([DUTY_TOTALS.lists, DUTY_TOTALS.items]);
  });

  it('state the guideline’s chapters, procedures, flowcharts and templates from the seed’s counts', () => {
    const { chapters, procedures, flowcharts, templates } = counts;
    expect(numbersIn(PILLAR_SUMMARIES.guide)).toEqual([
      chapters.count,
      procedures.count,
      flowcharts.count,
      templates.count,
    ]);
    expect(numbersIn(PILLAR_FIGURES.guide)).toEqual([procedures.count, flowcharts.count, templates.count]);
  });

  it('state the other pillars’ figures from the seed too, and no number of their own', () => {
    expect(numbersIn(PILLAR_SUMMARIES.publicity)).toEqual([SEED_FIGURES.platforms]);
    expect(numbersIn(PILLAR_FIGURES.publicity)).toEqual([SEED_FIGURES.platforms, SEED_FIGURES.keyActivities]);
    expect(numbersIn(PILLAR_FIGURES.bulletins)).toEqual([
      ...numbersIn(SEED_FIGURES.asOf),
      SEED_FIGURES.bulletinsIssued,
    ]);
    expect(numbersIn(PILLAR_FIGURES.rectification)).toEqual([
      counts.problems.count,
      counts.measures.count,
      counts.series.count,
    ]);
    for (const id of ['duties', 'bulletins', 'rectification'] as const)
      expect(numbersIn(PILLAR_SUMMARIES[id])).toEqual([]);
    expect(DUTY_LISTS.length).toBe(DUTY_TOTALS.lists);
  });

  it('name every pillar of the header and no other', () => {
    const ids = PILLARS.map((p) => p.id).sort();
    expect(Object.keys(PILLAR_SUMMARIES).sort()).toEqual(ids);
    expect(Object.keys(PILLAR_FIGURES).sort()).toEqual(ids);
  });
});
