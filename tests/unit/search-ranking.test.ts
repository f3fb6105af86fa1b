import { describe, expect, it } from 'vitest';
import {
  cleanQuery,
  describeSearch,
  phraseFirst,
  authoritativeFirst,
  guideTextFirst,
  phraseOf,
  searchSection,
  titleMatchesFirst,
  trimExcerpt,
} from '../../src/lib/search.ts';

const hits = (...ids: string[]) => ids.map((id) => ({ id }));
/** A fake index: the quoted phrase matches `phrase` (unranked), the words match `words` (ranked). */
const engine = (phrase: string[], words: string[]) => async (term: string) => {
  const ids = term.startsWith('"') ? phrase : words;
  return { results: hits(...ids), sectionCounts: { [term.startsWith('"') ? '短语' : '词语']: ids.length } };
};

describe('phraseFirst', () => {
  it('keeps only pages with the whole phrase when there are enough, in the ranked order', async () => {
    const out = await phraseFirst('党费收缴', engine(['c', 'a', 'b'], ['a', 'x', 'b', 'c']));
    expect(out).toEqual({ mode: 'phrase', results: hits('a', 'b', 'c'), phraseCount: 3, sectionCounts: { 短语: 3 } });
  });
  it('widens to the separate words when the phrase finds too little, phrase matches first', async () => {
    const out = await phraseFirst('换届选举结果报告', engine(['r'], ['t', 'r', 'g']));
    expect(out).toEqual({ mode: 'widened', results: hits('r', 't', 'g'), phraseCount: 1, sectionCounts: { 词语: 3 } });
  });
  it('falls back to words entirely when no page has the phrase', async () => {
    const out = await phraseFirst('党费 差额', engine([], ['p', 'q']));
    expect(out.mode).toBe('words');
    expect(out.results).toEqual(hits('p', 'q'));
  });
  it('does nothing for an empty query', async () => {
    expect((await phraseFirst('  ', engine(['a'], ['a']))).results).toEqual([]);
  });
});

describe('query handling and wording', () => {
  it('strips quotes the reader typed and quotes the phrase itself', () => {
    expect(cleanQuery('“党费”  收缴 ')).toBe('党费 收缴');
    expect(phraseOf('"党费"')).toBe('"党费"');
  });
  it('says which search was made', () => {
    expect(describeSearch('党费', 'phrase', 5, 5)).toBe('按完整词语“党费”找到 5 个页面。');
    expect(describeSearch('x', 'widened', 1, 4)).toBe('按完整词语“x”只找到 1 个页面，另按拆分后的词语补充了 3 个。');
    expect(describeSearch('x', 'words', 0, 0)).toMatch(/^没有找到/);
  });
  it('files pages under their 栏目', () => {
    expect(searchSection('/guide/members/party-dues/')).toBe('工作指引');
    expect(searchSection('/roles/branch-secretary/')).toBe('责任清单');
    expect(searchSection('/units/unit-01/')).toBe('双面清单');
    expect(searchSection('/')).toBeUndefined();
  });
});

describe('titleMatchesFirst', () => {
  const hits = [
    { title: '党支部换届选举' },
    { title: '请示报告制度' },
    { title: '关于××党支部换届选举结果的报告' },
    { title: '“四强”党支部创评' },
  ];

  it('puts the pages whose title holds the whole query first, keeping the ranked order otherwise', () => {
    expect(titleMatchesFirst('换届选举结果', hits).map((h) => h.title)).toEqual([
      '关于××党支部换届选举结果的报告',
      '党支部换届选举',
      '请示报告制度',
      '“四强”党支部创评',
    ]);
    expect(titleMatchesFirst('“四强”', hits)[0]!.title).toBe('“四强”党支部创评');
  });

  it('leaves the order alone when no title matches or the query is empty', () => {
    expect(titleMatchesFirst('党费', hits)).toEqual(hits);
    expect(titleMatchesFirst('  ', hits)).toEqual(hits);
  });
});

describe('authoritativeFirst', () => {
  const hit = (id: string, score: number, example = false) => ({ id, score, example });
  it('puts the guideline before a 示例 page of the same relevance (within 5%)', () => {
    const ranked = authoritativeFirst([hit('case', 10, true), hit('procedure', 9.8), hit('other', 5)]);
    expect(ranked.map((h) => h.id)).toEqual(['procedure', 'case', 'other']);
  });
  it('keeps a clearly more relevant 示例 page first, and the ranked order otherwise', () => {
    const ranked = authoritativeFirst([hit('case', 10, true), hit('procedure', 6), hit('a', 3), hit('b', 3)]);
    expect(ranked.map((h) => h.id)).toEqual(['case', 'procedure', 'a', 'b']);
  });
  it('in a keyword search, puts a procedure before its template or chart of the same relevance, not a clearer one', () => {
    const page = (id: string, score: number, section: string) => ({ id, score, example: false, section });
    const hits = [
      page('unit', 10.5, '双面清单'),
      page('chart', 8.9, '流程图'),
      page('template', 7.95, '文书模板'),
      page('procedure', 7.93, '工作指引'),
    ];
    expect(authoritativeFirst(hits, guideTextFirst).map((h) => h.id)).toEqual([
      'unit',
      'chart',
      'procedure',
      'template',
    ]);
    // Without the keyword rule (a question's own order) the ranked order stays.
    expect(authoritativeFirst(hits).map((h) => h.id)).toEqual(['unit', 'chart', 'template', 'procedure']);
  });
});

describe('trimExcerpt', () => {
  it('starts at the first word, not at punctuation left from the sentence before', () => {
    expect(trimExcerpt('，<mark>党费</mark>按月交纳')).toBe('<mark>党费</mark>按月交纳');
    expect(trimExcerpt('。” 支部大会')).toBe('支部大会');
    expect(trimExcerpt('）、（2）<mark>换届</mark>')).toBe('2）<mark>换届</mark>');
  });
  it('leaves an excerpt that starts with a word or an escaped character alone', () => {
    expect(trimExcerpt('党费收缴')).toBe('党费收缴');
    expect(trimExcerpt('&lt;请示&gt;')).toBe('&lt;请示&gt;');
  });
});
