/**
 * The views of /flowcharts/ (the current text's and each past edition's): the index and each flowchart's page,
 * every address as the text has it (src/data/queries/edition-links.ts).
 */
import { render, type CollectionEntry } from 'astro:content';
import { routes } from '../lib/routes.ts';
import { SEED_COUNTS } from '../schemas/seed-facts.ts';
import { editionLinks, guideTrail, type TextLinks } from './queries/edition-links.ts';
import { getFlowcharts, getProcedures, type PastYear } from './queries/entries.ts';
import { flowchartDiagram, templateNamer } from './queries/flowcharts.ts';
import { templateLinks } from './queries/links.ts';
import { flowchartNotices } from './queries/regulation-notices.ts';
import { inEveryText } from './queries/texts.ts';

/** The procedure a flowchart belongs to, as a link. */
async function procedureOf(chart: CollectionEntry<'flowcharts'>, past: PastYear, link: TextLinks) {
  const p = (await getProcedures(past)).find((p) => p.id === chart.data.procedure.id);
  return (
    p && { id: p.id, title: p.data.title, href: link(routes.procedure(p.chapterId, p.id)), templates: p.data.templates }
  );
}

export const getFlowchartsPaths = inEveryText(async () => [{ params: {}, props: {} }]);

export async function getFlowchartsPage(past: PastYear) {
  const flowcharts = await getFlowcharts(past);
  const nameLink = await templateNamer(past);
  const link = await editionLinks(past);
  return {
    trail: guideTrail(link),
    flowcharts: await Promise.all(
      flowcharts.map(async (chart) => ({
        ...flowchartDiagram(chart, nameLink, link),
        summary: chart.data.summary,
        procedure: await procedureOf(chart, past, link),
      })),
    ),
    seedCounts: SEED_COUNTS,
  };
}

export const getFlowchartPaths = inEveryText(async (past) =>
  (await getFlowcharts(past)).map((chart) => ({ params: { id: chart.id }, props: { id: chart.id } })),
);

export async function getFlowchartPage(id: string, past: PastYear) {
  const chart = (await getFlowcharts(past)).find((c) => c.id === id)!;
  const link = await editionLinks(past);
  const procedure = await procedureOf(chart, past, link);
  const view = flowchartDiagram(chart, await templateNamer(past), link);
  return {
    chart: { ...view, summary: chart.data.summary },
    trail: guideTrail(link, ['流程图', routes.flowcharts()]),
    /** The chart's full-size page, when it is drawn (a chart not yet drawn is drawn in the page by the browser). */
    fullSize: view.diagram?.svg ? routes.diagramPage(view.diagram.key) : undefined,
    Content: (await render(chart)).Content,
    /** The text's links, for the links the MDX body (its chart) writes itself. */
    bodyLinks: link,
    procedure,
    templates: await templateLinks(procedure?.templates, past),
    notices: await flowchartNotices(chart, past),
  };
}
