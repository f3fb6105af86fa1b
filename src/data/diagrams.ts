/** The flowchart views (index and pages) and diagrams as the handbook and the SVG endpoint show them. */
import { render, type CollectionEntry } from 'astro:content';
import { diagramOf, diagramOfBody, type Diagram } from '../lib/diagrams/diagram.ts';
import { contentDiagrams, mermaidFences } from '../lib/diagrams/sources.ts';
import { diagramLayout, diagramTitle } from '../lib/diagrams/figure.ts';
import { flowchartSteps, type FlowGroup } from '../lib/flowchart-steps.ts';
import { readFlowchart } from '../lib/flowchart-graph.ts';
import { flowchartText, type LinkNamer, type TextItem } from '../lib/flowchart-text.ts';
import { routes } from '../lib/routes.ts';
import { getFlowcharts, getProcedures, guideIndex, type PastYear } from './entries.ts';
import { templateLinks } from './links.ts';
import { flowchartNotices } from './regulation-notices.ts';
import { inEveryText } from './texts.ts';

export interface FlowchartDiagram {
  id: string;
  title: string;
  href: string;
  diagram: Diagram | undefined;
  /** The chart as numbered steps that say all it says, beside the picture. */
  text: TextItem[];
  /** Printed on landscape pages: the section holding it (with its heading) is turned with it (print.css). */
  printsLandscape: boolean;
}

const sourceOf = (chart: CollectionEntry<'flowcharts'>) => mermaidFences(chart.body ?? '')[0]?.source ?? '';

/** A flowchart's steps as text, from its fence (no diagram lookup: the template pages need only these). */
export const stepsOf = (chart: CollectionEntry<'flowcharts'>): FlowGroup[] => flowchartSteps(sourceOf(chart));

/** A step's template named as the template is (“模板5：…”), whatever the chart's tooltip says. */
export async function templateNamer(past: PastYear): Promise<LinkNamer> {
  const templates = await guideIndex('templates', past);
  const names = new Map(
    [...templates.values()].map((t) => [routes.template(t.id), `模板${t.data.number}：${t.data.title}`]),
  );
  return (href) => names.get(href);
}

export function flowchartDiagram(chart: CollectionEntry<'flowcharts'>, nameLink?: LinkNamer): FlowchartDiagram {
  const diagram = diagramOfBody(chart.body);
  return {
    id: chart.id,
    title: chart.data.title,
    href: routes.flowchart(chart.id),
    diagram,
    text: flowchartText(readFlowchart(sourceOf(chart)), nameLink),
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
  const nameLink = await templateNamer(past);
  return {
    flowcharts: await Promise.all(
      flowcharts.map(async (chart) => ({
        ...flowchartDiagram(chart, nameLink),
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
  const view = flowchartDiagram(chart, await templateNamer(past));
  return {
    chart: { ...view, summary: chart.data.summary },
    /** The chart's full-size page, when it is drawn (a chart not yet drawn is drawn in the page by the browser). */
    fullSize: view.diagram?.svg ? routes.diagramPage(view.diagram.key) : undefined,
    Content: (await render(chart)).Content,
    procedure,
    templates: await templateLinks(procedure?.templates, past),
    notices: await flowchartNotices(chart, past),
  };
}

/** The full-size page of each cached diagram, with the way back to the flowchart page that explains it. */
export async function getDiagramPages() {
  const charts = (await getFlowcharts()).map((chart) => flowchartDiagram(chart));
  return getDiagramFiles().map((diagram) => {
    const home = charts.find((c) => c.diagram?.key === diagram.key);
    return { diagram, title: diagramTitle(diagram.svg), home: home && { title: home.title, href: home.href } };
  });
}
