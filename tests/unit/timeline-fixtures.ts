/**
 * Two realistic rule sets for the timeline solver's tests — TEST FIXTURES, not content. The procedures' own limits
 * live in their frontmatter and are tested in timeline-content.test.ts; these stay fixed on purpose, so the solver's
 * tests do not change when an editor revises a limit. Rule words and article numbers are those the two procedures'
 * `timeline` carried when these were written (content/guide/members/member-recruitment.mdx and
 * content/guide/organization/branch-election.mdx; what was checked against which full text is in
 * docs/VERIFICATION.md); where an article number could not be checked against a full text, `articles` is left out
 * rather than guessed.
 *
 * 发展党员 follows 《中国共产党发展党员工作细则》 as issued in 2014 (regulation id member-recruitment-rules).
 * 换届 follows 《中国共产党支部工作条例（试行）》 (2018) and 《中国共产党基层组织选举工作条例》 (2020).
 */
import type { Constraint, ProcedureRules, Unit } from '../../src/lib/timeline/rules.ts';

const RULES = 'member-recruitment-rules';

/** "step not before anchor": plain order, strict, with the article that fixes the sequence. */
function order(id: string, step: string, anchor: string, rule: string, source: Constraint['source']): Constraint {
  return {
    id,
    step,
    relation: 'noEarlierThan',
    anchor,
    direction: 'after',
    offset: { amount: 0, unit: 'days' },
    strength: 'strict',
    rule,
    source,
  };
}

export const memberRecruitment: ProcedureRules = {
  procedure: 'member-recruitment',
  steps: [
    { id: 'application', label: '党组织收到入党申请书' },
    { id: 'talk', label: '派人同入党申请人谈话' },
    { id: 'activist', label: '确定为入党积极分子' },
    { id: 'candidate', label: '列为发展对象' },
    { id: 'publicity', label: '发展对象公示开始' },
    { id: 'pre-review', label: '基层党委预审' },
    { id: 'meeting', label: '召开支部大会讨论接收' },
    { id: 'leave', label: '预计离开工作、学习单位' },
    { id: 'report', label: '党支部上报接收预备党员的决议' },
    { id: 'approval', label: '基层党委审批' },
    { id: 'probation-end', label: '预备期满' },
    { id: 'full-meeting', label: '支部大会讨论转正' },
    { id: 'full-report', label: '党支部上报转正决议' },
    { id: 'full-approval', label: '基层党委审批转正' },
  ],
  constraints: [
    // 第七条: the words are the 2014 text's; the number is the one the site's procedure page cites (see notes).
    order('talk-after-application', 'talk', 'application', '党组织收到入党申请书后派人谈话', {
      regulation: RULES,
      articles: '第七条',
    }),
    {
      id: 'talk-within-month',
      step: 'talk',
      relation: 'noLaterThan',
      anchor: 'application',
      direction: 'after',
      offset: { amount: 1, unit: 'months' },
      strength: 'strict',
      rule: '党组织收到入党申请书后，应当在一个月内派人同入党申请人谈话，了解基本情况。',
      limitLabel: '收到入党申请书后一个月期满之日',
      source: { regulation: RULES, articles: '第七条' },
    },
    order('activist-after-application', 'activist', 'application', '在入党申请人中确定入党积极分子', {
      regulation: RULES,
      articles: '第八条',
    }),
    {
      id: 'candidate-after-year',
      step: 'candidate',
      relation: 'noEarlierThan',
      anchor: 'activist',
      direction: 'after',
      offset: { amount: 1, unit: 'years' },
      strength: 'strict',
      rule: '对经过一年以上培养教育和考察、基本具备党员条件的入党积极分子，在听取党小组、培养联系人、党员和群众意见的基础上，支部委员会讨论同意并报上级党委备案后，可列为发展对象。',
      limitLabel: '入党积极分子培养满一年之日',
      source: { regulation: RULES, articles: '第十三条' },
    },
    // 公示 after 列为发展对象: the order the site's content had before issue 28 (the page itself publicises first, and
    // the content now does too, held to it by text-order.ts). Kept here: the solver's tests need a realistic set only.
    order('publicity-after-candidate', 'publicity', 'candidate', '对发展对象进行公示', {
      practice: '通行做法',
      note: '细则未规定公示环节',
    }),
    order(
      'pre-review-after-candidate',
      'pre-review',
      'candidate',
      '支部委员会应当对发展对象进行严格审查，经集体讨论认为合格后，报具有审批权限的基层党委预审。',
      { regulation: RULES, articles: '第十九条' },
    ),
    order(
      'meeting-after-pre-review',
      'meeting',
      'pre-review',
      '经基层党委预审合格的发展对象，由支部委员会提交支部大会讨论。',
      { regulation: RULES, articles: '第二十条' },
    ),
    {
      id: 'meeting-after-publicity',
      step: 'meeting',
      relation: 'noEarlierThan',
      anchor: 'publicity',
      direction: 'after',
      offset: { amount: 5, unit: 'workingDays' },
      strength: 'normally',
      rule: '公示期一般不少于5个工作日，公示情况在支部大会上报告。',
      limitLabel: '公示满5个工作日之日',
      source: { practice: '通行做法', note: '细则未规定公示天数' },
    },
    {
      id: 'meeting-before-leaving',
      step: 'meeting',
      relation: 'noLaterThan',
      anchor: 'leave',
      direction: 'before',
      offset: { amount: 3, unit: 'months' },
      strength: 'normally',
      rule: '发展对象未来三个月内将离开工作、学习单位的，一般不办理接收预备党员的手续。',
      limitLabel: '预计离开工作、学习单位前三个月之日',
      source: { regulation: RULES, articles: '第十九条' },
    },
    // The article numbers of the report and the three-month approval could not be checked: left out.
    order('report-after-meeting', 'report', 'meeting', '支部大会通过的接收预备党员决议报上级党委审批', {
      regulation: RULES,
    }),
    order('approval-after-report', 'approval', 'report', '基层党委审批党支部上报的接收预备党员决议', {
      regulation: RULES,
    }),
    {
      id: 'approval-within-three-months',
      step: 'approval',
      relation: 'noLaterThan',
      anchor: 'report',
      direction: 'after',
      offset: { amount: 3, unit: 'months' },
      // 应当在三个月内 — but 如遇特殊情况可适当延长: a limit with an exception, so 'normally'; the six months is strict.
      strength: 'normally',
      rule: '对党支部上报的接收预备党员的决议，基层党委应当在三个月内审批，并报上级党委组织部门备案。',
      limitLabel: '上报决议后三个月期满之日',
      source: { regulation: RULES },
    },
    {
      id: 'approval-within-six-months',
      step: 'approval',
      relation: 'noLaterThan',
      anchor: 'report',
      direction: 'after',
      offset: { amount: 6, unit: 'months' },
      strength: 'strict',
      rule: '如遇特殊情况可适当延长审批时间，但不得超过六个月。',
      limitLabel: '上报决议后六个月期满之日',
      source: { regulation: RULES },
    },
    // 预备期满 is a day fixed by the meeting: no earlier and no later than one year after it.
    ...(['noEarlierThan', 'noLaterThan'] as const).map((relation): Constraint => ({
      id: `probation-${relation === 'noEarlierThan' ? 'from' : 'to'}`,
      step: 'probation-end',
      relation,
      anchor: 'meeting',
      direction: 'after',
      offset: { amount: 1, unit: 'years' },
      strength: 'strict',
      rule: '预备党员的预备期为一年。预备期从支部大会通过其为预备党员之日算起。',
      limitLabel: '预备期满一年之日',
      source: { regulation: RULES, articles: '第三十二条' },
    })),
    order(
      'full-meeting-after-probation',
      'full-meeting',
      'probation-end',
      '预备党员预备期满，党支部应当及时讨论其能否转为正式党员。',
      { regulation: RULES, articles: '第三十二条' },
    ),
    order('full-report-after-meeting', 'full-report', 'full-meeting', '支部大会讨论、表决通过；报上级党委审批。', {
      regulation: RULES,
      articles: '第三十三条',
    }),
    order('full-approval-after-report', 'full-approval', 'full-report', '党委对党支部上报的预备党员转正的决议审批', {
      regulation: RULES,
      articles: '第三十四条',
    }),
    {
      id: 'full-approval-within-three-months',
      step: 'full-approval',
      relation: 'noLaterThan',
      anchor: 'full-report',
      direction: 'after',
      offset: { amount: 3, unit: 'months' },
      strength: 'strict',
      rule: '党委对党支部上报的预备党员转正的决议，应当在三个月内审批。',
      limitLabel: '上报转正决议后三个月期满之日',
      source: { regulation: RULES, articles: '第三十四条' },
    },
  ],
};

const BRANCH = 'branch-work-regulation';
const ELECTION = 'grassroots-election-regulation';
const TERM_RULE = '村、社区党支部委员会每届任期5年，其他基层单位党支部委员会一般每届任期3年。';

/** A term of three years: its end is fixed by its start (the 一般 there sorts kinds of units, not branches). */
function term(id: string, step: string, anchor: string): Constraint[] {
  return (['noEarlierThan', 'noLaterThan'] as const).map((relation): Constraint => ({
    id: `${id}-${relation === 'noEarlierThan' ? 'from' : 'to'}`,
    step,
    relation,
    anchor,
    direction: 'after',
    offset: { amount: 3, unit: 'years' },
    strength: 'strict',
    rule: TERM_RULE,
    limitLabel: '任期满3年之日',
    source: { regulation: BRANCH, articles: '第二十一条' },
  }));
}

export const branchElection: ProcedureRules = {
  procedure: 'branch-election',
  steps: [
    { id: 'term-start', label: '本届支部委员会选举产生' },
    { id: 'term-end', label: '任期届满' },
    { id: 'reminder', label: '上级党组织提醒换届准备' },
    { id: 'election', label: '召开党员大会换届选举' },
    { id: 'next-term-end', label: '新一届任期届满' },
  ],
  constraints: [
    ...term('term', 'term-end', 'term-start'),
    {
      id: 'reminder-six-months',
      step: 'reminder',
      relation: 'noLaterThan',
      anchor: 'term-end',
      direction: 'before',
      offset: { amount: 6, unit: 'months' },
      strength: 'normally',
      rule: '上级党组织对任期届满的党支部，一般提前6个月以发函或者电话通知等形式，提醒做好换届准备。',
      limitLabel: '任期届满前6个月之日',
      // 支部条例第六章; the article number could not be checked against a full text (see notes).
      source: { regulation: BRANCH },
    },
    {
      id: 'election-advanced',
      step: 'election',
      relation: 'noEarlierThan',
      anchor: 'term-end',
      direction: 'before',
      offset: { amount: 1, unit: 'years' },
      strength: 'normally',
      rule: '如需延期或者提前进行换届选举，应当报上级党组织批准。延长或者提前期限一般不超过1年。',
      limitLabel: '任期届满前提前1年之日',
      source: { regulation: ELECTION, articles: '第三条' },
    },
    {
      id: 'election-delayed',
      step: 'election',
      relation: 'noLaterThan',
      anchor: 'term-end',
      direction: 'after',
      offset: { amount: 1, unit: 'years' },
      strength: 'normally',
      rule: '如需延期或者提前进行换届选举，应当报上级党组织批准。延长或者提前期限一般不超过1年。',
      limitLabel: '任期届满后延期1年之日',
      source: { regulation: ELECTION, articles: '第三条' },
    },
    ...term('next-term', 'next-term-end', 'election'),
  ],
};

/** `limit('b', '>=', 'a', 1, 'months')`: b 不早于 a 后1个月; a negative amount counts before. */
export function limit(
  step: string,
  relation: '>=' | '<=',
  anchor: string,
  amount = 0,
  unit: Unit = 'days',
): Constraint {
  return {
    id: `${step}-${relation === '>=' ? 'after' : 'by'}-${anchor}`,
    step,
    relation: relation === '>=' ? 'noEarlierThan' : 'noLaterThan',
    anchor,
    direction: amount < 0 ? 'before' : 'after',
    offset: { amount: Math.abs(amount), unit },
    strength: 'strict',
    rule: '规定',
    ...(amount === 0 ? {} : { limitLabel: '期满之日' }),
    source: { practice: '通行做法' },
  };
}
