/**
 * A flowchart's text version says everything the chart says: the wording on small charts, locked, and the site's
 * reading of a chart comparing two graphs. Chart by chart over content/ and against Mermaid's own parser, the same is
 * held in tests/build/flowchart-mermaid.test.ts (it loads Mermaid in a simulated DOM, the slowest import of all).
 */
import { describe, expect, it } from 'vitest';
import { graphDifferences, parseFlowchart, readFlowchart } from '../../src/lib/flowchart-graph.ts';
import { flowchartLines, flowchartText } from '../../src/lib/flowchart-text.ts';

const textOf = (source: string) => flowchartLines(flowchartText(readFlowchart(source)));

const chart = (...lines: string[]) => ['flowchart TD', '  accTitle: 图', ...lines.map((l) => `  ${l}`)].join('\n');

describe('the wording', () => {
  it('says a decision’s answers and where each leads, a loop as going back', () => {
    expect(
      textOf(
        chart(
          'S1["酝酿推荐"] --> D1{"差额是否不少于<br/>20%？"}',
          'D1 -->|"否，补足候选人"| S1',
          'D1 -->|"是"| S2["报审候选人"]',
        ),
      ),
    ).toEqual([
      '第1步 酝酿推荐',
      '第2步 判断：差额是否不少于 20%？',
      '  按判断结果：',
      '    · 否，补足候选人 → 回到第1步 酝酿推荐',
      '    · 是 → 第3步 报审候选人',
      '第3步 报审候选人',
      '  流程到此结束。',
    ]);
  });

  it('leaves unsaid only a plain arrow to the next step; says words, jumps and joins further up', () => {
    expect(
      textOf(
        chart(
          'A["递交申请"] -->|"1个月内"| B["谈话"]',
          'B --> C["培养"]',
          'C --> E["归档"]',
          'D["另行处理"] --> C',
          'E --> F["存档"]',
        ),
      ),
    ).toEqual([
      '第1步 递交申请',
      '  下一步：1个月内 → 第2步 谈话',
      '第2步 谈话',
      '第3步 培养',
      '第4步 归档',
      '  下一步：第6步 存档',
      '第5步 另行处理',
      '  这是另一种情况，从这一步开始，不接在上一步之后。',
      '  下一步：转到第3步 培养',
      '第6步 存档',
      '  流程到此结束。',
    ]);
  });

  it('says groups with their range, arrows to and from a group, and where a group stops', () => {
    expect(
      textOf(
        chart(
          'P0["年初计划"]',
          'subgraph G1["召开会议"]',
          '  M1["签到"] --> D1{"是否过半数？"}',
          '  D1 -->|"否"| X0["不得开会"]',
          '  D1 -->|"是"| M2["表决"]',
          'end',
          'P0 -->|"每季度1次"| G1',
          'G1 -->|"会后"| S9["归档"]',
        ),
      ),
    ).toEqual([
      '第1步 年初计划',
      '  下一步：每季度1次 → 第2步至第5步 召开会议',
      '召开会议（第2步至第5步）',
      '  第2步 签到',
      '  第3步 判断：是否过半数？',
      '    按判断结果：',
      '      · 否 → 第4步 不得开会',
      '      · 是 → 第5步 表决',
      '  第4步 不得开会',
      '    “召开会议”到此为止。',
      '  第5步 表决',
      '“召开会议”各步完成后，下一步：会后 → 第6步 归档',
      '第6步 归档',
      '  流程到此结束。',
    ]);
  });

  it('says dotted arrows as special cases, the usual way first, without repeating “特殊情况”', () => {
    expect(
      textOf(
        chart(
          'S3["按月收缴"] -.->|"特殊情况 经同意"| Q1["按季度交纳"]',
          'S3 -.->|"党员自愿"| S9["自愿多交"]',
          'S3 --> S4["登记"]',
          'Q1 -.-> S4',
          'S9 -.->|"当月"| S4',
        ),
      ),
    ).toEqual([
      '第1步 按月收缴',
      '  下一步：',
      '    · 第4步 登记',
      '    · 特殊情况 经同意 → 第2步 按季度交纳',
      '    · 特殊情况：党员自愿 → 第3步 自愿多交',
      '第2步 按季度交纳',
      '  下一步（特殊情况）：第4步 登记',
      '第3步 自愿多交',
      '  下一步（特殊情况）：当月 → 第4步 登记',
      '第4步 登记',
      '  流程到此结束。',
    ]);
  });

  it('names the template a step links to, by the site’s own name for it when given', () => {
    const source = chart(
      'S1["报送请示"] --> S2["上级批复"]',
      'click S1 href "/templates/branch-election-request/" "模板5：换届选举的请示"',
      'click S2 href "/guide/organization/branch-election/"',
    );
    expect(textOf(source)).toEqual([
      '第1步 报送请示',
      '  所用文书：模板5：换届选举的请示',
      '第2步 上级批复',
      '  所用文书：详见',
      '  流程到此结束。',
    ]);
    const named = flowchartText(readFlowchart(source), (href) =>
      href === '/templates/branch-election-request/' ? '模板5：关于召开党员大会进行换届选举的请示' : undefined,
    );
    expect(named[0]).toMatchObject({
      link: { href: '/templates/branch-election-request/', text: '模板5：关于召开党员大会进行换届选举的请示' },
    });
  });
});

describe('the site’s reading of a chart', () => {
  it('knows a difference when it sees one', () => {
    const a = parseFlowchart(chart('A["甲"] -->|"是"| B["乙"]'));
    const b = parseFlowchart(chart('A["甲"] -.->|"否"| B["乙"]'));
    expect(graphDifferences(a, b)).toEqual([
      '连线 A → B（「否」），虚线：图中有，文字步骤中没有',
      '连线 A → B（「是」）：文字步骤中有，图中没有',
    ]);
  });
});
