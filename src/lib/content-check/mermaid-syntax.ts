/**
 * Mermaid syntax check without a browser: mermaid's own parser, given a minimal DOM (happy-dom) because it
 * sanitises labels with DOMPurify. Errors are located at the file line of the offending diagram line.
 */
import { msg } from '../../schemas/fields.ts';
import type { Problem } from './problem.ts';

export interface FenceToCheck {
  file: string;
  /** File line of the opening ``` fence. */
  line: number;
  source: string;
}

let parser: Promise<(text: string) => Promise<{ nodes: number; edges: number }>> | undefined;

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
    };
  };
}

interface FlowDb {
  getVertices(): Map<string, unknown>;
  getEdges(): unknown[];
}

/** What mermaid refuses to draw (its defaults, which the site's rendering configuration keeps). */
export const MERMAID_LIMITS = { textSize: 50_000, edges: 500 } as const;
/**
 * The site's own limit on boxes: the largest chart has about 30, and past this many no chart can be read on a page
 * or printed on A4 (mermaid itself has no node limit; the render step would just take minutes).
 */
export const MAX_CHART_NODES = 120;

interface MermaidParseError extends Error {
  hash?: { loc?: { first_line?: number } };
}

export async function checkMermaidSyntax(fences: readonly FenceToCheck[]): Promise<Problem[]> {
  if (!fences.length) return [];
  parser ??= loadParser();
  const parse = await parser;
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
    try {
      const { nodes, edges } = await parse(fence.source);
      if (edges > MERMAID_LIMITS.edges) {
        limit(
          `流程图有 ${edges} 条连线，超过 Mermaid 的上限 ${MERMAID_LIMITS.edges} 条（多 ${edges - MERMAID_LIMITS.edges} 条）`,
          '把图按阶段拆成几张流程图，每张只画一个阶段',
        );
      }
      if (nodes > MAX_CHART_NODES) {
        limit(
          `流程图有 ${nodes} 个节点，超过本站上限 ${MAX_CHART_NODES} 个（多 ${nodes - MAX_CHART_NODES} 个）`,
          '这么多方框在页面上和 A4 纸上都无法看清：把图按阶段拆成几张流程图',
        );
      }
    } catch (error) {
      const e = error as MermaidParseError;
      const diagramLine = e.hash?.loc?.first_line ?? 1;
      const text = fence.source.split('\n')[diagramLine - 1]?.trim() ?? '';
      const [problem, fix] = msg(
        `流程图语法错误${text ? `：「${text}」` : ''}`,
        '检查这一行：节点文字放在英文双引号里，如 S1["递交入党申请书"]；方括号、花括号成对；连线写成 S1 --> S2 或 S1 -->|"1个月内"| S2',
      ).split(' — ');
      problems.push({ file: fence.file, line: fence.line + diagramLine, field: '正文', problem: problem!, fix: fix! });
    }
  }
  return problems;
}
