/** /diagrams/<key>.svg: each cached diagram as a file, for “下载图片（SVG）” and the print slices of every chart. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { diagramSvgFile, getDiagramSvgPaths } from '../../data/diagrams.ts';

export const getStaticPaths = getDiagramSvgPaths satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(diagramSvgFile((props as { svg: string }).svg, import.meta.env.BASE_URL), {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
