/**
 * The HTML a diagram becomes on a page: the cached SVG inline in a scrollable, focusable region with a link to
 * the full-size file, or, when the cache misses, the source waiting for the local client-side renderer.
 */
import { withBase } from '../urls.ts';
import { escapeHtml } from '../html.ts';
import { routes } from '../routes.ts';

import type { Diagram } from './diagram.ts';


/** Links drawn into a diagram (`click … href "/templates/…/"`) are cached base-less; give them the base. */
export function prefixSvgLinks(svg: string, base: string): string {
  return svg.replace(/(\s(?:xlink:)?href=")(\/[^"]*)"/g, (_m, start: string, url: string) => `${start}${withBase(url, base)}"`);
}

export function diagramFigureHtml({ key, source, svg }: Diagram, base: string): string {
  if (!svg) {
    return (
      `<figure class="diagram diagram-pending" data-diagram="${key}" data-pagefind-ignore>` +
      `<pre class="diagram-source">${escapeHtml(source)}</pre>` +
      `<figcaption class="small muted">流程图尚未预先生成，正在浏览器中绘制；如未显示，以上为流程图的文字源码。</figcaption>` +
      `</figure>`
    );
  }
  return (
    `<figure class="diagram" data-diagram="${key}" data-pagefind-ignore>` +
    `<div class="diagram-scroll" tabindex="0" role="region" aria-label="流程图（可滚动查看）">${prefixSvgLinks(svg, base)}</div>` +
    `<figcaption class="small no-print"><a href="${withBase(routes.diagramFile(key), base)}">查看原尺寸流程图</a></figcaption>` +
    `</figure>`
  );
}
