/** The template views (the index and each template's page) and templates as documents: model, Word file name, steps. */
import type { CollectionEntry } from 'astro:content';
import { templateDocument, type DocModel } from '../lib/docx/model.ts';
import { routes } from '../lib/routes.ts';
import { TEMPLATE_CATEGORIES } from '../schemas/template.ts';
import { getFlowcharts, getProcedures, getTemplates } from './entries.ts';
import { stepsOf } from './diagrams.ts';

/** The document model of a template's body; the content checker has already rejected bodies that do not parse. */
export function documentOf(template: CollectionEntry<'templates'>): DocModel {
  const { model, problems } = templateDocument(template.body ?? '');
  if (!model)
    throw new Error(`${template.filePath}: ${problems.map((p) => p.problem).join('；')} — 请先运行 npm run check`);
  return model;
}

/** “模板05-关于召开党员大会进行换届选举的请示.docx”: the name the file is saved under. */
export function docxFileName(template: CollectionEntry<'templates'>): string {
  const title = template.data.title.replace(/[\\/:*?"<>|\s]+/g, '-').slice(0, 60);
  return `模板${String(template.data.number).padStart(2, '0')}-${title}.docx`;
}

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
    stepsOf(chart)
      .flatMap((g) => g.steps)
      .filter((s) => s.href === target)
      .map((s) => ({ chart: chart.id, chartTitle: chart.data.title, step: s.label, href: routes.flowchart(chart.id) })),
  );
}

export async function getTemplatesPage() {
  const templates = await getTemplates();
  const groups = TEMPLATE_CATEGORIES.map((category) => ({
    category,
    items: templates.filter((t) => t.data.category === category),
  })).filter((g) => g.items.length > 0);
  return { templates, groups };
}

export const getTemplatePaths = async () =>
  (await getTemplates()).map((t) => ({ params: { id: t.id }, props: { id: t.id } }));

export async function getTemplatePage(id: string) {
  const template = (await getTemplates()).find((t) => t.id === id)!;
  const procedures = (await getProcedures())
    .filter((p) => template.data.procedures.some((ref) => ref.id === p.id))
    .map((p) => ({ label: p.data.title, href: routes.procedure(p.chapterId, p.id) }));
  return { template, data: template.data, model: documentOf(template), procedures, steps: await stepsUsing(id) };
}
