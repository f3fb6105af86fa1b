/** The reader-text vocabulary rules: what they catch, and the ordinary words they must leave alone. */
import { describe, expect, it } from 'vitest';
import { findDraftingWords, findTermProblems } from '../../src/lib/content-check/reader-words.ts';

describe('findDraftingWords', () => {
  it('finds each drafting word once, by its fullest form', () => {
    expect(findDraftingWords('依据种子材料整理；日期依据撰稿人知识，待核对。待核对。')).toEqual([
      '种子材料',
      '撰稿人',
      '待核对',
    ]);
    expect(findDraftingWords('条文序号待核对')).toEqual(['条文序号待']);
    expect(findDraftingWords('本次未检到原文，尚待核实')).toEqual(['未检到', '尚待核实']);
  });

  it('leaves the words of Party work alone', () => {
    for (const text of [
      '支委会复核评定意见',
      '党课讲稿随记录归档',
      '稿件由所在党组织审核后报送',
      '对照原文核对后填写',
      '以原文为准',
    ]) {
      expect(findDraftingWords(text)).toEqual([]);
    }
  });
});

describe('findTermProblems', () => {
  it('asks for the one spelling of the two committees', () => {
    expect(findTermProblems('报关党委审定').map((t) => t.wrong)).toEqual(['关党委']);
    expect(findTermProblems('主送：中共××海关机关委员会').map((t) => t.wrong)).toEqual(['海关机关委员会']);
  });

  it('does not mistake other names for them', () => {
    for (const text of [
      '报直属机关党委',
      '关区党委',
      '《成都海关党委全面从严治党主体责任清单》',
      '由有关党委组织部门印制',
      '中共××海关直属机关委员会',
    ]) {
      expect(findTermProblems(text)).toEqual([]);
    }
  });
});
