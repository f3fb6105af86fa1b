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
      inText: 提出请示
      template: establish-branch-request
    - id: reply
      label: 基层党委批复
      inText: 研究批复
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

/**
 * The steps against the page's own “工作程序”: each quotes the words that present it, and the tool's order must be
 * the text's (src/lib/timeline/text-order.ts). The fixture's text is “1. **提出请示**…  2. **研究批复**…”.
 */
describe('时间节点 in the order of the page’s 工作程序', () => {
  const at = (line: number, field: string, text: string) => `${PROCEDURE}:${line} ${field}: ${text}`;
  const run = async (edit: (timeline: string) => string) => {
    withTimeline(copy(), edit(TIMELINE));
    return report();
  };

  it('steps listed in the other order than the text’s', async () => {
    const swapped = (t: string) =>
      t.replace(
        /(    - id: request\n(?:      .*\n)+)(    - id: reply\n(?:      .*\n)+)/,
        (_all, request: string, reply: string) => reply + request,
      );
    expect(await run(swapped)).toEqual([
      at(
        19,
        'timeline.steps[1]',
        '节点「报送成立党支部的请示」排在「基层党委批复」之后，但正文“工作程序”先写「报送成立党支部的请示」（“提出请示”）、后写「基层党委批复」（“研究批复”） — 时间推算按正文的先后列出节点：把「报送成立党支部的请示」移到「基层党委批复」之前；正文的先后写错了的，改正正文',
      ),
    ]);
  });

  it('a limit that puts an earlier step of the text after a later one', async () => {
    const reversed = (t: string) =>
      t.replace(
        'step: reply\n      limit: 不早于\n      from: request',
        'step: request\n      limit: 不早于\n      from: reply',
      );
    expect(await run(reversed)).toEqual([
      at(
        24,
        'timeline.limits[0]',
        '时限「reply-after-request」让「报送成立党支部的请示」在「基层党委批复」之后，但正文“工作程序”先写「报送成立党支部的请示」、后写「基层党委批复」 — 核对 step 和 from 是否写反；正文的先后写错了的，改正正文',
      ),
    ]);
  });

  it('a quote the text holds twice, and a step without one', async () => {
    const problems = await run((t) =>
      t.replace('      inText: 提出请示\n', '').replace('inText: 研究批复', 'inText: 请示'),
    );
    expect(problems).toEqual([
      at(
        16,
        'timeline.steps[0]',
        '节点「报送成立党支部的请示」没有写 inText（正文“工作程序”中写这一步的文字），无法核对时间推算的先后与正文一致 — 从本页“工作程序”一节原样复制写这一步的几个字，如 inText: 报机关党委备案后，方可列为发展对象；情形节点（circumstance: true）和由期限推出的日期（如预备期满）可以不写',
      ),
      at(
        21,
        'timeline.steps[1].inText',
        '「请示」在正文“工作程序”一节中出现了2次，不知指的是哪一步 — 多复制前后几个字，使它在“工作程序”一节中只出现一次',
      ),
    ]);
  });

  it('a quote the text no longer holds', async () => {
    expect(await run((t) => t.replace('inText: 研究批复', 'inText: 研究并批复'))).toEqual([
      at(
        22,
        'timeline.steps[1].inText',
        '「研究并批复」在正文“工作程序”一节中找不到 — 从“工作程序”一节原样复制（不带 ** 等标记）；正文改过措辞的，这里一并改',
      ),
    ]);
  });

  it('circumstances and days fixed by a period need no quote', async () => {
    const withMore = (t: string) =>
      t
        .replace(
          '  limits:\n',
          '    - id: away\n      label: 预计撤销\n      circumstance: true\n    - id: due\n      label: 满一年\n  limits:\n',
        )
        .concat(
          [
            '    - id: due-from',
            '      step: due',
            '      limit: 不早于',
            '      from: reply',
            '      offset: 1年后',
            '      strength: 应当',
            '      rule: 满一年。',
            '      limitLabel: 批复满一年之日',
            '      regulation: branch-work-regulation',
            '    - id: due-to',
            '      step: due',
            '      limit: 不晚于',
            '      from: reply',
            '      offset: 1年后',
            '      strength: 应当',
            '      rule: 满一年。',
            '      limitLabel: 批复满一年之日',
            '      regulation: branch-work-regulation',
            '',
          ].join('\n'),
        );
    expect(await run(withMore)).toEqual([]);
  });
});
