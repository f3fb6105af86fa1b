/**
 * Mermaid syntax check without a browser: mermaid's own parser, given a minimal DOM (happy-dom) because it
 * sanitises labels with DOMPurify. Errors are located at the file line of the offending diagram line.
 */
import { msg } from '../../schemas/fields.ts';
import { cleanLabel, graphDifferences, readFlowchart, type EdgeStroke, type FlowGraph } from '../flowchart-graph.ts';
import type { Problem } from '../content-source/problem.ts';

export interface FenceToCheck {
  file: string;
  /** File line of the opening ``` fence. */
  line: number;
  source: string;
}

interface Parsed {
  nodes: number;
  edges: number;
  /** The flowchart as Mermaid reads it; undefined for other kinds of diagram. */
  graph: FlowGraph | undefined;
}

let parser: Promise<(text: string) => Promise<Parsed>> | undefined;

async function loadParser() {
  const g = globalThis as unknown as { window?: unknown; document?: unknown };
  if (!g.window) {
    const { Window } = await import('happy-dom');
    const win = new Window();
    g.window = win;
    g.document = win.document;
  }
  const { default: mermaid } = await import('mermaid');
  // The checker counts the edges itself, so a chart over the renderer's limit is told how far over it is (mermaid
  // would stop at the limit with an English message and no line).
  mermaid.initialize({ startOnLoad: false, maxEdges: 1_000_000 });
  await mermaid.parse('flowchart TD\n  A --> B'); // registers the diagram types getDiagramFromText needs
  return async (text: string) => {
    const diagram = (await mermaid.mermaidAPI.getDiagramFromText(text)) as { db: Partial<FlowDb> };
    return {
      nodes: diagram.db.getVertices?.().size ?? 0,
      edges: diagram.db.getEdges?.().length ?? 0,
      graph: flowGraphOf(diagram.db),
    };
  };
}

interface FlowDb {
  getVertices(): Map<string, { text?: string; type?: string; link?: string }>;
  getEdges(): { start: string; end: string; text?: string; stroke?: string }[];
  getSubGraphs(): { id: string; title: string; nodes: string[] }[];
  getTooltip(id: string): string | undefined;
}

/** Mermaid's flowchart database in the shape flowchart-graph.ts reads a chart into, to compare the two. */
function flowGraphOf(db: Partial<FlowDb>): FlowGraph | undefined {
  if (!db.getVertices || !db.getEdges || !db.getSubGraphs) return undefined;
  const subgraphs = db.getSubGraphs();
  const ownerOf = (id: string) => subgraphs.find((s) => s.nodes.includes(id))?.id;
  const groupIds = new Set(subgraphs.map((s) => s.id));
  return {
    nodes: [...db.getVertices()]
      .filter(([id]) => !groupIds.has(id))
      .map(([id, v]) => {
        const group = ownerOf(id);
        const title = db.getTooltip?.(id);
        return {
          id,
          label: cleanLabel(v.text ?? id),
          decision: v.type === 'diamond',
          ...(group ? { group } : {}),
          ...(v.link ? { href: v.link } : {}),
          ...(title ? { linkTitle: cleanLabel(title) } : {}),
        };
      }),
    edges: db.getEdges().map((e) => ({
      from: e.start,
      to: e.end,
      label: cleanLabel(e.text ?? ''),
      stroke: (['thick', 'dotted', 'invisible'].includes(e.stroke ?? '') ? e.stroke : 'normal') as EdgeStroke,
    })),
    groups: subgraphs.map((s) => {
      const parent = ownerOf(s.id);
      return { id: s.id, title: cleanLabel(s.title), ...(parent ? { parent } : {}) };
    }),
  };
}

/** A flowchart as Mermaid's own parser reads it (for tests that hold the site's reading against it). */
export async function mermaidFlowGraph(source: string): Promise<FlowGraph | undefined> {
  parser ??= loadParser();
  return (await (await parser)(source)).graph;
}

/** What mermaid refuses to draw (its defaults, which the site's rendering configuration keeps). */
export const MERMAID_LIMITS = { textSize: 50_000, edges: 500 } as const;
/**
 * The site's own limit on boxes: the largest chart has about 30, and past this many no chart can be read on a page
 * or printed on A4 (mermaid itself has no node limit; the render step would just take minutes).
 */
export const MAX_CHART_NODES = 120;

/** How to write a chart the text version reads as Mermaid does. */
export const TEXT_FIX =
  '按本站流程图的写法改：方框写成 S1["文字"]，判断写成 D1{"问题？"}，连线写成 S1 --> S2 或 S1 -->|"条件"| S2（虚线 -.->），分组写成 subgraph G1["标题"] … end，每个节点编号只用字母、数字和下划线';

interface MermaidParseError extends Error {
  hash?: { loc?: { first_line?: number } };
}

/** What Mermaid's parser made of one diagram's text: its reading, or the diagram line it stopped at. */
type Outcome = Parsed | { failedAt: number };

/** A store of outcomes by diagram text (content-check/check-memo.ts): Mermaid is loaded only for a new text. */
export interface MermaidMemo {
  get(source: string): Outcome | undefined;
  set(source: string, outcome: Outcome): void;
}

async function outcomeOf(source: string, memo: MermaidMemo | undefined): Promise<Outcome> {
  const known = memo?.get(source);
  if (known) return known;
  parser ??= loadParser();
  const parse = await parser;
  let outcome: Outcome;
  try {
    outcome = await parse(source);
  } catch (error) {
    outcome = { failedAt: (error as MermaidParseError).hash?.loc?.first_line ?? 1 };
  }
  memo?.set(source, outcome);
  return outcome;
}

export async function checkMermaidSyntax(fences: readonly FenceToCheck[], memo?: MermaidMemo): Promise<Problem[]> {
  const problems: Problem[] = [];
  for (const fence of fences) {
    const limit = (problem: string, fix: string) =>
      problems.push({ file: fence.file, line: fence.line, field: '正文', problem, fix });
    if (fence.source.length > MERMAID_LIMITS.textSize) {
      limit(
        `流程图源码有 ${fence.source.length} 个字符，超过 Mermaid 的上限 ${MERMAID_LIMITS.textSize} 个（多 ${fence.source.length - MERMAID_LIMITS.textSize} 个）`,
        '一张图画不下这么多内容：把图拆成几张，或把长段文字移到工作程序正文中，图中只留步骤名称',
      );
      continue;
    }
    const outcome = await outcomeOf(fence.source, memo);
    if ('failedAt' in outcome) {
      const text = fence.source.split('\n')[outcome.failedAt - 1]?.trim() ?? '';
      const [problem, fix] = msg(
        `流程图语法错误${text ? `：「${text}」` : ''}`,
        '检查这一行：节点文字放在英文双引号里，如 S1["递交入党申请书"]；方括号、花括号成对；连线写成 S1 --> S2 或 S1 -->|"1个月内"| S2',
      ).split(' — ');
      problems.push({
        file: fence.file,
        line: fence.line + outcome.failedAt,
        field: '正文',
        problem: problem!,
        fix: fix!,
      });
      continue;
    }
    const { nodes, edges, graph } = outcome;
    if (edges > MERMAID_LIMITS.edges) {
      limit(
        `流程图有 ${edges} 条连线，超过 Mermaid 的上限 ${MERMAID_LIMITS.edges} 条（多 ${edges - MERMAID_LIMITS.edges} 条）`,
        '把图按阶段拆成几张流程图，每张只画一个阶段',
      );
    }
    // The page's text version is read from the source by flowchart-graph.ts: it must read what Mermaid draws.
    const differences = graph ? graphDifferences(readFlowchart(fence.source), graph) : [];
    if (differences.length) {
      limit(
        `流程图的文字步骤与图不一致（${differences.slice(0, 3).join('；')}${differences.length > 3 ? `；另有 ${differences.length - 3} 处` : ''}）`,
        TEXT_FIX,
      );
    }
    if (nodes > MAX_CHART_NODES) {
      limit(
        `流程图有 ${nodes} 个节点，超过本站上限 ${MAX_CHART_NODES} 个（多 ${nodes - MAX_CHART_NODES} 个）`,
        '这么多方框在页面上和 A4 纸上都无法看清：把图按阶段拆成几张流程图',
      );
    }
  }
  return problems;
}
