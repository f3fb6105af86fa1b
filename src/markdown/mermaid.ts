/**
 * Sätteri MDAST plugin: a ```mermaid fence becomes its pre-rendered SVG from the committed cache (cache/diagrams/), so
 * pages show diagrams instantly, print them, and need no JavaScript. On a cache miss the source is left for the
 * local client-side fallback with a warning; under CI=true a miss stops the build.
 */
import { defineMdastPlugin } from 'satteri';
import { diagramOf } from '../lib/diagrams/diagram.ts';
import { diagramFigureHtml } from '../lib/diagrams/figure.ts';
import { FOLDERS } from '../lib/paths.ts';

export function mermaidPlugin(base: string) {
  return defineMdastPlugin({
    name: 'djzy-mermaid',
    code(node, ctx) {
      if (node.lang !== 'mermaid') return;
      const diagram = diagramOf(node.value);
      if (!diagram.svg) {
        const where = ctx.fileURL ? ctx.fileURL.pathname : '（未知文件）';
        const message = `流程图没有预先生成的缓存（${where}）— 运行 npm run diagrams 并提交 ${FOLDERS.diagramCache}/ 中的新文件`;
        if (process.env.CI === 'true') throw new Error(message);
        console.warn(`警告：${message}；页面将在浏览器中临时绘制。`);
      }
      // Spliced in as HTML; in MDX it is parsed into JSX, so braces in mermaid's CSS must stay text.
      ctx.replaceNode(node, { raw: diagramFigureHtml(diagram, base), mdxExpressions: false });
    },
  });
}
