import { describe, expect, it } from 'vitest';
import { yearsWithoutEdition } from '../../src/lib/editions/gaps.ts';

const edition = (year: number) => ({ year, title: `${year} 年版` });

describe('years without an edition', () => {
  it('says which year was not revised and which edition stayed in force', () => {
    expect(yearsWithoutEdition([2022, 2023, 2024, 2026].map(edition))).toEqual([
      '',
      '',
      '',
      '2025年指引未修订，沿用2024 年版。',
    ]);
  });

  it('names a run of years as a range, and nothing between editions of consecutive or equal years', () => {
    expect(yearsWithoutEdition([2019, 2023, 2023].map(edition))).toEqual([
      '',
      '2020年至2022年指引未修订，沿用2019 年版。',
      '',
    ]);
    expect(yearsWithoutEdition([])).toEqual([]);
  });
});
