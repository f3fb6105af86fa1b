/**
 * The time limits as the content states them (the frontmatter of the procedures with a `timeline`): the sentences the
 * pages print, and dates worked out by hand for fixed cases. A change to a limit in the content fails here until
 * the hand calculation in the comment is redone.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { limitLines, rulesFromRaw } from '../../src/lib/timeline/content.ts';
import { CALENDAR_2025_2026 } from '../../src/lib/timeline/holidays.ts';
import { formatOffset, parseOffset } from '../../src/lib/timeline/offset.ts';
import { solve, type Solution } from '../../src/lib/timeline/solve.ts';
import { stepOutcomes, timelineEvents } from '../../src/lib/timeline/present.ts';

/** The content's timeline as the file holds it. */
function contentRules(file: string, procedure: string) {
  const text = readFileSync(new URL(`../../content/guide/${file}`, import.meta.url), 'utf8');
  return rulesFromRaw(procedure, (parse(text.split(/^---$/m)[1]!) as { timeline: unknown }).timeline)!;
}

const recruitment = contentRules('members/member-recruitment.mdx', 'member-recruitment');
const election = contentRules('organization/branch-election.mdx', 'branch-election');
const establishment = contentRules('organization/establish-branch.mdx', 'establish-branch');
const transfer = contentRules('members/relation-transfer.mdx', 'relation-transfer');
const lostContact = contentRules('members/unqualified-members.mdx', 'unqualified-members');

function dates(solution: Solution, id: string) {
  const found = solution.steps.find((s) => s.step.id === id)!;
  return {
    window: [found.window.earliest?.date, found.window.latest?.date],
    strict: [found.strict.earliest?.date, found.strict.latest?.date],
  };
}

describe('offsets as editors write them', () => {
  it('read and write the same text', () => {
    for (const text of ['当日', '1个月后', '6个月前', '5个工作日后', '15天后', '3年后']) {
      expect(formatOffset(parseOffset(text)!)).toBe(text);
    }
    expect(parseOffset('6个月前')).toEqual({ offset: { amount: 6, unit: 'months' }, direction: 'before' });
  });
  it('refuse what they cannot read', () => {
    for (const text of ['一个月后', '1月后', '0天后', '1个月', '1 个月后', ''])
      expect(parseOffset(text)).toBeUndefined();
  });
});

describe('the sentences pages print', () => {
  it('发展党员: every limit with a period, the one-year 预备期 as one line', () => {
    expect(limitLines(recruitment).map((l) => l.sentence)).toEqual([
      '党组织收到入党申请书后1个月内派人同入党申请人谈话',
      '确定为入党积极分子满1年方可列为发展对象',
      '一般在确定为入党积极分子满1年后发展对象公示开始',
      '一般在发展对象公示开始满5个工作日后列为发展对象',
      '一般至迟在预计离开工作、学习单位前3个月召开支部大会讨论接收',
      '党支部上报接收预备党员的决议后一般3个月内基层党委审批接收预备党员',
      '党支部上报接收预备党员的决议后6个月内基层党委审批接收预备党员',
      '预备期满：召开支部大会讨论接收满1年之日',
      '党支部上报转正决议后3个月内基层党委审批转正',
    ]);
  });
  it('换届', () => {
    expect(limitLines(election).map((l) => l.sentence)).toEqual([
      '本届任期届满：本届支部委员会选举产生满3年之日',
      '一般至迟在本届任期届满前6个月上级党组织提醒换届准备',
      '一般至迟在本届任期届满前1个月报送换届选举请示',
      '一般召开党员大会换届选举不晚于本届任期届满',
      '一般最早在本届任期届满前1年召开党员大会换届选举',
      '本届任期届满后一般1年内召开党员大会换届选举',
      '召开党员大会换届选举后一般15天内报送选举结果',
      '新一届任期届满：召开党员大会换届选举满3年之日',
    ]);
  });
});

describe('发展党员, worked by hand', () => {
  const calendar = CALENDAR_2025_2026;

  it('from the application and the date named 积极分子', () => {
    // Application Fri 2025-01-31: talk within one month → 2025-02-28 (February has no 31st: month end).
    // 积极分子 2025-03-10: 一年以上 includes the anniversary → 公示 from 2026-03-10 (一般); 发展对象 after 5 working
    // days of 公示: 11, 12, 13, 16, 17 → from Tue 2026-03-17 (一般), strictly (the 细则's year alone) from 03-10.
    // 预审 and the meeting follow 发展对象: from 2026-03-17 (一般), strictly from 03-10.
    // 预备期满 one year after the meeting: from 2027-03-17 (一般), strictly from 2027-03-10.
    const s = solve(recruitment, { application: '2025-01-31', activist: '2025-03-10' }, { calendar });
    expect(s.ok).toBe(true);
    expect(dates(s, 'talk').window).toEqual(['2025-01-31', '2025-02-28']);
    expect(dates(s, 'publicity').window).toEqual(['2026-03-10', undefined]);
    expect(dates(s, 'candidate')).toEqual({ window: ['2026-03-17', undefined], strict: ['2026-03-10', undefined] });
    expect(dates(s, 'meeting')).toEqual({ window: ['2026-03-17', undefined], strict: ['2026-03-10', undefined] });
    expect(dates(s, 'probation-end')).toEqual({
      window: ['2027-03-17', undefined],
      strict: ['2027-03-10', undefined],
    });
  });

  it('the approvals from the dates reported', () => {
    // Meeting Wed 2026-05-20, reported Mon 2026-05-25: approval 一般 by 2026-08-25, never after 2026-11-25.
    // 预备期满 exactly 2027-05-20. 转正 reported 2027-05-28: approved by 2027-08-28.
    const s = solve(
      recruitment,
      { meeting: '2026-05-20', report: '2026-05-25', 'full-meeting': '2027-05-25', 'full-report': '2027-05-28' },
      { calendar },
    );
    expect(dates(s, 'approval')).toEqual({
      window: ['2026-05-25', '2026-08-25'],
      strict: ['2026-05-25', '2026-11-25'],
    });
    expect(dates(s, 'probation-end').window).toEqual(['2027-05-20', '2027-05-20']);
    expect(dates(s, 'full-approval').window).toEqual(['2027-05-28', '2027-08-28']);
  });

  it('rejects a 发展对象 named a day early, in Chinese, with no dates', () => {
    const s = solve(recruitment, { activist: '2025-03-10', candidate: '2026-03-09' }, { calendar });
    expect(s.ok).toBe(false);
    expect(s.steps.every((r) => !r.window.earliest && !r.window.latest)).toBe(true);
    expect(s.issues.map((i) => i.message)).toEqual([
      '列为发展对象的日期（2026年3月9日）早于入党积极分子培养满一年之日（2026年3月10日）',
    ]);
  });
});

describe('换届, worked by hand', () => {
  it('a term begun 2023-06-15', () => {
    // Term ends 2026-06-15. Reminder 一般 by 2025-12-15; request 一般 by 2026-05-15; election 按期 by the term's
    // end 2026-06-15 (一般; with approval at most a year either side: 2025-06-15 … 2027-06-15). Results 一般
    // within 15 days of the election: by 2026-06-30. The next term ends three years after the election:
    // 2028-06-15 … 2029-06-15 when the election keeps to the limits.
    const s = solve(election, { 'term-start': '2023-06-15' });
    expect(s.ok).toBe(true);
    expect(dates(s, 'term-end').window).toEqual(['2026-06-15', '2026-06-15']);
    expect(dates(s, 'reminder').window).toEqual([undefined, '2025-12-15']);
    expect(dates(s, 'request').window).toEqual([undefined, '2026-05-15']);
    expect(dates(s, 'election')).toEqual({ window: ['2025-06-15', '2026-06-15'], strict: [undefined, undefined] });
    expect(dates(s, 'result-report').window).toEqual(['2025-06-15', '2026-06-30']);
    expect(dates(s, 'next-term-end').window).toEqual(['2028-06-15', '2029-06-15']);
  });

  it('a term begun on a leap day ends on 28 February', () => {
    // 2024-02-29 + 3 years → 2027-02-28 (no 29th); request by 2027-01-28; reminder by 2026-08-28.
    const s = solve(election, { 'term-start': '2024-02-29' });
    expect(dates(s, 'term-end').window).toEqual(['2027-02-28', '2027-02-28']);
    expect(dates(s, 'request').window).toEqual([undefined, '2027-01-28']);
    expect(dates(s, 'reminder').window).toEqual([undefined, '2026-08-28']);
  });

  it('an election held before its approval is refused', () => {
    const s = solve(election, { 'term-start': '2023-06-15', 'request-approval': '2026-06-01', election: '2026-05-30' });
    expect(s.ok).toBe(false);
    expect(s.issues[0]!.message).toContain('召开党员大会换届选举');
  });
});

describe('成立党支部, worked by hand', () => {
  it('the page states the one-month reply', () => {
    expect(limitLines(establishment).map((l) => l.sentence)).toEqual([
      '机关党委收到成立党支部的请示后一般1个月内作出成立批复',
    ]);
  });

  it('a request received 2025-01-31', () => {
    // Received Fri 2025-01-31: the reply 一般 within one month → by 2025-02-28 (February has no 31st: month end);
    // the month is 一般, so strictly there is no latest day. Reply Thu 2025-02-20: the 党员大会 from that day, the
    // report and the 备案 from the day of the election (no number of days is set for them).
    const s = solve(establishment, { request: '2025-01-31', reply: '2025-02-20' });
    expect(s.ok).toBe(true);
    const open = solve(establishment, { request: '2025-01-31' });
    expect(dates(open, 'reply')).toEqual({ window: ['2025-01-31', '2025-02-28'], strict: ['2025-01-31', undefined] });
    expect(dates(s, 'election').window).toEqual(['2025-02-20', undefined]);
    const held = solve(establishment, { request: '2025-01-31', reply: '2025-02-20', election: '2025-03-12' });
    expect(dates(held, 'result-report').window).toEqual(['2025-03-12', undefined]);
    expect(dates(held, 'filing').window).toEqual(['2025-03-12', undefined]);
  });

  it('an election held before the reply is refused', () => {
    const s = solve(establishment, { request: '2025-01-31', reply: '2025-02-20', election: '2025-02-19' });
    expect(s.ok).toBe(false);
    expect(s.issues[0]!.message).toContain('召开党员大会选举');
  });
});

describe('组织关系转接, worked by hand', () => {
  it('the page states the two limits', () => {
    expect(limitLines(transfer).map((l) => l.sentence)).toEqual([
      '党员到接收党组织报到不晚于介绍信有效期届满',
      '接收党组织接收组织关系后1个月内寄回回执联',
    ]);
  });

  it('a letter issued 2025-03-10, valid to 2025-04-09', () => {
    // Report between the day of issue Mon 2025-03-10 and the last day of validity Wed 2025-04-09 (both included).
    // Received Mon 2025-03-31: the 回执联 within one month → by 2025-04-30.
    const s = solve(transfer, { issue: '2025-03-10', 'validity-end': '2025-04-09', receive: '2025-03-31' });
    expect(s.ok).toBe(true);
    expect(dates(s, 'report').window).toEqual(['2025-03-10', '2025-03-31']);
    expect(dates(s, 'receipt').window).toEqual(['2025-03-31', '2025-04-30']);
    const open = solve(transfer, { issue: '2025-03-10', 'validity-end': '2025-04-09' });
    expect(dates(open, 'report').window).toEqual(['2025-03-10', '2025-04-09']);
  });

  it('a receipt due at a month end, and a report after the letter ran out', () => {
    // Received Fri 2025-01-31 → 回执联 by 2025-02-28.
    expect(dates(solve(transfer, { receive: '2025-01-31' }), 'receipt').window).toEqual(['2025-01-31', '2025-02-28']);
    const late = solve(transfer, { issue: '2025-03-10', 'validity-end': '2025-04-09', report: '2025-04-10' });
    expect(late.ok).toBe(false);
    expect(late.issues[0]!.message).toContain('党员到接收党组织报到');
  });
});

describe('失去联系党员, worked by hand', () => {
  it('the page states the six months and the two years', () => {
    expect(limitLines(lostContact).map((l) => l.sentence)).toEqual([
      '与党组织失去联系满6个月方可停止党籍',
      '停止党籍满2年方可按照自行脱党予以除名',
    ]);
  });

  it('contact lost 2024-08-31', () => {
    // 6个月以上 includes the day six months on: 2025-02-28 (February has no 31st: month end). Suspended then at the
    // earliest, the 除名 two years on: from 2027-02-28. Suspended Wed 2025-03-05: 除名 from 2027-03-05.
    const s = solve(lostContact, { 'lost-contact': '2024-08-31' });
    expect(s.ok).toBe(true);
    expect(dates(s, 'suspension').window).toEqual(['2025-02-28', undefined]);
    expect(dates(s, 'removal').window).toEqual(['2027-02-28', undefined]);
    const suspended = solve(lostContact, { 'lost-contact': '2024-08-31', suspension: '2025-03-05' });
    expect(dates(suspended, 'removal').window).toEqual(['2027-03-05', undefined]);
  });

  it('a suspension a day early is refused', () => {
    const s = solve(lostContact, { 'lost-contact': '2024-09-10', suspension: '2025-03-09' });
    expect(s.ok).toBe(false);
    expect(s.issues.map((i) => i.message)).toEqual([
      '停止党籍的日期（2025年3月9日）早于失去联系满6个月之日（2025年3月10日）',
    ]);
  });
});

describe('what the 时间推算 page shows and puts in the calendar', () => {
  const sourceOf = (c: { source: { regulation?: string; practice?: string; articles?: string } }) =>
    `${c.source.regulation ?? c.source.practice}${c.source.articles ?? ''}`;

  it('each bound with the limit that sets it and the date it comes from', () => {
    const s = solve(
      recruitment,
      { application: '2025-01-31', activist: '2025-03-10' },
      { calendar: CALENDAR_2025_2026 },
    );
    const out = stepOutcomes(recruitment, s, sourceOf as never);
    const talk = out.find((o) => o.id === 'talk')!;
    expect(talk.latest).toMatchObject({
      text: '2025年2月28日',
      because: '收到入党申请书后一个月期满之日（member-recruitment-rules第七条）',
      normally: false,
    });
    const candidate = out.find((o) => o.id === 'candidate')!;
    // 一般 (the 公示 practice) sets the planning date; without it the strict chain gives 2026-03-10.
    expect(candidate.earliest).toMatchObject({ text: '2026年3月17日', normally: true });
    expect(candidate.earliest!.because).toBe('公示满5个工作日之日（通行做法），由确定为入党积极分子的日期推得');
    expect(candidate.hardEarliest!.text).toBe('2026年3月10日');
    // The meeting follows 预审, which follows 发展对象: the same planning date, named by the link next to it.
    const meeting = out.find((o) => o.id === 'meeting')!;
    expect(meeting.earliest).toMatchObject({ text: '2026年3月17日', normally: true });
    expect(meeting.earliest!.because).toBe(
      '基层党委预审的日期（member-recruitment-rules第二十条），由确定为入党积极分子的日期推得',
    );
    expect(out.find((o) => o.id === 'activist')!.known).toBe('2025-03-10');
  });

  it('a bound worked back from a later date names that date, not the limit’s own', () => {
    // 换届: the election entered as 2026-06-20; the request approval must come before it (批复后再选举), so its
    // latest day is the election's day, counted back from it.
    const s = solve(election, { 'term-start': '2023-06-15', election: '2026-06-20' });
    const approval = stepOutcomes(election, s, sourceOf as never).find((o) => o.id === 'request-approval')!;
    expect(approval.latest).toMatchObject({ text: '2026年6月20日', because: '召开党员大会换届选举的日期（通行做法）' });
  });

  it('calendar events: a date entered on its day, a step to come on its latest day, else its earliest', () => {
    const s = solve(
      recruitment,
      { application: '2025-01-31', activist: '2025-03-10' },
      { calendar: CALENDAR_2025_2026 },
    );
    const events = timelineEvents(
      '发展党员',
      'member-recruitment',
      stepOutcomes(recruitment, s, sourceOf as never),
      new Date(0),
    );
    const byUid = new Map(events.map((e) => [e.uid, e]));
    expect(byUid.get('member-recruitment-activist-known@djzy')!.date.toISOString()).toBe('2025-03-10T00:00:00.000Z');
    expect(byUid.get('member-recruitment-talk-latest@djzy')!.summary).toBe('发展党员：派人同入党申请人谈话（最迟）');
    expect(byUid.get('member-recruitment-candidate-earliest@djzy')!.date.toISOString()).toBe(
      '2026-03-17T00:00:00.000Z',
    );
    expect(byUid.get('member-recruitment-publicity-earliest@djzy')!.date.toISOString()).toBe(
      '2026-03-10T00:00:00.000Z',
    );
    // Steps nothing can be worked out for are left out.
    expect(byUid.has('member-recruitment-leave-latest@djzy')).toBe(false);
    expect(byUid.has('member-recruitment-leave-earliest@djzy')).toBe(false);
  });
});
