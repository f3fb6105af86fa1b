/**
 * The HTML a diagram becomes on a page. A cached chart is inline SVG in a focusable region that fits the column
 * down to readable labels and scrolls sideways beyond (fit.ts), with its own sizing rules, the same chart as
 * page-high slices for paper, and links to the full-size page and the file. On a cache miss the source waits for
 * the local client-side renderer.
 */
import { withBase } from '../urls.ts';
import { decodeXmlText, escapeHtml } from '../html.ts';
import { routes } from '../routes.ts';
import { cspHash } from '../csp.ts';
import { svgStyleHashes } from './svg.ts';
import { diagramFitCss, printLayout, readBands, readViewBox, type Band, type PrintLayout } from './fit.ts';

import type { Diagram } from './diagram.ts';

/**
 * Links drawn into a diagram (`click … href "/templates/…/"`) are cached base-less; give them the base, and the
 * address they have in the page's text (`link`: a past edition's own pages, src/lib/editions/links.ts).
 */
export function prefixSvgLinks(svg: string, base: string, link: (path: string) => string = (path) => path): string {
  return svg.replace(
    /(\s(?:xlink:)?href=")(\/[^"]*)"/g,
    (_m, start: string, url: string) => `${start}${withBase(link(url), base)}"`,
  );
}

/**
 * The chart's name as text, from the <title> mermaid writes for accTitle: decoded from the SVG's XML, so that the
 * figure's escapeHtml escapes it once (an accTitle of `&lt;b&gt;` shows as written, never as `&amp;lt;b&amp;gt;`).
 */
export function diagramTitle(svg: string): string {
  const title = decodeXmlText(/<title\b[^>]*>([^<]*)<\/title>/.exec(svg)?.[1] ?? '').trim();
  return title || '流程图';
}

export interface DiagramLayout {
  /** The chart's own sizing rules, carried in a <style> inside its SVG (the CSP allows it by hash). */
  css: string;
  print: PrintLayout;
}

/** Sizing for a cached chart; undefined for an SVG without a viewBox (never produced by the render step). */
export function diagramLayout(key: string, svg: string): DiagramLayout | undefined {
  const box = readViewBox(svg);
  if (!box) return undefined;
  const print = printLayout(box, readBands(svg));
  return { css: diagramFitCss(key, box, print), print };
}

/** The CSP hashes of every <style> a chart puts on a page: mermaid's own and its sizing rules. */
export function diagramStyleHashes(key: string, svg: string): `sha256-${string}`[] {
  const layout = diagramLayout(key, svg);
  return [...svgStyleHashes(svg), ...(layout ? [cspHash(layout.css)] : [])];
}

function inlineSvg(
  { key, svg }: { key: string; svg: string },
  base: string,
  layout: DiagramLayout | undefined,
  link?: (path: string) => string,
): string {
  const linked = prefixSvgLinks(svg, base, link);
  return layout ? linked.replace(/^(<svg\b[^>]*>)/, `$1<style>${layout.css}</style>`) : linked;
}

/** Paper: the chart again as slices of the full-size file, each cut between rows of labels and sized for A4. */
function printSlices(key: string, title: string, layout: DiagramLayout, base: string): string {
  const file = withBase(routes.diagramFile(key), base);
  const { slices } = layout.print;
  return (
    `<div class="diagram-print">` +
    slices
      .map((s, i) => {
        const part = slices.length > 1 ? `（${i + 1}/${slices.length}）` : '';
        const view = `svgView(viewBox(${sliceViewBox(layout, s)}))`;
        return (
          `<p class="diagram-slice-title">${escapeHtml(title)}${part}</p>` +
          `<img class="diagram-slice diagram-slice-${i + 1}" src="${file}#${view}" alt="${escapeHtml(title)}${part}">`
        );
      })
      .join('') +
    `</div>`
  );
}

/** A chart printed on landscape pages is marked, so print.css turns its pages and the heading just above it. */
const turned = (layout: DiagramLayout | undefined) => (layout?.print.orientation === 'landscape' ? ' diagram-landscape' : '');

const num = (n: number) => String(Math.round(n * 10) / 10);
function sliceViewBox(layout: DiagramLayout, slice: Band): string {
  return [layout.print.box.x, slice.top, layout.print.box.width, slice.bottom - slice.top].map(num).join(',');
}

/** A chart on a page; `link` gives its drawn links their address in the page's text (see prefixSvgLinks). */
export function diagramFigureHtml(diagram: Diagram, base: string, link?: (path: string) => string): string {
  const { key, source, svg } = diagram;
  if (!svg) {
    return (
      `<figure class="diagram diagram-pending" data-diagram="${key}" data-pagefind-ignore>` +
      `<pre class="diagram-source">${escapeHtml(source)}</pre>` +
      `<figcaption class="small muted">流程图尚未预先生成，正在浏览器中绘制；如未显示，以上为流程图的文字源码。</figcaption>` +
      `</figure>`
    );
  }
  const layout = diagramLayout(key, svg);
  const title = diagramTitle(svg);
  return (
    `<figure class="diagram${turned(layout)}" data-diagram="${key}" aria-label="${escapeHtml(title)}" data-pagefind-ignore>` +
    // The caption first: on a phone the chart is screens long, and the way to see it whole must come before it.
    `<figcaption class="diagram-caption no-print">` +
    `<span class="diagram-hint">图比屏幕宽：可在框内左右滑动，或全屏查看。</span>` +
    `<a class="button" href="${withBase(routes.diagramPage(key), base)}">全屏查看流程图</a>` +
    `<a href="${withBase(routes.diagramFile(key), base)}">下载流程图图片</a>` +
    `</figcaption>` +
    `<div class="diagram-scroll" tabindex="0" role="region" aria-label="${escapeHtml(title)}（可左右滚动查看）">${inlineSvg({ key, svg }, base, layout, link)}</div>` +
    (layout ? printSlices(key, title, layout, base) : '') +
    `</figure>`
  );
}

/** The full-size page's figure: the chart at its drawn size (larger in 长者模式), the whole page scrolling. */
export function diagramFullHtml(diagram: Diagram & { svg: string }, base: string): string {
  const layout = diagramLayout(diagram.key, diagram.svg);
  const title = diagramTitle(diagram.svg);
  return (
    `<figure class="diagram diagram-full${turned(layout)}" data-diagram="${diagram.key}" data-pagefind-ignore>` +
    `<div class="diagram-canvas">${inlineSvg(diagram, base, layout)}</div>` +
    (layout ? printSlices(diagram.key, title, layout, base) : '') +
    `</figure>`
  );
}
