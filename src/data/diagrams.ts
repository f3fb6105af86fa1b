/**
 * The views of /diagrams/: each cached diagram's full-size page, with the way back to the flowchart page that
 * explains it, and the diagram as an SVG file (for “下载图片（SVG）” and the print slices of every chart).
 */
import { diagramTitle, prefixSvgLinks } from '../lib/diagrams/figure.ts';
import { getFlowcharts } from './queries/entries.ts';
import { flowchartDiagram, getDiagramFiles } from './queries/flowcharts.ts';

/** The full-size page of each cached diagram, with the way back to the flowchart page that explains it. */
export async function getDiagramPages() {
  const charts = (await getFlowcharts()).map((chart) => flowchartDiagram(chart));
  return getDiagramFiles().map((diagram) => {
    const home = charts.find((c) => c.diagram?.key === diagram.key);
    return { diagram, title: diagramTitle(diagram.svg), home: home && { title: home.title, href: home.href } };
  });
}

export const getDiagramSvgPaths = () => getDiagramFiles().map(({ key, svg }) => ({ params: { key }, props: { svg } }));

/** A diagram's SVG file: its links carry the site's base, as the pages' copies do. */
export const diagramSvgFile = (svg: string, base: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n${prefixSvgLinks(svg, base)}`;
