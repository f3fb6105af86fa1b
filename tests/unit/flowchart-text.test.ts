/**
 * A flowchart's text version says everything the chart says: chart by chart, every box and every arrow of the graph
 * as Mermaid's own parser reads it is found in the text's lines (the words the page shows); the wording on small
 * charts, locked; and the site's reading of a chart held against Mermaid's on the syntax editors may write.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkMermaidSyntax, mermaidFlowGraph } from '../../src/lib/content-check/mermaid-syntax.ts';
import { mermaidFences } from '../../src/lib/diagrams/sources.ts';
import { graphDifferences, parseFlowchart, readFlowchart, type FlowGraph } from '../../src/lib/flowchart-graph.ts';
import { flowchartLines, flowchartText } from '../../src/lib/flowchart-text.ts';
import { SEED_COUNTS } from '../../src/schemas/seed-facts.ts';
import { ROOT } from '../support/builds.ts';

const DIR = join(ROOT, 'content/flowcharts');
const charts = readdirSync(DIR)
  .filter((f) => f.endsWith('.mdx'))
  .sort()
  .map((file) => ({ file, source: mermaidFences(readFileSync(join(DIR, file), 'utf8'))[0]!.source }));

const textOf = (source: string) => flowchartLines(flowchartText(readFlowchart(source)));

/**
 * What the lines say, read back from the words alone: each step's number and name, each group's range, and the
 * lines under each (its block), to find the arrows in.
 */
function readLines(lines: string[]) {
  const steps: { number: number; name: string; block: string[] }[] = [];
  const groups = new Map<string, { first: number; last: number; exit: string[] }>();
  let current: string[] = [];
  let depth = 0;
  let openGroup: { exit: string[]; depth: number } | undefined;
  for (const line of lines) {
    const indent = line.length - line.trimStart().length;
    const text = line.trim();
    const step = /^第(\d+)步 (.+)$/.exec(text);
    const group = /^(.+)（第(\d+)步(?:至第(\d+)步)?）$/.exec(text);
    if (step) {
      current = [];
      steps.push({ number: Number(step[1]), name: step[2]!, block: current });
      depth = indent;
    } else if (group) {
      const exit: string[] = [];
      groups.set(group[1]!, { first: Number(group[2]), last: Number(group[3] ?? group[2]), exit });
      openGroup = { exit, depth: indent };
      current = [];
    } else if (openGroup && indent <= openGroup.depth && /各步完成后/.test(text)) {
      current = openGroup.exit;
      current.push(text);
    } else {
      if (indent <= depth && current !== openGroup?.exit) current = [];
      current.push(text);
    }
  }
  return { steps, groups };
}

const nameOf = (n: { label: string; decision: boolean }) => (n.decision ? `判断：${n.label}` : n.label);

/** Every box and arrow of Mermaid's graph in the text lines; returns what is missing, in words. */
function missingFromText(graph: FlowGraph, lines: string[]): string[] {
  const { steps, groups } = readLines(lines);
  const missing: string[] = [];
  const numbers = new Map<string, { first: number; last: number; ref: string; block: string[] }>();
  // Boxes of the same name (两次“报上级党委备案”) are matched in the order they come.
  const unmatched = [...steps];
  for (const node of graph.nodes) {
    const at = unmatched.findIndex((s) => s.name === nameOf(node));
    if (at < 0) {
      missing.push(`方框「${node.label}」`);
      continue;
    }
    const [step] = unmatched.splice(at, 1);
    const { number, block } = step!;
    numbers.set(node.id, { first: number, last: number, ref: `第${number}步 ${nameOf(node)}`, block });
    if (node.href) {
      const link = block.find((l) => l.startsWith('所用文书：'));
      if (link !== `所用文书：${node.linkTitle}`) missing.push(`「${node.label}」的文书链接「${node.linkTitle}」`);
    }
  }
  for (const g of graph.groups) {
    const group = groups.get(g.title);
    if (!group) missing.push(`分组「${g.title}」`);
    else {
      const ref = `第${group.first}步至第${group.last}步 ${g.title}`;
      numbers.set(g.id, { first: group.first, last: group.last, ref, block: group.exit });
    }
  }
  for (const edge of graph.edges.filter((e) => e.stroke !== 'invisible')) {
    const from = numbers.get(edge.from);
    const to = numbers.get(edge.to);
    if (!from || !to) continue;
    const block = from.block;
    const said = block.some(
      (line) =>
        new RegExp(`(^|：|· )${edge.label ? `${escape(edge.label)} → ` : ''}(回到|转到)?${escape(to.ref)}$`).test(
          line,
        ) &&
        (edge.stroke !== 'dotted' || /特殊/.test(line) || block.some((l) => /（特殊情况）：/.test(l))),
    );
    // The one plain arrow to the very next step goes unsaid: then the step says nothing else of where it goes.
    const byOrder =
      !edge.label &&
      edge.stroke !== 'dotted' &&
      to.first === from.last + 1 &&
      graph.edges.filter((e) => e.from === edge.from).length === 1 &&
      !block.some((l) => /下一步|按判断结果|到此结束|到此为止/.test(l));
    if (!said && !byOrder) {
      missing.push(`连线 ${edge.from} →${edge.label ? `「${edge.label}」→` : ''} ${edge.to}`);
    }
  }
  if (unmatched.length) missing.push(...unmatched.map((s) => `多出的步骤「${s.name}」`));
  return missing;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('the text version of each flowchart in content/', () => {
  it('covers every chart', () => {
    expect(charts).toHaveLength(SEED_COUNTS.flowcharts.count);
  });

  it.each(charts)('$file: every box and every arrow Mermaid reads is in the text', async ({ source }) => {
    const graph = (await mermaidFlowGraph(source))!;
    expect(graph.nodes.length).toBeGreaterThan(10);
    const lines = textOf(source);
    expect(missingFromText(graph, lines)).toEqual([]);
    // The steps are numbered 1…n, one per box.
    const numbers = lines.flatMap((l) => /^\s*第(\d+)步 /.exec(l)?.[1] ?? []).map(Number);
    expect(numbers).toEqual(graph.nodes.map((_, i) => i + 1));
  });

  it.each(charts)('$file: the site reads the chart as Mermaid does', async ({ source }) => {
    expect(graphDifferences(parseFlowchart(source), (await mermaidFlowGraph(source))!)).toEqual([]);
  });

  it('finds a dropped arrow (the test can fail)', async () => {
    const { source } = charts.find((c) => c.file === 'branch-election.mdx')!;
    const graph = (await mermaidFlowGraph(source))!;
    const lines = textOf(source).filter((l) => !l.includes('否，补足候选人'));
    expect(missingFromText(graph, lines)).toEqual(['连线 D1 →「否，补足候选人」→ S5']);
    const unsaidNext = textOf(source).filter((l) => !l.includes('按期换届'));
    expect(missingFromText(graph, unsaidNext)).toEqual(['连线 S1 →「按期换届」→ S2']);
  });
});

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

describe('the site’s reading of Mermaid syntax', () => {
  const cases: [string, string][] = [
    ['shapes, bare labels, & and ;', 'A[开始] & B("圆角") --> C{{"六边形"}}; C --> D((圆)) --> E[/"平行"/]'],
    [
      'words inside arrows',
      'A["甲"] -- 一个月内 --> B["乙"]\n  B -. 特殊 .-> C["丙"]\n  C == 重要 ==> A\n  A --- D["丁"]',
    ],
    ['longer arrows and piped bare words', 'A["甲"] --->|三天内| B["乙"]\n  B -..-> C["丙"]\n  C ~~~ A'],
    [
      'nested and titled subgraphs',
      'subgraph O["外层"]\n    A["甲"]\n    subgraph I["内层"]\n      B["乙"] --> C["丙"]\n    end\n  end\n  subgraph 无编号 分组\n    D["丁"]\n  end\n  subgraph "引号标题"\n    E["戊"]\n  end\n  A --> I\n  O --> D',
    ],
    [
      'a box listed in two subgraphs goes to the first to close',
      'subgraph S1["一"]\n    A1["甲"] --> A2["乙"]\n  end\n  subgraph S2["二"]\n    B1{"问？"}\n    A2 --> B1\n  end',
    ],
    [
      'descriptions, comments and links',
      'accDescr {\n    多行\n    描述 A["不是节点"]\n  }\n  %% 注释 B["也不是"]\n  A["甲"] --> B["乙"]\n  click A href "/templates/ballot/" "模板9：选票"\n  click B "/templates/ballot/"',
    ],
  ];
  it.each(cases)('%s', async (_name, body) => {
    const source = chart(body);
    const mermaid = (await mermaidFlowGraph(source))!;
    expect(mermaid.nodes.length).toBeGreaterThan(1);
    expect(graphDifferences(parseFlowchart(source), mermaid)).toEqual([]);
  });

  it('tells the editor, in the check, when the two readings differ', async () => {
    const source = chart('A["甲"] --> B@{ shape: diamond, label: "是否？" }', 'B --> C["丙"]');
    const problems = await checkMermaidSyntax([{ file: 'content/flowcharts/x.mdx', line: 10, source }]);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'content/flowcharts/x.mdx', line: 10, field: '正文' });
    expect(problems[0]!.problem).toMatch(
      /^流程图的文字步骤与图不一致（节点 A：图中是「甲」，文字步骤读成（没有这个节点）；/,
    );
    expect(problems[0]!.fix).toBe(
      '按本站流程图的写法改：方框写成 S1["文字"]，判断写成 D1{"问题？"}，连线写成 S1 --> S2 或 S1 -->|"条件"| S2（虚线 -.->），分组写成 subgraph G1["标题"] … end，每个节点编号只用字母、数字和下划线',
    );
  });

  it('knows a difference when it sees one', () => {
    const a = parseFlowchart(chart('A["甲"] -->|"是"| B["乙"]'));
    const b = parseFlowchart(chart('A["甲"] -.->|"否"| B["乙"]'));
    expect(graphDifferences(a, b)).toEqual([
      '连线 A → B（「否」），虚线：图中有，文字步骤中没有',
      '连线 A → B（「是」）：文字步骤中有，图中没有',
    ]);
  });
});
