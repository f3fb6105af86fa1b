/** /diagrams/<key>.svg: each cached diagram as a file, for “下载图片（SVG）” and the print slices of every chart. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { getDiagramFiles } from '../../data/diagrams.ts';
import { prefixSvgLinks } from '../../lib/diagrams/figure.ts';

export const getStaticPaths = (() => getDiagramFiles().map(({ key, svg }) => ({ params: { key }, props: { svg } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${prefixSvgLinks((props as { svg: string }).svg, import.meta.env.BASE_URL)}`, {
    headers: { 'Content-Type': 'image/svg+xml; charset=utf-8' },
  });
