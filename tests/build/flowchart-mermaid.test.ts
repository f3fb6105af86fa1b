/**
 * A flowchart's text version says everything the chart says, chart by chart: every box and every arrow of the graph
 * as Mermaid's own parser reads it is found in the text's lines (the words the page shows); and the site's reading of
 * a chart held against Mermaid's on the syntax editors may write. The wording itself is locked in
 * tests/unit/flowchart-text.test.ts.
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
});
