/** /diagrams/<key>.svg: each cached diagram as a file, for “查看原尺寸流程图” (a plain link, no JS needed). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cachedSvg, mermaidVersion } from '../../lib/diagrams/cache.ts';
import { prefixSvgLinks } from '../../lib/diagrams/figure.ts';
import { diagramKey } from '../../lib/diagrams/key.ts';
import { contentDiagrams } from '../../lib/diagrams/sources.ts';

export const getStaticPaths = (() => {
  const version = mermaidVersion();
  const keys = new Set(contentDiagrams(process.cwd()).map((d) => diagramKey(d.source, version)));
  return [...keys].flatMap((key) => {
    const svg = cachedSvg(key);
    return svg ? [{ params: { key }, props: { svg } }] : [];
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${prefixSvgLinks((props as { svg: string }).svg, import.meta.env.BASE_URL)}`, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
