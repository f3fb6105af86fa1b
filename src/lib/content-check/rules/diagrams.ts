/**
 * Flowcharts hold exactly one diagram, drawn with the site's one rendering configuration (no front matter config,
 * no %%{init}%% directives, no styles of their own), with no interaction but links to site pages, and named for
 * screen readers.
 */
import { readLinkTarget } from '../../link-target.ts';
import { checkMermaidSyntax } from '../mermaid-syntax.ts';
import { routeOf } from '../mdx-check.ts';
import type { Problem } from '../../content-source/problem.ts';
import type { RuleInput } from './input.ts';

export function mermaidRule({ mdxFacts, knownRoutes }: RuleInput): Problem[] {
  const problems: Problem[] = [];
  for (const [e, facts] of mdxFacts) {
    if (e.def.name === 'flowcharts' && facts.mermaid.length !== 1) {
      problems.push({
        file: e.file,
        line: facts.mermaid[1]?.line ?? 1,
        field: '正文',
        problem: `流程图文件应有且只有 1 个 \`\`\`mermaid 代码块，现在有 ${facts.mermaid.length} 个`,
        fix: facts.mermaid.length ? '把多余的图拆成单独的流程图文件' : '在正文中加入 ```mermaid 代码块',
      });
    }
    for (const chart of facts.mermaid) {
      const at = (i: number, problem: string, fix: string): Problem => ({
        file: e.file,
        line: chart.line + 1 + i,
        field: '正文',
        problem,
        fix,
      });
      // One rendering configuration for every chart: a chart may not bring its own.
      if (/^\s*---\s*$/.test(chart.source.split('\n')[0] ?? '')) {
        problems.push(
          at(0, '流程图不能在开头自带配置（--- config: … ---）', '删除开头的配置段：全站流程图统一使用站点的绘制配置'),
        );
      }
      chart.source.split('\n').forEach((text, i) => {
        if (/^\s*%%\s*\{/.test(text)) {
          problems.push(at(i, '流程图不能自带绘制指令（%%{init: …}%%）', '删除这一行：颜色、字体和布局由站点统一设置'));
        }
        // Styles would come out as style attributes, which the CSP refuses, and break the site's one palette.
        if (/^\s*(style|classDef|linkStyle|class)\s/.test(text) || /:::/.test(text)) {
          problems.push(
            at(
              i,
              '流程图不能自带样式（style、classDef、linkStyle、class、:::）',
              '删除这一行的样式写法：颜色和线条由站点统一设置',
            ),
          );
        }
        const click = /^\s*click\s+\S+\s+(\S+)/.exec(text);
        if (click && click[1] !== 'href') {
          problems.push(
            at(
              i,
              '流程图中的 click 只能链接站内页面',
              '写成 click 节点编号 href "/templates/模板编号/"，不能调用脚本（call/callback）',
            ),
          );
        }
        const href = /^\s*click\s+\S+\s+href\s+"([^"]*)"/.exec(text)?.[1];
        const target = href === undefined ? undefined : readLinkTarget(href);
        if (target?.kind === 'refused') {
          problems.push(
            at(
              i,
              `流程图中的链接不允许以 ${target.scheme}: 开头：${href}`,
              '只能链接站内页面，写成以 / 开头、以 / 结尾的地址，如 /templates/establish-branch-request/',
            ),
          );
        } else if (href !== undefined && !(target?.kind === 'site' && knownRoutes.has(routeOf(target.url)))) {
          problems.push(
            at(
              i,
              `流程图中的链接指向不存在的页面：${href}`,
              '只能链接站内页面，写成以 / 开头、以 / 结尾的地址，如 /templates/establish-branch-request/',
            ),
          );
        }
      });
      for (const key of ['accTitle', 'accDescr'] as const) {
        if (!new RegExp(`^\\s*${key}\\s*[:{]`, 'm').test(chart.source)) {
          problems.push({
            file: e.file,
            line: chart.line,
            field: '正文',
            problem: `流程图缺少 ${key}`,
            fix:
              key === 'accTitle'
                ? '在 flowchart TD 的下一行写 accTitle: 图名'
                : '写 accDescr: 一句话描述这张图，供读屏软件朗读',
          });
        }
      }
    }
  }
  return problems;
}

/** Every diagram parsed as Mermaid parses it: what the site would fail to draw, or draw other than its text says. */
export function mermaidSyntaxRule({ mdxFacts, memo }: RuleInput): Promise<Problem[]> {
  return checkMermaidSyntax(
    [...mdxFacts].flatMap(([e, facts]) => facts.mermaid.map((m) => ({ file: e.file, ...m }))),
    memo?.table('mermaid'),
  );
}
