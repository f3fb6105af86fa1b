import { describe, expect, it } from 'vitest';
import { foldSummary, outlineItems } from '../../src/lib/outline.ts';

describe('procedure page outline and folds', () => {
  it('lists sections and subsections only', () => {
    const items = outlineItems([
      { depth: 2, slug: '概述', text: '概述' },
      { depth: 3, slug: 'a', text: '一、申请入党' },
      { depth: 4, slug: 'b', text: '细节' },
      { depth: 1, slug: 'c', text: '标题' },
    ]);
    expect(items.map((h) => h.text)).toEqual(['概述', '一、申请入党']);
  });
  it('says what a fold holds', () => {
    expect(foldSummary('时限要求', 4, '条')).toBe('时限要求（4条）');
    expect(foldSummary('文书模板', 6, '个')).toBe('文书模板（6个）');
  });
});
