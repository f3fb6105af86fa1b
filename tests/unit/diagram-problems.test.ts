/**
 * The render step's own failures are the editor's problems at the chart's fence, in Chinese: svgo refusing what
 * mermaid drew, and style attributes the CSP would block.
 */
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/lib/content-source/problem.ts';
import { DiagramProblem, optimiseSvg, refuseUnprintable } from '../../src/lib/diagrams/optimise.ts';

const AT = { file: 'content/flowcharts/establish-branch.mdx', line: 9 };

const problemOf = (raw: string) => {
  try {
    optimiseSvg(raw, AT);
  } catch (error) {
    if (error instanceof DiagramProblem) return formatProblem(error.problem);
    throw error;
  }
  return undefined;
};

describe('the render step', () => {
  it('keeps a well-formed chart, sized from its viewBox', () => {
    const svg = optimiseSvg(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 120 40"><title>图</title><rect width="10" height="10"/></svg>',
      AT,
    );
    expect(svg).toMatch(/^<svg[^>]* width="120" height="40"/);
  });

  it('reports SVG that svgo cannot parse at the fence', () => {
    expect(problemOf('<svg xmlns="http://www.w3.org/2000/svg"><g><text>a &nbsp; b</text></svg>')).toMatch(
      /^content\/flowcharts\/establish-branch\.mdx:9 正文: 流程图生成的图形无法优化（svgo：.+） — 检查这张图/,
    );
  });

  it('reports style attributes the CSP would refuse', () => {
    expect(
      problemOf(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><foreignObject><div style="max-width:10px">a</div></foreignObject></svg>',
      ),
    ).toMatch(/^content\/flowcharts\/establish-branch\.mdx:9 正文: 流程图生成的图形含有 style 属性/);
  });

  it('refuses a chart too wide to print at 8 pt even on a landscape page, at its fence', () => {
    const wide = '<svg viewBox="0 0 2000 600"><g/></svg>';
    let problem: DiagramProblem | undefined;
    try {
      refuseUnprintable(wide, AT);
    } catch (error) {
      problem = error as DiagramProblem;
    }
    expect(problem).toBeInstanceOf(DiagramProblem);
    expect(formatProblem(problem!.problem)).toMatch(
      /^content\/flowcharts\/establish-branch\.mdx:9 正文: 流程图太宽（2000 像素），横向A4纸上文字只有 [\d.]+ 磅/,
    );
    expect(() => refuseUnprintable('<svg viewBox="0 0 1200 600"><g/></svg>', AT)).not.toThrow();
  });
});
