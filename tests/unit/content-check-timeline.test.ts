/**
 * A procedure's 时间节点 (frontmatter `timeline`) through the content checker: a valid one passes; each mistake an
 * editor could make is reported at its line, in Chinese, with what to change.
 */
import { describe, expect, it } from 'vitest';
import { fixtureCopyPerTest, type ContentCopy } from '../support/content-fixture.ts';

const PROCEDURE = 'content/guide/organization/establish-branch.mdx';

const TIMELINE = `timeline:
  steps:
    - id: request
      label: 报送成立党支部的请示
      template: establish-branch-request
    - id: reply
      label: 基层党委批复
  limits:
    - id: reply-after-request
      step: reply
      limit: 不早于
      from: request
      offset: 当日
      strength: 应当
      rule: 基层党委收到请示后研究批复。
      regulation: branch-work-regulation
      articles: 第七条
    - id: reply-within-month
      step: reply
      limit: 不晚于
      from: request
      offset: 1个月后
      strength: 一般
      rule: 批复时间一般不超过1个月。
      limitLabel: 收到请示后1个月期满之日
      regulation: branch-work-regulation
      articles: 第七条
`;

const { copy, report } = fixtureCopyPerTest();
const withTimeline = (c: ContentCopy, timeline = TIMELINE) =>
  c.edit(PROCEDURE, 'flowchart: establish-branch', `${timeline}flowchart: establish-branch`);

describe('时间节点 in a procedure', () => {
  it('a valid timeline passes', async () => {
    withTimeline(copy());
    expect(await report()).toEqual([]);
  });

  const cases: [string, string, string][] = [
    ['a limit on a step that does not exist', 'step: reply\n      limit: 不晚于', 'step: answer\n      limit: 不晚于'],
    ['an offset written in words', 'offset: 1个月后', 'offset: 一个月后'],
    ['no source', '      regulation: branch-work-regulation\n      articles: 第七条\n`', '`'],
    [
      'a source that is not in the catalogue',
      'regulation: branch-work-regulation\n      articles: 第七条\n`',
      'regulation: branch-rules\n      articles: 第七条\n`',
    ],
    ['a period without the name of its date', '      limitLabel: 收到请示后1个月期满之日\n', ''],
    [
      'limits that contradict each other',
      'offset: 当日\n      strength: 应当',
      'offset: 2个月后\n      strength: 应当\n      limitLabel: 收到请示后2个月之日',
    ],
    ['two steps with one id', 'id: reply\n      label', 'id: request\n      label'],
  ];

  it.each(cases)('%s', async (_name, from, to) => {
    const c = copy();
    withTimeline(c, TIMELINE.replace(from.replace(/`$/, ''), to.replace(/`$/, '')));
    const problems = await report();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.startsWith(`${PROCEDURE}:`))).toBe(true);
    expect(problems).toMatchSnapshot();
  });
});
