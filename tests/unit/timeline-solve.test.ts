import { describe, expect, it } from 'vitest';
import { CALENDAR_2025_2026 } from '../../src/lib/timeline/holidays.ts';
import { ruleProblems, type ProcedureRules } from '../../src/lib/timeline/rules.ts';
import { solve, type Solution, type StepResult } from '../../src/lib/timeline/solve.ts';
import { branchElection, memberRecruitment } from './timeline-fixtures.ts';

const calendar = CALENDAR_2025_2026;

function step(solution: Solution, id: string): StepResult {
  const found = solution.steps.find((s) => s.step.id === id);
  if (!found) throw new Error(`no step ${id}`);
  return found;
}

/** [earliest, latest] counting every limit, and the same for strict limits only. */
function dates(solution: Solution, id: string) {
  const { window, strict } = step(solution, id);
  return {
    window: [window.earliest?.date, window.latest?.date],
    strict: [strict.earliest?.date, strict.latest?.date],
  };
}

const messages = (solution: Solution, severity?: string) =>
  solution.issues.filter((issue) => !severity || issue.severity === severity).map((issue) => issue.message);

describe('the fixtures', () => {
  it('are well-formed rule sets', () => {
    expect(ruleProblems(memberRecruitment)).toEqual([]);
    expect(ruleProblems(branchElection)).toEqual([]);
  });

  it('bad rules are reported in Chinese', () => {
    const bad: ProcedureRules = {
      procedure: 'bad',
      steps: [
        { id: 'a', label: '甲' },
        { id: 'a', label: '乙' },
        { id: 'B', label: '丙' },
      ],
      constraints: [
        {
          id: 'x',
          step: 'a',
          relation: 'noEarlierThan',
          anchor: 'zz',
          direction: 'after',
          offset: { amount: 1.5, unit: 'months' },
          strength: 'strict',
          rule: '某规定',
          source: { regulation: 'r' },
        },
      ],
    };
    expect(ruleProblems(bad)).toEqual([
      '步骤编号「a」重复',
      '步骤编号「B」只能用小写英文字母、数字和连字符',
      '时限「x」起算的步骤「zz」不存在',
      '时限「x」的期限应为0或正整数，现为 1.5',
      '时限「x」缺少 limitLabel（所限日期的名称）',
    ]);
    // The solver never throws: the page says its own limits are at fault, not the reader's dates.
    const s = solve(bad, {});
    expect(s.ok).toBe(false);
    expect(s.issues.map((i) => [i.kind, i.step, i.message])).toEqual([
      [
        'rules',
        '',
        '本页的时限规定有误（步骤编号「a」重复；步骤编号「B」只能用小写英文字母、数字和连字符；时限「x」起算的步骤「zz」不存在；' +
          '时限「x」的期限应为0或正整数，现为 1.5；时限「x」缺少 limitLabel（所限日期的名称）），这不是所填日期的问题，' +
          '请联系机关党委核对本页的时限规定。',
      ],
    ]);
  });
});

describe('发展党员', () => {
  it('from the application date alone', () => {
    // 申请 2025-01-31. 谈话 within one month: 2月 has no 31日 and 2025 is no leap year → latest 2025-02-28.
    // 积极分子 is named on or after the application; 发展对象 no earlier than one year after that → 2026-01-31.
    const s = solve(memberRecruitment, { application: '2025-01-31' }, { calendar });
    expect(s.ok).toBe(true);
    expect(dates(s, 'talk').window).toEqual(['2025-01-31', '2025-02-28']);
    expect(dates(s, 'activist').window).toEqual(['2025-01-31', undefined]);
    expect(dates(s, 'candidate').window).toEqual(['2026-01-31', undefined]);
    const latestTalk = step(s, 'talk').window.latest!;
    expect(latestTalk.strength).toBe('strict');
    expect(latestTalk.chain.map((link) => [link.constraint.id, link.fromDate, link.fromKnown])).toEqual([
      ['talk-within-month', '2025-01-31', true],
    ]);
    // The approval's latest date is counted from the branch's report, which nobody has entered yet.
    expect(messages(s, 'info')).toContain('计算基层党委审批的最迟日期，需要先填写党支部上报接收预备党员的决议的日期');
  });

  it('the dates follow from 入党积极分子 through to 预备期满', () => {
    // 积极分子 2025-03-10 → 满一年 2026-03-10 (the anniversary): 发展对象, 公示 and 预审 no earlier than that.
    // 支部大会: after 预审 (≥ 2026-03-10, strict) and 5 working days after 公示 began (一般): from Tue 2026-03-10,
    // Wed 11 (1), Thu 12 (2), Fri 13 (3), Mon 16 (4), Tue 17 (5) → 2026-03-17.
    // 预备期满 one year after the meeting: 2027-03-17 (一般 chain) / 2027-03-10 (strict chain).
    const s = solve(memberRecruitment, { application: '2025-01-31', activist: '2025-03-10' }, { calendar });
    expect(s.ok).toBe(true);
    expect(dates(s, 'candidate')).toEqual({ window: ['2026-03-10', undefined], strict: ['2026-03-10', undefined] });
    expect(dates(s, 'meeting')).toEqual({ window: ['2026-03-17', undefined], strict: ['2026-03-10', undefined] });
    expect(dates(s, 'probation-end').window).toEqual(['2027-03-17', undefined]);
    expect(dates(s, 'probation-end').strict).toEqual(['2027-03-10', undefined]);
    const meeting = step(s, 'meeting').window.earliest!;
    expect(meeting.strength).toBe('normally');
    expect(
      meeting.chain.map((link) => `${link.constraint.id}:${link.step}=${link.date}←${link.from}=${link.fromDate}`),
    ).toEqual([
      'meeting-after-publicity:meeting=2026-03-17←publicity=2026-03-10',
      'publicity-after-candidate:publicity=2026-03-10←candidate=2026-03-10',
      'candidate-after-year:candidate=2026-03-10←activist=2025-03-10',
    ]);
  });

  it('a whole case, every limit by hand', () => {
    const known = {
      application: '2025-01-31',
      talk: '2025-02-20', // ≤ 2025-02-28
      activist: '2025-03-10',
      candidate: '2026-03-20', // ≥ 2026-03-10
      publicity: '2026-04-20', // Mon; +5 working days: 21, 22, 23, 24, Mon 27 → 2026-04-27 ≤ meeting
      'pre-review': '2026-04-15',
      meeting: '2026-05-20',
      report: '2026-05-25',
    };
    const s = solve(memberRecruitment, known, { calendar });
    expect(s.ok).toBe(true);
    expect(s.issues.filter((issue) => issue.severity !== 'info')).toEqual([]);
    // 审批: after the report (2026-05-25); 一般 within three months → 2026-08-25; never beyond six → 2026-11-25.
    expect(dates(s, 'approval')).toEqual({
      window: ['2026-05-25', '2026-08-25'],
      strict: ['2026-05-25', '2026-11-25'],
    });
    expect(step(s, 'approval').window.latest!.strength).toBe('normally');
    // 预备期 one year from the meeting: 满 on 2027-05-20, exactly; 转正 discussed on or after it.
    expect(dates(s, 'probation-end').window).toEqual(['2027-05-20', '2027-05-20']);
    expect(dates(s, 'full-meeting').window).toEqual(['2027-05-20', undefined]);
    expect(dates(s, 'full-approval').window).toEqual(['2027-05-20', undefined]);
    expect(messages(s, 'info')).toEqual(['计算基层党委审批转正的最迟日期，需要先填写党支部上报转正决议的日期']);
    // Known steps still show what the rules allow them: the talk was due by 2025-02-28.
    expect(dates(s, 'talk').window).toEqual(['2025-01-31', '2025-02-28']);

    // 转正 reported 2027-05-28 → approved within three months, by 2027-08-28.
    const later = solve(
      memberRecruitment,
      { ...known, 'full-meeting': '2027-05-25', 'full-report': '2027-05-28' },
      { calendar },
    );
    expect(dates(later, 'full-approval').window).toEqual(['2027-05-28', '2027-08-28']);
    expect(later.issues).toEqual([]);
  });

  it('works back from a later date: the latest dates of earlier steps', () => {
    // Only the meeting is known (Wed 2026-05-20). 预审 and 发展对象 no later than it (strict).
    // 公示 must begin 5 working days before: the largest day d with d + 5 working days ≤ 05-20 is Wed 05-13
    // (14, 15, 18, 19, 20); so 发展对象 by 05-13 (一般) and 积极分子 one year earlier, by 2025-05-13
    // (strict chain: 2026-05-20 and 2025-05-20).
    const s = solve(memberRecruitment, { meeting: '2026-05-20' }, { calendar });
    expect(dates(s, 'publicity').window).toEqual([undefined, '2026-05-13']);
    expect(dates(s, 'candidate')).toEqual({ window: [undefined, '2026-05-13'], strict: [undefined, '2026-05-20'] });
    expect(dates(s, 'activist')).toEqual({ window: [undefined, '2025-05-13'], strict: [undefined, '2025-05-20'] });
  });

  it('rejects a 发展对象 named before the year is full, with no dates at all', () => {
    const s = solve(memberRecruitment, { activist: '2025-03-05', candidate: '2026-03-01' }, { calendar });
    expect(s.ok).toBe(false);
    expect(s.issues).toHaveLength(1);
    expect(s.issues[0]).toMatchObject({ kind: 'limit', severity: 'error', step: 'candidate' });
    expect(s.issues[0]!.message).toBe(
      '列为发展对象的日期（2026年3月1日）早于入党积极分子培养满一年之日（2026年3月5日）',
    );
    expect(s.issues[0]!.constraints.map((c) => c.source)).toEqual([
      { regulation: 'member-recruitment-rules', articles: '第十三条' },
    ]);
    expect(s.steps.every((r) => !r.window.earliest && !r.window.latest && !r.strict.earliest && !r.strict.latest)).toBe(
      true,
    );
    // On the anniversary itself the year is full.
    expect(solve(memberRecruitment, { activist: '2025-03-05', candidate: '2026-03-05' }).ok).toBe(true);
  });

  it('rejects dates in the wrong order and a talk held too late', () => {
    const early = solve(memberRecruitment, { application: '2025-01-31', talk: '2025-01-20' });
    expect(early.issues.map((i) => [i.kind, i.message])).toEqual([
      ['order', '派人同入党申请人谈话的日期（2025年1月20日）早于党组织收到入党申请书的日期（2025年1月31日）'],
    ]);
    const late = solve(memberRecruitment, { application: '2025-01-31', talk: '2025-03-01' });
    expect(late.issues.map((i) => [i.kind, i.message])).toEqual([
      ['limit', '派人同入党申请人谈话的日期（2025年3月1日）晚于收到入党申请书后一个月期满之日（2025年2月28日）'],
    ]);
    // 2025-02-28 itself is within the month.
    expect(solve(memberRecruitment, { application: '2025-01-31', talk: '2025-02-28' }).ok).toBe(true);
  });

  it('names 预备期满 as a date when 转正 is discussed before it', () => {
    // Meeting 2026-05-20 → 预备期满 2027-05-20, fixed by the rules; discussing 转正 on 2027-05-10 is too early.
    const s = solve(memberRecruitment, { meeting: '2026-05-20', 'full-meeting': '2027-05-10' });
    expect(s.issues.map((i) => [i.kind, i.severity, i.message])).toEqual([
      ['order', 'error', '支部大会讨论转正的日期（2027年5月10日）早于预备期满的日期（2027年5月20日）'],
    ]);
    expect(s.issues[0]!.constraints.map((c) => c.id)).toEqual(['full-meeting-after-probation', 'probation-from']);
  });

  it('explains a contradiction that runs through a step nobody entered', () => {
    // 积极分子 2025-03-10 → 发展对象 ≥ 2026-03-10 → 预审 ≥ that → 支部大会 ≥ that; the meeting says 2026-01-15.
    const s = solve(memberRecruitment, { activist: '2025-03-10', meeting: '2026-01-15' }, { calendar });
    expect(s.ok).toBe(false);
    expect(s.issues.map((i) => [i.kind, i.step, i.message])).toEqual([
      [
        'conflict',
        'meeting',
        '召开支部大会讨论接收的日期（2026年1月15日）早于按已填日期推得的最早日期（2026年3月10日）：' +
          '列为发展对象不早于确定为入党积极分子后1年（列为发展对象最早2026年3月10日）；' +
          '基层党委预审不早于列为发展对象（基层党委预审最早2026年3月10日）；' +
          '召开支部大会讨论接收不早于基层党委预审（召开支部大会讨论接收最早2026年3月10日）',
      ],
    ]);
  });

  it('reports unreadable dates in Chinese and gives no dates', () => {
    const s = solve(memberRecruitment, { application: '2025-01-31', candidate: '2026-02-30', talk: '2025/2/1' });
    expect(s.ok).toBe(false);
    expect(messages(s)).toEqual([
      '「派人同入党申请人谈话」的日期「2025/2/1」不是“年-月-日”格式，请按 2026-03-05 的样式填写',
      '「列为发展对象」的日期「2026-02-30」不是有效日期：2026年2月只有28天',
    ]);
    expect(step(s, 'talk').window).toEqual({});
    // A date saved for a step the page no longer has is left out.
    const stale = solve(memberRecruitment, { nonsense: '2025-01-01', application: '2025-01-31' });
    expect(stale.ok).toBe(true);
    expect(stale.steps.map((r) => r.known).filter(Boolean)).toEqual(['2025-01-31']);
    // An empty field is simply not known.
    expect(solve(memberRecruitment, { application: '', talk: '  ' }).ok).toBe(true);
  });

  it('a 一般 limit broken is a warning; the strict one behind it still gives the latest date', () => {
    // Reported 2026-05-25, approved 2026-09-10: past three months (2026-08-25), within six (2026-11-25).
    const s = solve(memberRecruitment, { meeting: '2026-05-20', report: '2026-05-25', approval: '2026-09-10' });
    expect(s.ok).toBe(true);
    expect(s.issues.filter((i) => i.severity !== 'info').map((i) => [i.kind, i.severity, i.message])).toEqual([
      ['limit', 'warning', '基层党委审批的日期（2026年9月10日）晚于上报决议后三个月期满之日（2026年8月25日）'],
    ]);
    expect(dates(s, 'approval').window).toEqual(['2026-05-25', '2026-11-25']);
    // The six-month day itself is not 超过六个月 (民法典第一千二百五十九条): still allowed.
    expect(solve(memberRecruitment, { report: '2026-05-25', approval: '2026-11-25' }).ok).toBe(true);
    // Beyond six months it is an error.
    const s2 = solve(memberRecruitment, { report: '2026-05-25', approval: '2026-11-26' });
    expect(s2.ok).toBe(false);
    expect(messages(s2)).toEqual([
      '基层党委审批的日期（2026年11月26日）晚于上报决议后六个月期满之日（2026年11月25日）',
    ]);
  });

  it('counts back three months before leaving the unit', () => {
    // Leaving 2026-07-01: the meeting should be by 2026-04-01 (一般); 2026-05-20 is a warning.
    const s = solve(memberRecruitment, { meeting: '2026-05-20', leave: '2026-07-01' });
    expect(messages(s, 'warning')).toEqual([
      '召开支部大会讨论接收的日期（2026年5月20日）晚于预计离开工作、学习单位前三个月之日（2026年4月1日）',
    ]);
    expect(dates(solve(memberRecruitment, { leave: '2026-07-01' }), 'meeting').window).toEqual([
      undefined,
      '2026-04-01',
    ]);
  });

  it('does not count working days without the published holidays', () => {
    // No calendar: the 5-working-day 公示 limit cannot be counted, so the meeting's earliest date comes from 预审
    // alone (2026-03-10), and the reader is told why.
    const s = solve(memberRecruitment, { activist: '2025-03-10' });
    expect(dates(s, 'meeting').window).toEqual(['2026-03-10', undefined]);
    expect(messages(s, 'info')).toContain(
      '无法计算“召开支部大会讨论接收不早于发展对象公示开始后5个工作日”：按工作日计算需要节假日安排，尚未提供',
    );
    // 公示 beginning 2026-12-28 would run into 2027, whose holidays are not listed.
    const s2 = solve(memberRecruitment, { publicity: '2026-12-28' }, { calendar });
    expect(messages(s2, 'info')).toContain(
      '无法计算“召开支部大会讨论接收不早于发展对象公示开始后5个工作日”：2027年的节假日安排尚未载入，无法按工作日计算',
    );
    expect(dates(s2, 'meeting').window).toEqual([undefined, undefined]);
  });
});

describe('换届', () => {
  it('a three-year term from 2023-06-15', () => {
    // Term ends 2026-06-15 (same day three years on). 上级 reminds 一般 six months before: by 2025-12-15.
    // The election, 一般 at most one year early or late: 2025-06-15 … 2027-06-15 (both 一般, so no strict bound).
    // The next term ends three years after the election: 2028-06-15 … 2030-06-15.
    const s = solve(branchElection, { 'term-start': '2023-06-15' });
    expect(s.ok).toBe(true);
    expect(dates(s, 'term-end').window).toEqual(['2026-06-15', '2026-06-15']);
    expect(dates(s, 'reminder')).toEqual({ window: [undefined, '2025-12-15'], strict: [undefined, undefined] });
    expect(dates(s, 'election')).toEqual({
      window: ['2025-06-15', '2027-06-15'],
      strict: [undefined, undefined],
    });
    expect(dates(s, 'next-term-end').window).toEqual(['2028-06-15', '2030-06-15']);
    const reminder = step(s, 'reminder').window.latest!;
    expect(reminder.strength).toBe('normally');
    expect(reminder.chain.map((link) => link.constraint.id)).toEqual(['reminder-six-months', 'term-to']);
    expect(s.issues).toEqual([]);
  });

  it('a term begun on a leap day', () => {
    // 2024-02-29 + 3 years: 2027 has no 2月29日 → 2027-02-28. Six months before: 2026-08-28.
    // One year either side: 2026-02-28 and 2028-02-28.
    const s = solve(branchElection, { 'term-start': '2024-02-29' });
    expect(dates(s, 'term-end').window).toEqual(['2027-02-28', '2027-02-28']);
    expect(dates(s, 'reminder').window).toEqual([undefined, '2026-08-28']);
    expect(dates(s, 'election').window).toEqual(['2026-02-28', '2028-02-28']);
  });

  it('the election held fixes the next term', () => {
    const s = solve(branchElection, { 'term-start': '2023-06-15', election: '2026-06-20' });
    expect(dates(s, 'next-term-end').window).toEqual(['2029-06-20', '2029-06-20']);
  });

  it('warns of a late reminder or an election past the year’s grace, in Chinese', () => {
    const s = solve(branchElection, { 'term-start': '2023-06-15', reminder: '2026-01-10', election: '2027-08-01' });
    expect(s.ok).toBe(true);
    expect(s.issues.map((i) => [i.severity, i.message])).toEqual([
      ['warning', '上级党组织提醒换届准备的日期（2026年1月10日）晚于任期届满前6个月之日（2025年12月15日）'],
      ['warning', '召开党员大会换届选举的日期（2027年8月1日）晚于任期届满后延期1年之日（2027年6月15日）'],
    ]);
    const early = solve(branchElection, { 'term-start': '2023-06-15', election: '2025-01-01' });
    expect(messages(early)).toEqual([
      '召开党员大会换届选举的日期（2025年1月1日）早于任期届满前提前1年之日（2025年6月15日）',
    ]);
  });
});

describe('inverse month arithmetic', () => {
  const rules = (relation: 'noEarlierThan' | 'noLaterThan', unit: 'months' | 'years'): ProcedureRules => ({
    procedure: 'tiny',
    steps: [
      { id: 'a', label: '甲' },
      { id: 'b', label: '乙' },
    ],
    constraints: [
      {
        id: 'c',
        step: 'b',
        relation,
        anchor: 'a',
        direction: 'after',
        offset: { amount: 1, unit },
        strength: 'strict',
        rule: '规定',
        limitLabel: '期满之日',
        source: { regulation: 'r' },
      },
    ],
  });

  it('finds the anchor’s latest day through a leap day', () => {
    // b ≥ a + 1 year, b = 2025-02-28: a = 2024-02-29 gives 2025-02-28 (allowed), 2024-03-01 gives 2025-03-01.
    expect(dates(solve(rules('noEarlierThan', 'years'), { b: '2025-02-28' }), 'a').window).toEqual([
      undefined,
      '2024-02-29',
    ]);
  });

  it('finds the anchor’s earliest day across a month end', () => {
    // b ≤ a + 1 month, b = 2025-03-31: a = 02-28 gives 03-28 (too early), a = 03-01 gives 04-01 → 2025-03-01,
    // not the naive 2025-02-28.
    expect(dates(solve(rules('noLaterThan', 'months'), { b: '2025-03-31' }), 'a').window).toEqual([
      '2025-03-01',
      undefined,
    ]);
  });
});
