/**
 * Reading a question with the site's vocabulary (src/lib/search-question.ts, src/lib/search-vocabulary.ts): filler
 * words dropped, readers' words turned into the site's, the kind of answer asked, ranking without requiring every
 * word, and the facts picked above the results. A small vocabulary written out here, then the real one.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
  cutIntoWords,
  describeQuestion,
  dictionaryOf,
  factKinds,
  pickFacts,
  rankByWords,
  rankPages,
  understand,
  type Fact,
  type Vocabulary,
} from '../../src/lib/search-question.ts';
import { factOfLine, factsOfNote, siteWords } from '../../src/lib/search-vocabulary.ts';

const RECRUIT = '/guide/members/member-recruitment/';
const facts: Fact[] = [
  ...factsOfNote('预备期一年，从支部大会通过之日算起；党龄从转为正式党员之日算起；预备党员必须面向党旗宣誓', {
    href: RECRUIT,
    title: '发展党员',
    source: '《中国共产党章程》第七条',
  }),
  ...factOfLine('党组织收到入党申请书后1个月内派人同入党申请人谈话（发展党员细则第七条）', {
    href: RECRUIT,
    title: '发展党员',
  }),
  ...factsOfNote('党员大会一般每季度召开1次', {
    href: '/guide/org-life/three-meetings-one-lesson/',
    title: '三会一课',
    source: '',
  }),
];

const V: Vocabulary = {
  words: [
    '预备期',
    '发展党员',
    '支部大会',
    '入党申请书',
    '入党申请人',
    '谈话',
    '党费',
    '时限',
    '党员',
    '大会',
    '党员大会',
  ],
  ignore: ['怎么', '怎么办', '要', '吗', '的', '了', '我', '会', '是'],
  readerWords: {
    多久: { terms: [], kind: '时限' },
    几次: { terms: [], kind: '数量' },
    改选: { terms: ['换届'] },
  },
  pageWords: { 入党: [{ href: RECRUIT, terms: ['发展党员'] }] },
  facts,
};

describe('cutting a question into words', () => {
  const dict = dictionaryOf(V);
  it('takes the longest word the dictionary knows, and leaves digits and letters whole', () => {
    expect(cutIntoWords('入党要多久', dict.words, dict.longest)).toEqual(['入党', '要', '多久']);
    expect(cutIntoWords('党员大会几次', dict.words, dict.longest)).toEqual(['党员大会', '几次']);
    expect(cutIntoWords('工资5000交多少', dict.words, dict.longest)).toEqual(['工', '资', '5000', '交', '多', '少']);
  });
  it('never cuts a question word out of a longer word: 大会 keeps its 会', () => {
    expect(cutIntoWords('支部大会', dict.words, dict.longest)).toEqual(['支部大会']);
  });
});

describe('understanding a question', () => {
  it('drops the question words, turns the reader’s words into the site’s and names the page they point to', () => {
    const q = understand('入党要多久？', V);
    expect(q.terms).toEqual(['发展党员']);
    expect(q.kinds).toEqual(['时限']);
    expect(q.pages).toEqual([RECRUIT]);
    expect(q.readAs).toEqual([{ said: '入党', meant: ['发展党员'] }]);
    expect(q.question).toBe(true);
  });
  it('reads full-width letters and punctuation as the plain ones, and searches a word only readers use by the site’s', () => {
    const q = understand('支部　改选　怎么办！', V);
    expect(q.terms).toEqual(['支部', '换届']);
    expect(describeQuestion(q, 3)).toBe(
      '按问题中的“支部、换届”找到 3 个页面（“改选”按“换届”查找），最相关的排在前面。',
    );
  });
  it('keeps characters the dictionary does not know together, and drops a lone one', () => {
    expect(understand('党费单据怎么填', V).terms).toEqual(['党费', '单据']);
    expect(understand('工资交多少', V).terms).toEqual(['工资交多少']);
  });
  it('takes a single plain word as a keyword, not a question', () => {
    expect(understand('预备期', V).question).toBe(false);
    expect(understand('支部大会预备期', V).question).toBe(false);
    expect(understand('预备期 多久', V).question).toBe(true);
    expect(understand('入党申请书', V).question).toBe(false);
    expect(understand('改选', V).question).toBe(true);
  });
});

describe('ranking the pages found for each word', () => {
  it('counts every word a page holds, the rarer words more, and needs none of them', () => {
    const ranked = rankByWords(
      [
        { term: '预备期', hits: [{ id: 'recruit', score: 2 }] },
        {
          term: '党员',
          hits: [
            { id: 'recruit', score: 1 },
            { id: 'dues', score: 3 },
            { id: 'talk', score: 1 },
          ],
        },
      ],
      100,
    );
    expect(ranked.map((r) => r.id)).toEqual(['recruit', 'dues', 'talk']);
  });
  it('puts the page the reader’s words name first, then titles holding the words; a form asked for puts the templates first', () => {
    const pages = [
      { id: 'a', score: 3, url: '/cases/x/', title: '一个案例', section: '典型案例' },
      { id: 'b', score: 1, url: RECRUIT, title: '发展党员', section: '工作指引' },
      { id: 'c', score: 1.2, url: '/templates/t/', title: '登记表', section: '文书模板' },
      { id: 'd', score: 3.5, url: '/contribute/', title: '投稿指南', section: '帮助' },
    ];
    const sections = { forms: '文书模板', charts: '流程图', help: '帮助' };
    expect(rankPages(pages, understand('入党要多久', V), sections).map((p) => p.id)).toEqual(['b', 'a', 'd', 'c']);
    const form = { ...understand('登记表', V), kinds: ['表格' as const] };
    expect(rankPages(pages, form, sections)[0]!.id).toBe('c');
  });
});

describe('the facts above the results', () => {
  it('are told apart by the words they hold: a time limit and a number', () => {
    expect(factKinds('预备期一年，从支部大会通过之日算起')).toEqual(['时限']);
    expect(factKinds('有表决权的到会人数须超过应到会有表决权人数的半数')).toEqual(['数量']);
    expect(factKinds('召开支部大会前3个月')).toEqual(['时限']);
    expect(factKinds('预备党员必须面向党旗宣誓')).toEqual([]);
  });
  it('keep a note’s clauses that state a limit or a number, and a 时限要求 line’s source', () => {
    expect(facts.map((f) => [f.text, f.source])).toEqual([
      ['预备期一年，从支部大会通过之日算起', '《中国共产党章程》第七条'],
      ['党龄从转为正式党员之日算起', '《中国共产党章程》第七条'],
      ['党组织收到入党申请书后1个月内派人同入党申请人谈话', '发展党员细则第七条'],
      ['党员大会一般每季度召开1次', ''],
    ]);
  });
  it('answer with the fact holding the question’s own words, of the kind asked, from the pages ranked first', () => {
    const ranked = [RECRUIT, '/guide/org-life/three-meetings-one-lesson/'];
    expect(pickFacts(facts, understand('预备期要多久', V), ranked).map((f) => f.text)).toEqual([
      '预备期一年，从支部大会通过之日算起',
    ]);
    expect(pickFacts(facts, understand('交了入党申请书多久谈话', V), ranked)[0]!.text).toBe(
      '党组织收到入党申请书后1个月内派人同入党申请人谈话',
    );
  });
  it('count a word only where it stands as a word of the fact: 入党 is not the 入党 of 入党申请书', () => {
    const dict = dictionaryOf(V);
    const q = understand('入党要多久', V);
    expect(pickFacts(facts, q, [RECRUIT]).map((f) => f.text)).toEqual([
      '党组织收到入党申请书后1个月内派人同入党申请人谈话',
    ]);
    expect(pickFacts(facts, q, [RECRUIT], { dict, pageWords: V.pageWords })).toEqual([]);
    expect(
      pickFacts(facts, understand('交了入党申请书多久谈话', V), [RECRUIT], { dict, pageWords: V.pageWords }),
    ).toHaveLength(1);
  });

  it('pick none at random: a question naming only the page among many facts of the kind gets none', () => {
    expect(pickFacts(facts, understand('发展党员要多久', V), [RECRUIT])).toEqual([]);
    expect(pickFacts(facts, understand('预备期要几次', V), [RECRUIT])).toEqual([]);
  });
});

describe('the site’s words', () => {
  it('join pieces the ICU dictionary cuts apart when they nearly always go together (党+费)', () => {
    const texts = Array.from({ length: 5 }, () => '党员按月交纳党费，党费由党支部收缴。');
    const words = siteWords(texts);
    expect(words).toContain('党费');
    expect(words).not.toContain('的党');
  });

  it('read every question of the question set into at least one word to search, with the real vocabulary', () => {
    const file = parse(readFileSync('content/search/words.yaml', 'utf8')) as {
      ignore: string[];
      words: { term?: string; kind?: '时限'; readerWords: string[] }[];
    };
    const readerWords: Vocabulary['readerWords'] = {};
    for (const w of file.words)
      for (const s of w.readerWords)
        readerWords[s] = { terms: w.term ? [w.term] : [], ...(w.kind ? { kind: w.kind } : {}) };
    const v: Vocabulary = { words: [], ignore: file.ignore, readerWords, pageWords: {}, facts: [] };
    const questions = parse(readFileSync('tests/fixtures/search/questions.yaml', 'utf8')) as { q: string }[];
    expect(questions.length).toBeGreaterThanOrEqual(40);
    for (const { q } of questions) {
      const u = understand(q, v);
      expect(u.terms.length + u.kinds.length, q).toBeGreaterThan(0);
      expect(u.question, q).toBe(true);
    }
  });
});
