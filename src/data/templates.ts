/** Templates as documents: their model, their Word file name, and the flowchart steps that use them. */
import type { CollectionEntry } from 'astro:content';
import { templateDocument, type DocModel } from '../lib/docx/model.ts';
import { flowchartSteps } from '../lib/flowchart-steps.ts';
import { routes } from '../lib/routes.ts';
import { getFlowcharts } from './collections.ts';

/** The document model of a template's body; the content checker has already rejected bodies that do not parse. */
export function documentOf(template: CollectionEntry<'templates'>): DocModel {
  const { model, problems } = templateDocument(template.body ?? '');
  if (!model) throw new Error(`${template.filePath}: ${problems.map((p) => p.problem).join('；')} — 请先运行 npm run check`);
  return model;
}

/** “模板05-关于召开党员大会进行换届选举的请示.docx”: the name the file is saved under. */
export function docxFileName(template: CollectionEntry<'templates'>): string {
  const title = template.data.title.replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 60);
  return `模板${String(template.data.number).padStart(2, '0')}-${title}.docx`;
}

export const docxHref = (id: string) => `/templates/${id}.docx`;
export const attachmentHref = (file: string) => `/templates/attachments/${file}`;
export const ALL_TEMPLATES_ZIP = '/templates/all-templates.zip';

export interface StepUse {
  chart: string;
  chartTitle: string;
  step: string;
  href: string;
}

/** The flowchart steps that link to a template (`click … href "/templates/<id>/"` in the chart). */
export async function stepsUsing(templateId: string): Promise<StepUse[]> {
  const target = routes.template(templateId);
  return (await getFlowcharts()).flatMap((chart) =>
    flowchartSteps(/```mermaid\n([\s\S]*?)```/.exec(chart.body ?? '')?.[1] ?? '')
      .flatMap((g) => g.steps)
      .filter((s) => s.href === target)
      .map((s) => ({ chart: chart.id, chartTitle: chart.data.title, step: s.label, href: routes.flowchart(chart.id) })),
  );
}
