/**
 * The excerpt under a search result: made from Pagefind's stored text (its words cut by zero-width spaces, its blocks
 * joined by “. ”), it highlights the reader's words whole, starts after a punctuation mark, ends at one or with “……”,
 * and joins the title and the text in Chinese.
 */
import { describe, expect, it } from 'vitest';
import { excerptTerms, findTerms, makeExcerpt, readableText } from '../../src/lib/search-excerpt.ts';
import type { ExcerptPart } from '../../src/lib/search.ts';

/** Text as Pagefind stores it: each word followed by a zero-width space. */
const pf = (...words: string[]) => words.join('\u200b');

/** An excerpt written with [brackets] around the highlighted words, for reading the expectations. */
const shown = (parts: ExcerptPart[]) => parts.map((p) => (p.marked ? `[${p.text}]` : p.text)).join('');

/** The 发展党员 page as Pagefind stores it: the path, the title, the summary, a heading, the facts. */
const RECRUITMENT = pf(
  '党员',
  '管理 ',
  '· ',
  '工作',
  '程序',
  '. ',
  '发展',
  '党员',
  '. ',
  '按照',
  '5',
  '个',
  '阶段',
  '发展',
  '党员',
  '：',
  '申请',
  '入党',
  '、',
  '预备',
  '党员',
  '的',
  '接收',
  '。 ',
  '要点',
  '. ',
  '适用',
  '对象',
  '向',
  '本',
  '单位',
  '党',
  '（',
  '总',
  '）',
  '支部',
  '提出',
  '入党',
  '申请',
  '的',
  '人员',
  '。',
);

describe('readableText', () => {
  it('joins blocks with “。” where Pagefind wrote “. ”, and drops its word marks and the space after “。”', () => {
    expect(readableText(RECRUITMENT).text).toBe(
      '党员管理 · 工作程序。发展党员。按照5个阶段发展党员：申请入党、预备党员的接收。要点。适用对象向本单位党（总）支部提出入党申请的人员。',
    );
  });

  it('after a number that follows Chinese (模板21) and at the very end too; not inside Latin text or a decimal', () => {
    expect(readableText(pf('模板', '21', '. ', '入党')).text).toBe('模板21。入党');
    expect(readableText(pf('本章', '工作', '程序', '.')).text).toBe('本章工作程序。');
    expect(readableText('Pagefind 1.6. Version 2').text).toBe('Pagefind 1.6. Version 2');
    expect(readableText(pf('0.5%', '、', '1%')).text).toBe('0.5%、1%');
  });

  it('a number standing alone before the join (a table’s 序号 cell) numbers the item the Chinese way', () => {
    expect(readableText(pf('指导', '意见 ', '1', '. ', '查阅', '党费')).text).toBe('指导意见 1、查阅党费');
    expect(readableText(pf('下载 ', 'Word', '. ', '所属', '程序')).text).toBe('下载 Word。所属程序');
    expect(readableText(pf('要点', '. ', 'Word', ' ', '文档')).text).toBe('要点。Word 文档');
  });

  it('keeps Pagefind’s word boundaries as places to cut', () => {
    const { text, breaks } = readableText(pf('党组', '织', '生活'));
    expect(text).toBe('党组织生活');
    expect([0, 1, 2, 3, 4, 5].filter((at) => breaks.has(at))).toEqual([2, 3, 5]);
  });
});

describe('excerptTerms', () => {
  it('never a single Chinese character for a longer query: 发展党员 does not light up 党', () => {
    expect(excerptTerms('发展党员', ['发展', '党', '员', '党员'])).toEqual(['发展党员', '发展', '党员']);
  });

  it('a single character only when the query is that one character', () => {
    expect(excerptTerms('党')).toEqual(['党']);
    expect(excerptTerms(' 党 ', ['党'])).toEqual(['党']);
  });

  it('the query without its spaces and quotes, its pieces, and the question’s words, longest first', () => {
    expect(excerptTerms('“党费 标准”', ['交纳'])).toEqual(['党费标准', '党费', '标准', '交纳']);
    expect(excerptTerms('ＰＤＦ')).toEqual(['pdf']);
  });
});

describe('findTerms', () => {
  it('finds whole words, the longest first, never overlapping', () => {
    expect(findTerms('发展党员工作细则规定发展', ['发展党员', '发展', '党员'])).toEqual([
      { start: 0, end: 4, term: '发展党员' },
      { start: 10, end: 12, term: '发展' },
    ]);
  });

  it('with Pagefind’s word boundaries, only where a term begins and ends between words', () => {
    const { text, breaks } = readableText(pf('填入', '党费', '交纳', '登记', '表', '。', '申请', '入党'));
    expect(findTerms(text, ['入党', '党费'], breaks)).toEqual([
      { start: 2, end: 4, term: '党费' },
      { start: 12, end: 14, term: '入党' },
    ]);
    expect(findTerms(text, ['入党'])).toHaveLength(2);
  });

  it('matches Latin letters whatever their case', () => {
    expect(findTerms('下载 PDF 文件', ['pdf'])).toEqual([{ start: 3, end: 6, term: 'pdf' }]);
  });
});

describe('makeExcerpt', () => {
  it('does not repeat the path and title, and highlights the query whole, not its lone 党', () => {
    const parts = makeExcerpt(RECRUITMENT, excerptTerms('发展党员', ['党']), { title: '发展党员' });
    expect(shown(parts)).toBe(
      '按照5个阶段[发展党员]：申请入党、预备党员的接收。要点。适用对象向本单位党（总）支部提出入党申请的人员。',
    );
    expect(parts.filter((p) => p.marked).map((p) => p.text)).toEqual(['发展党员']);
    expect(shown(parts)).not.toContain('. ');
  });

  it('knows the title with the 示例 mark after it, as the text has it', () => {
    const text = pf(
      '“',
      '一单',
      '一账',
      '”',
      '支部',
      '工作',
      '法',
      '（',
      '示例',
      '） ',
      '示例',
      '. ',
      '党支部',
      '把',
      '提示',
      '单',
      '转化',
      '为',
      '任务',
      '清单',
      '。',
    );
    expect(shown(makeExcerpt(text, [], { title: '“一单一账”支部工作法（示例） 示例' }))).toBe(
      '党支部把提示单转化为任务清单。',
    );
  });

  it('starts after the end of the sentence before, and ends at a sentence end within the length', () => {
    const text = pf(
      '第一',
      '句话',
      '说',
      '别的',
      '事情',
      '。',
      '党费',
      '按月',
      '交纳',
      '，',
      '不得',
      '拖欠',
      '。',
      '第三',
      '句',
      '很',
      '长',
      '很',
      '长',
      '很',
      '长',
      '很',
      '长',
      '很',
      '长',
    );
    expect(shown(makeExcerpt(text, ['党费'], { length: 16 }))).toBe('[党费]按月交纳，不得拖欠。');
  });

  it('with no punctuation before the word, starts at the word itself with “……”', () => {
    const text = pf(...Array.from({ length: 30 }, () => '长'), '谈心', '谈话', '记录', '表', '。');
    expect(shown(makeExcerpt(text, ['谈心谈话'], { length: 20 }))).toBe('……[谈心谈话]记录表。');
  });

  it('cut mid-text, it ends at a pause or a word boundary with “……”, never inside a word or a highlight', () => {
    const long = pf('支部', '大会', '讨论', '接收', '预备', '党员', '，', '有', '表决', '权', '的', '到会', '人数');
    const atPause = shown(
      makeExcerpt(long + pf('', '超过', '应', '到会', '人数', '的', '半数'), ['支部大会'], { length: 14 }),
    );
    expect(atPause).toBe('[支部大会]讨论接收预备党员……');
    const words = pf('支部', '大会', '讨论', '接收', '预备', '党员', '的', '决议', '报', '上级', '党委', '审批');
    const atWord = shown(makeExcerpt(words, ['支部大会'], { length: 13 }));
    expect(atWord).toBe('[支部大会]讨论接收预备党员的……');
    const inside = shown(makeExcerpt(words, ['支部大会', '上级党委'], { length: 17 }));
    expect(inside).toBe('[支部大会]讨论接收预备党员的决议报[上级党委]……');
  });

  it('picks the stretch that holds the most of the words', () => {
    const text = pf(
      '入党',
      '申请',
      '。',
      ...Array.from({ length: 40 }, () => '长'),
      '。',
      '入党',
      '积极',
      '分子',
      '满',
      '一年',
      '时限',
      '。',
    );
    expect(shown(makeExcerpt(text, ['入党', '时限'], { length: 20 }))).toBe('[入党]积极分子满一年[时限]。');
  });

  it('with none of the words in the text, shows its opening', () => {
    expect(shown(makeExcerpt(pf('党费', '按月', '交纳', '。'), ['换届']))).toBe('党费按月交纳。');
  });

  it('shows the page’s text as written: markup in it is text', () => {
    const parts = makeExcerpt(pf('党费', '<img src=x onerror=alert(1)>', '交纳'), ['党费']);
    expect(parts).toEqual([
      { text: '党费', marked: true },
      { text: '<img src=x onerror=alert(1)>交纳', marked: false },
    ]);
  });
});
