/**
 * The content check's problems as the dev server shows them: one line each in the terminal, and Astro's error
 * overlay in the browser (the payload Astro's own dev errors use), so an editor previewing a page sees the same
 * Chinese `path:line 字段: 问题 — 怎么改` as `npm run check` gives, never a stack trace.
 */
import { escapeHtml } from '../html.ts';
import { formatProblem, type Problem } from '../content-source/problem.ts';

/** The summary line, as `npm run check` words it. */
export function problemSummary(problems: Problem[]): string {
  const files = new Set(problems.map((p) => p.file)).size;
  return `内容检查发现 ${problems.length} 个问题，涉及 ${files} 个文件`;
}

export interface OverlayPayload {
  __isEnhancedAstroErrorPayload: true;
  type: 'error';
  err: {
    name: string;
    title: string;
    message: string;
    hint: string;
    stack: string;
    loc: { file: string; line: number; column: number };
    plugin: string;
  };
}

/**
 * Astro's overlay renders `message` and `hint` as HTML and shows `loc` as the file to open. The first problem is
 * the located one; the message lists them all.
 */
export function overlayPayload(problems: Problem[], root: string): OverlayPayload {
  const first = problems[0]!;
  const items = problems.map((p) => `<li>${escapeHtml(formatProblem(p))}</li>`).join('');
  return {
    __isEnhancedAstroErrorPayload: true,
    type: 'error',
    err: {
      name: '内容检查',
      title: problemSummary(problems),
      message: `${escapeHtml(problemSummary(problems))}：<ul>${items}</ul>`,
      hint: '按提示改好文件并保存，页面会自动重新检查；改完后也可以运行 npm run check 核对。',
      // Astro's overlay always shows a stack section; say plainly that there is none to read.
      stack: '这是内容检查发现的问题，不是程序错误，没有需要查看的程序调用栈。',
      loc: { file: `${root.replace(/\/$/, '')}/${first.file}`, line: first.line, column: 1 },
      plugin: 'djzy-editor-checks',
    },
  };
}

/**
 * The page the dev server serves instead of any page while the check fails: a page would render from the broken
 * entry and Astro's own English error (with its stack) would cover ours. It loads Vite's client, which receives the
 * overlay above and reloads the page once the files are fixed.
 */
export function problemPage(problems: Problem[], base: string): string {
  const items = problems.map((p) => `<li><code>${escapeHtml(formatProblem(p))}</code></li>`).join('\n');
  return `<!doctype html>
<html lang="zh-CN">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${escapeHtml(problemSummary(problems))}</title></head>
<body style="font: 18px/1.7 system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem">
<h1>${escapeHtml(problemSummary(problems))}</h1>
<ul>
${items}
</ul>
<p>按提示改好文件并保存，页面会自动重新检查并显示。</p>
<script type="module" src="${base}@vite/client"></script>
</body>
</html>
`;
}
