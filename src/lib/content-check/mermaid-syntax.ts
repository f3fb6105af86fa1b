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

let parser: Promise<(text: string) => Promise<unknown>> | undefined;

async function loadParser() {
  const g = globalThis as unknown as { window?: unknown; document?: unknown };
  if (!g.window) {
    const { Window } = await import('happy-dom');
    const win = new Window();
    g.window = win;
    g.document = win.document;
  }
  const { default: mermaid } = await import('mermaid');
  return (text: string) => mermaid.parse(text);
}

interface MermaidParseError extends Error {
  hash?: { loc?: { first_line?: number } };
}

export async function checkMermaidSyntax(fences: readonly FenceToCheck[]): Promise<Problem[]> {
  if (!fences.length) return [];
  parser ??= loadParser();
  const parse = await parser;
  const problems: Problem[] = [];
  for (const fence of fences) {
    try {
      await parse(fence.source);
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
