/** The flowchart views (index and pages) and diagrams as the handbook and the SVG endpoint show them. */
import { render, type CollectionEntry } from 'astro:content';
import { diagramOf, diagramOfBody, type Diagram } from '../lib/diagrams/diagram.ts';
import { contentDiagrams, mermaidFences } from '../lib/diagrams/sources.ts';
import { diagramLayout, diagramTitle } from '../lib/diagrams/figure.ts';
import { flowchartSteps, type FlowGroup } from '../lib/flowchart-steps.ts';
import { routes } from '../lib/routes.ts';
import { getFlowcharts, getProcedures, type PastYear } from './entries.ts';
import { templateLinks } from './links.ts';
import { flowchartNotices } from './regulation-notices.ts';
import { inEveryText } from './texts.ts';

export interface FlowchartDiagram {
  id: string;
  title: string;
  href: string;
  diagram: Diagram | undefined;
  /** The chart's steps as text, beside the picture. */
  steps: FlowGroup[];
  /** Printed on landscape pages: the section holding it (with its heading) is turned with it (print.css). */
  printsLandscape: boolean;
}

/** A flowchart's steps as text, from its fence (no diagram lookup: the template pages need only these). */
export const stepsOf = (chart: CollectionEntry<'flowcharts'>): FlowGroup[] =>
  flowchartSteps(mermaidFences(chart.body ?? '')[0]?.source ?? '');

export function flowchartDiagram(chart: CollectionEntry<'flowcharts'>): FlowchartDiagram {
  const diagram = diagramOfBody(chart.body);
  return {
    id: chart.id,
    title: chart.data.title,
    href: routes.flowchart(chart.id),
    diagram,
    steps: stepsOf(chart),
    printsLandscape: Boolean(
      diagram?.svg && diagramLayout(diagram.key, diagram.svg)?.print.orientation === 'landscape',
    ),
  };
}

/** Every cached diagram of content/ and the editions, once per key, for the full-size SVG files. */
export function getDiagramFiles(): (Diagram & { svg: string })[] {
  const diagrams = new Map(
    contentDiagrams(process.cwd())
      .map((d) => diagramOf(d.source))
      .map((d) => [d.key, d]),
  );
  return [...diagrams.values()].filter((d): d is Diagram & { svg: string } => Boolean(d.svg));
}

/** The procedure a flowchart belongs to, as a link. */
async function procedureOf(chart: CollectionEntry<'flowcharts'>, past: PastYear) {
  const p = (await getProcedures(past)).find((p) => p.id === chart.data.procedure.id);
  return p && { id: p.id, title: p.data.title, href: routes.procedure(p.chapterId, p.id), templates: p.data.templates };
}

export const getFlowchartsPaths = inEveryText(async () => [{ params: {}, props: {} }]);

export async function getFlowchartsPage(past: PastYear) {
  const flowcharts = await getFlowcharts(past);
  return {
    flowcharts: await Promise.all(
      flowcharts.map(async (chart) => ({
        ...flowchartDiagram(chart),
        summary: chart.data.summary,
        procedure: await procedureOf(chart, past),
      })),
    ),
  };
}

export const getFlowchartPaths = inEveryText(async (past) =>
  (await getFlowcharts(past)).map((chart) => ({ params: { id: chart.id }, props: { id: chart.id } })),
);

export async function getFlowchartPage(id: string, past: PastYear) {
  const chart = (await getFlowcharts(past)).find((c) => c.id === id)!;
  const procedure = await procedureOf(chart, past);
  return {
    chart: { ...flowchartDiagram(chart), summary: chart.data.summary },
    Content: (await render(chart)).Content,
    procedure,
    templates: await templateLinks(procedure?.templates, past),
    notices: await flowchartNotices(chart, past),
  };
}

/** The full-size page of each cached diagram, with the way back to the flowchart page that explains it. */
export async function getDiagramPages() {
  const charts = (await getFlowcharts()).map(flowchartDiagram);
  return getDiagramFiles().map((diagram) => {
    const home = charts.find((c) => c.diagram?.key === diagram.key);
    return { diagram, title: diagramTitle(diagram.svg), home: home && { title: home.title, href: home.href } };
  });
}
