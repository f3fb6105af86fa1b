/**
 * 党费计算 against the 交纳标准 as the content holds it (content/guide/members/party-dues.mdx, frontmatter `dues`):
 * worked cases written out by hand, the amounts typed the ways readers type them, the page's text made from the
 * same data the calculator uses, and the record kept in the browser.
 *
 * 《关于中国共产党党费收缴、使用和管理的规定》(中组发〔2008〕3号): 第二条 在职 3000元以下（含）0.5%，3000以上至
 * 5000（含）1%，5000以上至10000（含）1.5%，10000以上2%；第五条 离退休 5000以下（含）0.5%，以上1%；第六条 学生等
 * 0.2元，农民0.2元至1元；第十一条 一次多交1000元以上全部上缴中央。Rounding: the 规定 says none; to the 分, half up.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../src/lib/dues/amount.ts';
import { duesExamples, duesRows, duesStandard, duesWords, type DuesData } from '../../src/lib/dues/content.ts';
import { branchTotals, emptyMember, memberOutcome, type MemberInput } from '../../src/lib/dues/member.ts';
import { DUES_KEY, DUES_RECORD, readDues, serializeDues } from '../../src/lib/dues/record.ts';
import { categoryOf, monthlyDues, yuan, yuanFixed, type DuesStandard } from '../../src/lib/dues/standard.ts';
import { openRecord, type Store } from '../../src/lib/saved-record.ts';
import { recordNotices } from '../../src/lib/saved-record-words.ts';

const SOURCE = readFileSync(new URL('../../content/guide/members/party-dues.mdx', import.meta.url), 'utf8');
const [, FRONT = '', BODY = ''] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(SOURCE) ?? [];
const DATA = parse(FRONT) as { dues: DuesData; summary: string; deadlines?: string[] };
const STANDARD: DuesStandard = duesStandard(DATA.dues);
const SOURCES = {
  employed: '党费规定第一条、第二条',
  retired: '党费规定第五条',
  reduction: '党费规定第七条',
  voluntary: '党费规定第十一条',
};

/** Monthly and yearly amounts, in 元 as the page writes them, for one income in 元 (a string, as typed). */
function dues(category: string, ...incomes: string[]) {
  const cents = incomes.map((t) => {
    const parsed = parseAmount(t);
    if (!parsed.ok) throw new Error(parsed.problem);
    return parsed.cents;
  });
  const r = monthlyDues(STANDARD, categoryOf(STANDARD, category)!, cents)!;
  return {
    monthly: yuanFixed(r.monthly),
    yearly: yuanFixed(r.yearly),
    rate: r.kind === 'rate' ? r.rate : undefined,
  };
}

const member = (over: Partial<MemberInput>): MemberInput => ({ ...emptyMember(), ...over });

describe('在职党员 (第二条): the rate of the whole base, boundaries in the lower bracket (含)', () => {
  it.each([
    // 6800 × 1.5% = 102
    ['6800', '102.00', '1224.00', 1.5],
    // 5000 is “至5000元（含）”: 5000 × 1% = 50
    ['5000', '50.00', '600.00', 1],
    // 3000 is “3000元以下（含）”: 3000 × 0.5% = 15
    ['3000', '15.00', '180.00', 0.5],
    // 10000 is “至10000元（含）”: 10000 × 1.5% = 150
    ['10000', '150.00', '1800.00', 1.5],
    // 10000.01 is over 10000: 10000.01 × 2% = 200.0002 → 200.00
    ['10000.01', '200.00', '2400.00', 2],
    // 3000.01 × 1% = 30.0001 → 30.00 (one 分 over the line doubles the rate)
    ['3000.01', '30.00', '360.00', 1],
    // 5000.01 × 1.5% = 75.00015 → 75.00
    ['5000.01', '75.00', '900.00', 1.5],
    // Rounding half up: 2999.99 × 0.5% = 14.99995 → 15.00
    ['2999.99', '15.00', '180.00', 0.5],
    // 3333.33 × 1% = 33.3333 → 33.33 (down)
    ['3333.33', '33.33', '399.96', 1],
    // 6666.67 × 1.5% = 100.00005 → 100.00
    ['6666.67', '100.00', '1200.00', 1.5],
    // 4567.5 × 1% = 45.675 → 45.68 (half up, not to even)
    ['4567.50', '45.68', '548.16', 1],
    // 123.45 × 0.5% = 0.61725 → 0.62
    ['123.45', '0.62', '7.44', 0.5],
  ])('%s元 → %s元/月, %s元/年 at %s%%', (income, monthly, yearly, rate) => {
    expect(dues('employed', income)).toEqual({ monthly, yearly, rate });
  });
});

describe('离退休党员 (第五条)', () => {
  it.each([
    // 4200 × 0.5% = 21
    ['4200', '21.00', 0.5],
    // 5000 is “5000元以下（含）”: 5000 × 0.5% = 25
    ['5000', '25.00', 0.5],
    // 6000 × 1% = 60
    ['6000', '60.00', 1],
    // 5000.01 × 1% = 50.0001 → 50.00
    ['5000.01', '50.00', 1],
  ])('%s元 → %s元/月 at %s%%', (income, monthly, rate) => {
    expect(dues('retired', income)).toMatchObject({ monthly, rate });
  });
});

describe('年薪制 (第三条) and 不按月取得收入 (第四条) use the 在职 brackets', () => {
  it('年薪制: this month’s pay 12000 × 2% = 240', () => {
    expect(dues('annual-salary', '12000')).toMatchObject({ monthly: '240.00', rate: 2 });
  });
  it('不按月: the last quarter’s months 4000, 5000, 6000 average 5000 (含) → 1%, 50元', () => {
    expect(dues('irregular-income', '4000', '5000', '6000')).toMatchObject({ monthly: '50.00', rate: 1 });
  });
  it('不按月: 3000, 3000, 3000.01 average 3000.0033… — over 3000 by the sum, not rounded down into 0.5%', () => {
    // 9000.01 ÷ 3 × 1% = 30.000033… → 30.00
    expect(dues('irregular-income', '3000', '3000', '3000.01')).toMatchObject({ monthly: '30.00', rate: 1 });
  });
  it('不按月: 1000, 2000, 2500 average 1833.33…: 5500 × 0.5% ÷ 3 = 9.1666… → 9.17', () => {
    expect(dues('irregular-income', '1000', '2000', '2500')).toMatchObject({ monthly: '9.17', rate: 0.5 });
  });
});

describe('fixed amounts (第六条)', () => {
  it('学生、下岗失业、依靠抚恤或救济、领取最低生活保障金: 0.2元 a month, 2.4元 a year', () => {
    expect(dues('low-income')).toEqual({ monthly: '0.20', yearly: '2.40', rate: undefined });
    const out = memberOutcome(STANDARD, SOURCES, member({ category: 'low-income' }));
    expect(out.lines[0]).toBe('每月交纳0.2元（第六条）。');
    expect(out.yearly).toBe(240);
  });
  it('农民党员: 0.2元至1元, the branch sets the amount within it', () => {
    const none = memberOutcome(STANDARD, SOURCES, member({ category: 'farmer' }));
    expect(none.lines[0]).toBe('每月交纳0.2元至1元（第六条），具体数额由党支部核定。');
    expect(none.monthly).toBeUndefined();
    expect(memberOutcome(STANDARD, SOURCES, member({ category: 'farmer', set: '0.5' })).yearly).toBe(600);
    expect(memberOutcome(STANDARD, SOURCES, member({ category: 'farmer', set: '2' })).problems.set).toBe(
      '核定金额应在0.2元至1元之间',
    );
  });
});

describe('what a member is told', () => {
  it('6800 as an 在职党员: bracket, rate, the sum and the year, with the article', () => {
    const out = memberOutcome(STANDARD, SOURCES, member({ category: 'employed', income: '６,８００元' }));
    expect(out.lines).toEqual([
      '在5000元以上至10000元（含）档，按1.5%交纳（党费规定第一条、第二条）。',
      '每月应交：6800×1.5%＝102元。',
      '全年应交1224元（每月102元×12个月）。',
    ]);
    expect(out.problems).toEqual({});
  });

  it('免交: the amount is 0 and the approval path is said', () => {
    const out = memberOutcome(STANDARD, SOURCES, member({ category: 'retired', income: '4200', relief: 'exempt' }));
    expect(out.monthly).toBe(0);
    expect(out.lines).toContain('按标准每月应交21元；经批准免交，每月交纳0元。');
    expect(out.lines.join('')).toContain('报上一级党委批准（党费规定第七条');
  });

  it('少交: the approved amount, which must be less than the standard one', () => {
    const less = (approved: string) =>
      memberOutcome(STANDARD, SOURCES, member({ category: 'employed', income: '6800', relief: 'less', approved }));
    expect(less('50').monthly).toBe(5000);
    expect(less('50').yearly).toBe(60000);
    expect(less('102').problems.approved).toBe('少交的金额应少于按标准应交的102元');
    expect(less('').monthly).toBeUndefined();
  });

  it('自愿多交: 1000元 at one time goes wholly to the centre (第十一条 “1000元以上”, 含本数); 999.99 does not', () => {
    const extra = (x: string) =>
      memberOutcome(STANDARD, SOURCES, member({ category: 'employed', income: '6800', extra: x }));
    expect(extra('1000').centre).toBe(true);
    expect(extra('1000').lines.at(-1)).toBe('自愿一次多交1000元：1000元以上，全部上缴中央（党费规定第十一条）。');
    expect(extra('999.99').centre).toBe(false);
    expect(extra('1,200').extra).toBe(120000);
  });

  it('a nonsense income is refused at its field, and nothing is worked out', () => {
    const out = memberOutcome(STANDARD, SOURCES, member({ category: 'employed', income: '六千八' }));
    expect(out.problems.income).toBe('「六千八」不是金额：只填阿拉伯数字，可带小数点，例如 6800 或 6800.50');
    expect(out.monthly).toBeUndefined();
  });

  it('the branch’s totals add the members worked out', () => {
    const outcomes = [
      member({ category: 'employed', income: '6800' }), // 102
      member({ category: 'retired', income: '4200' }), // 21
      member({ category: 'low-income' }), // 0.2
      member({ category: 'employed', income: '', extra: '1000' }), // not worked out; 1000 to the centre
    ].map((m) => memberOutcome(STANDARD, SOURCES, m));
    // 102 + 21 + 0.2 = 123.2 a month, × 12 = 1478.4
    expect(branchTotals(outcomes)).toEqual({
      counted: 3,
      monthly: 12320,
      yearly: 147840,
      extra: 100000,
      centre: 100000,
    });
  });
});

describe('amounts as readers type them', () => {
  it.each([
    ['6800', 680000],
    ['６８００', 680000],
    ['6,800', 680000],
    ['6，800', 680000],
    ['12,800.5', 1280050],
    ['6800元', 680000],
    [' 6800 元 ', 680000],
    ['￥6800.50', 680050],
    ['６８００．５', 680050],
    ['0.2', 20],
  ])('%s → %i 分', (text, cents) => {
    expect(parseAmount(text)).toEqual({ ok: true, cents });
  });

  it.each([
    ['', '请填写月收入，例如 6800'],
    ['abc', '「abc」不是金额：只填阿拉伯数字，可带小数点，例如 6800 或 6800.50'],
    ['6800-200', '「6800-200」不是金额：只填阿拉伯数字，可带小数点，例如 6800 或 6800.50'],
    ['-6800', '月收入不能是负数'],
    ['68,00', '「68,00」中的逗号位置不对：逗号只用来每三位分隔，例如 12,800'],
    ['6800.123', '月收入最多写到分（小数点后两位），例如 6800.50'],
    ['0', '月收入应大于0'],
    ['100000000', '月收入超过1000万元，请核对是否多写了位数'],
  ])('「%s」 is refused: %s', (text, problem) => {
    expect(parseAmount(text, '月收入')).toEqual({ ok: false, problem });
  });

  it('writes 元 as the page does', () => {
    expect([yuan(10200), yuan(20), yuan(3333), yuan(1250), yuanFixed(20)]).toEqual([
      '102',
      '0.2',
      '33.33',
      '12.5',
      '0.20',
    ]);
  });
});

describe('the page text is made from the data the calculator uses', () => {
  it('the 交纳标准 table rows', () => {
    const employed = '每月工资总额中相对固定的、经常性的工资收入（税后）';
    const retired = '实际领取的离退休费总额或养老金总额';
    expect(duesRows(STANDARD).map((r) => [r.category, r.base, r.income, r.amount, r.articles])).toEqual([
      ['在职党员', employed, '3000元以下（含）', '0.5%', '第一条、第二条'],
      ['在职党员', employed, '3000元以上至5000元（含）', '1%', '第一条、第二条'],
      ['在职党员', employed, '5000元以上至10000元（含）', '1.5%', '第一条、第二条'],
      ['在职党员', employed, '10000元以上', '2%', '第一条、第二条'],
      ['实行年薪制的党员', '当月实际领取的薪酬收入', '按在职党员的各档', '按在职党员的比例', '第三条'],
      [
        '不按月取得收入的党员（个体经营者等）',
        '个人上季度月平均纯收入（3个月的平均数）',
        '按在职党员的各档',
        '按在职党员的比例',
        '第四条',
      ],
      ['离退休党员', retired, '5000元以下（含）', '0.5%', '第五条'],
      ['离退休党员', retired, '5000元以上', '1%', '第五条'],
      ['农民党员', undefined, '—', '每月0.2元至1元', '第六条'],
      [
        '学生党员、下岗失业的党员、依靠抚恤或救济生活的党员、领取当地最低生活保障金的党员',
        undefined,
        '—',
        '每月0.2元',
        '第六条',
      ],
    ]);
  });

  it('the worked examples agree with the calculator', () => {
    expect(duesExamples(STANDARD)).toEqual([
      '在职党员每月计算基数6800元，在5000元以上至10000元（含）档，按1.5%计算：6800×1.5%＝102元，每月交纳102元，全年1224元。',
      '离退休党员每月计算基数4200元，在5000元以下（含）档，按0.5%计算：4200×0.5%＝21元，每月交纳21元，全年252元。',
    ]);
  });

  it('the figures still written in the body and the summary are the calculator’s', () => {
    // 常见问题: “正好5000元……每月交50元”, “每月4200元，每月交21元”.
    expect(BODY).toContain(
      `每月交${yuan(monthlyDues(STANDARD, categoryOf(STANDARD, 'employed')!, [500000])!.monthly)}元`,
    );
    expect(BODY).toContain(
      `例如每月4200元，每月交${yuan(monthlyDues(STANDARD, categoryOf(STANDARD, 'retired')!, [420000])!.monthly)}元`,
    );
    expect(BODY).toContain(`补交一般不超过${STANDARD.backPay.maxMonths}个月`);
    expect(BODY).toContain(`自愿一次多交${STANDARD.voluntary.centralFrom}元以上的，全部上缴中央`);
    const rates = categoryOf(STANDARD, 'employed')!
      .brackets!.map((b) => `${b.rate}%`)
      .join('、');
    expect(DATA.summary).toContain(`${rates}四档`);
    // The hand-written table is gone: the page's table is the data's.
    expect(BODY).not.toMatch(/^\|.*%/m);
  });

  it('the comparison of editions reads the field in words', () => {
    expect(duesWords(DATA.dues)).toContain(
      '在职党员（计算基数：每月工资总额中相对固定的、经常性的工资收入（税后））：10000元以上，2%（第一条、第二条）',
    );
  });
});

class MapStore implements Store {
  readonly map = new Map<string, string>();
  constructor(entries: Record<string, string> = {}) {
    for (const [k, v] of Object.entries(entries)) this.map.set(k, v);
  }
  get length() {
    return this.map.size;
  }
  key(i: number) {
    return [...this.map.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.map.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.map.set(key, value);
  }
  removeItem(key: string) {
    this.map.delete(key);
  }
}

describe('the record kept in the browser', () => {
  const now = new Date(2026, 11, 7, 10, 15, 30);
  const members = [
    member({ name: '张三', category: 'employed', income: '６８００' }),
    member({ category: 'irregular-income', months: ['1', '2', '3'] }),
  ];

  it('reads back what it wrote, the reader’s own text unchanged', () => {
    expect(readDues(serializeDues({ members }))).toEqual({ state: { members } });
  });

  it('a record that is not JSON is kept aside and reported; the page starts with one empty member', () => {
    const store = new MapStore({ [DUES_KEY]: '{not json' });
    const opened = openRecord(store, DUES_RECORD, now);
    expect(opened.state.members).toEqual([emptyMember()]);
    expect(store.getItem(`${DUES_KEY}-unreadable-2026-12-07-101530`)).toBe('{not json');
    expect(recordNotices(opened.findings, 'party-dues', DUES_KEY, store, now)[0]!.text).toBe(
      '本机保存的党费计算记录格式无法识别。原记录已于2026年12月7日10:15另存，未被覆盖，可以下载留存，或交给信息中心查看。',
    );
  });

  it('a partly damaged record keeps its readable members and fields, and says how many parts were not', () => {
    const raw = JSON.stringify({ v: 1, members: [{ name: '李四', category: 'retired', income: 4200 }, 'x'] });
    const read = readDues(raw);
    expect(read.damage).toBe(2);
    expect(read.state.members[0]).toEqual(member({ name: '李四', category: 'retired' }));
  });

  it('a newer page’s record is not read over', () => {
    expect(readDues(JSON.stringify({ v: 2, members: [] })).damage).toBe('newer');
  });
});
