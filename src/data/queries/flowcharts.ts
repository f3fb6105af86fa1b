/**
 * Flowcharts as every view shows them (the flowchart pages, the procedure pages, the handbook, the template pages'
 * steps and the full-size diagrams): the cached diagram, the chart as text, its steps.
 */
import type { CollectionEntry } from 'astro:content';
import { diagramOf, diagramOfBody, type Diagram } from '../../lib/diagrams/diagram.ts';
import { contentDiagrams, mermaidFences } from '../../lib/diagrams/sources.ts';
import { diagramLayout } from '../../lib/diagrams/figure.ts';
import { flowchartSteps, type FlowGroup } from '../../lib/flowchart-steps.ts';
import { readFlowchart } from '../../lib/flowchart-graph.ts';
import { flowchartText, type LinkNamer, type TextItem } from '../../lib/flowchart-text.ts';
import { currentTextLinks, type TextLinks } from '../../lib/editions/links.ts';
import { routes } from '../../lib/routes.ts';
import { guideIndex, type PastYear } from './entries.ts';
import { projectRoot } from './project.ts';

export interface FlowchartDiagram {
  id: string;
  title: string;
  href: string;
  diagram: Diagram | undefined;
  /** The chart as numbered steps that say all it says, beside the picture. */
  text: TextItem[];
  /** Where the links drawn into the cached diagram lead in this text (src/components/flowcharts/Diagram.astro). */
  drawnLinks: TextLinks;
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

/** The steps' links as a text has them (named first, by their current address). */
function linkedIn(items: TextItem[], link: TextLinks): TextItem[] {
  return items.map((item) =>
    item.kind === 'group'
      ? { ...item, items: linkedIn(item.items, link) }
      : item.link
        ? { ...item, link: { ...item.link, href: link(item.link.href) } }
        : item,
  );
}

/** A flowchart as a text shows it; `link` is the text's (src/data/queries/edition-links.ts), the current one's by default. */
export function flowchartDiagram(
  chart: CollectionEntry<'flowcharts'>,
  nameLink?: LinkNamer,
  link: TextLinks = currentTextLinks,
): FlowchartDiagram {
  const diagram = diagramOfBody(chart.body);
  return {
    id: chart.id,
    title: chart.data.title,
    href: link(routes.flowchart(chart.id)),
    diagram,
    text: linkedIn(flowchartText(readFlowchart(sourceOf(chart)), nameLink), link),
    drawnLinks: link,
    printsLandscape: Boolean(
      diagram?.svg && diagramLayout(diagram.key, diagram.svg)?.print.orientation === 'landscape',
    ),
  };
}

/** Every cached diagram of content/ and the editions, once per key, for the full-size SVG files. */
export function getDiagramFiles(): (Diagram & { svg: string })[] {
  const diagrams = new Map(
    contentDiagrams(projectRoot())
      .map((d) => diagramOf(d.source))
      .map((d) => [d.key, d]),
  );
  return [...diagrams.values()].filter((d): d is Diagram & { svg: string } => Boolean(d.svg));
}
