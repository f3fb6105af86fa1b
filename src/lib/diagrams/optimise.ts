/**
 * Mermaid's SVG made ready for the cache: optimised by svgo, sized and named (svg.ts), and free of style
 * attributes. A chart that cannot be made ready is the editor's problem, reported at its fence.
 */
import { optimize, type Config } from 'svgo';
import type { Problem } from '../content-source/problem.ts';
import { printLayout, PRINT_MIN_LABEL_PT, readBands, readViewBox } from './fit.ts';
import { declareXlink, finishSvg, styleAttributes } from './svg.ts';

/** A chart the render step could not draw or optimise, located at the fence that holds it. */
export class DiagramProblem extends Error {
  readonly problem: Problem;
  constructor(at: { file: string; line: number }, problem: string, fix: string) {
    super(problem);
    this.problem = { file: at.file, line: at.line, field: '正文', problem, fix };
  }
}

const SVGO_CONFIG: Config = {
  multipass: false,
  plugins: [
    {
      name: 'preset-default',
      // Keep <style> (inlining it would need style attributes, which the CSP forbids), ids (title/desc and markers
      // are referenced by id), <desc> (the accessible description) and shapes as they are (mermaid's CSS selects
      // `.node rect`, `.cluster rect`: a rect turned into a path would lose its fill).
      params: { overrides: { inlineStyles: false, cleanupIds: false, removeDesc: false, convertShapeToPath: false } },
    },
    'convertStyleToAttrs',
  ],
};

/** The cached form of one rendered chart; throws DiagramProblem for a chart that cannot be cached. */
export function optimiseSvg(raw: string, at: { file: string; line: number }): string {
  let svg: string;
  try {
    svg = finishSvg(optimize(declareXlink(raw), SVGO_CONFIG).data);
  } catch (error) {
    throw new DiagramProblem(
      at,
      `流程图生成的图形无法优化（svgo：${(error as Error).message.split('\n')[0]}）`,
      '检查这张图节点和连线文字中的特殊符号（& < > 和 #…; 写法），改成普通文字后重新构建',
    );
  }
  const leftover = styleAttributes(svg);
  if (leftover.length) {
    throw new DiagramProblem(at, `流程图生成的图形含有 style 属性（${leftover[0]}），内容安全策略不允许`, '删除图中的样式写法（style、classDef 等）：颜色由站点统一设置');
  }
  return svg;
}

/** A chart too wide for a landscape A4 page at 8 pt labels is refused: shrinking it would make it unreadable. */
export function refuseUnprintable(svg: string, at: { file: string; line: number }): void {
  const box = readViewBox(svg);
  if (!box) return;
  const print = printLayout(box, readBands(svg));
  if (print.labelPt < PRINT_MIN_LABEL_PT) {
    throw new DiagramProblem(
      at,
      `流程图太宽（${Math.round(box.width)} 像素），横向A4纸上文字只有 ${print.labelPt} 磅，打印后看不清`,
      '把并列的分支改为上下排列（flowchart TD 中少放几个并列节点），或把这张图拆成两张',
    );
  }
}
