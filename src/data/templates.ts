/**
 * The views of /templates/ (the current text's and each past edition's): the index, each template's page and Word
 * file, the zip of all of them, the uploaded originals under /templates/attachments/ and the Linux font rules. The
 * documents themselves are src/data/queries/template-files.ts.
 */
import { fontconfigRules } from '../lib/docx/fontconfig.ts';
import { assertSafeToPublish } from '../lib/files/inspect.ts';
import { routes } from '../lib/routes.ts';
import { SEED_COUNTS } from '../schemas/seed-facts.ts';
import { TEMPLATE_CATEGORIES } from '../schemas/template.ts';
import { editionLinks, guideTrail } from './queries/edition-links.ts';
import { getEntryHistory } from './queries/editions.ts';
import { getFlowcharts, getProcedures, getTemplates, guideIndex, type PastYear } from './queries/entries.ts';
import { stepsOf } from './queries/flowcharts.ts';
import { templateNotices } from './queries/regulation-notices.ts';
import {
  attachmentBytes,
  docxById,
  documentOf,
  docxFileName,
  templatesZip,
  templatesZipBytes,
} from './queries/template-files.ts';
import { inEveryText } from './queries/texts.ts';
import { startEarly } from './queries/word-files.ts';

export { docxFileName };

export interface StepUse {
  chart: string;
  chartTitle: string;
  step: string;
  href: string;
}

/** The flowchart steps of a text that link to a template (`click … href "/templates/<id>/"` in the chart). */
export async function stepsUsing(templateId: string, past: PastYear): Promise<StepUse[]> {
  const target = routes.template(templateId);
  const link = await editionLinks(past);
  return (await getFlowcharts(past)).flatMap((chart) =>
    stepsOf(chart)
      .flatMap((g) => g.steps)
      .filter((s) => s.href === target)
      .map((s) => ({
        chart: chart.id,
        chartTitle: chart.data.title,
        step: s.label,
        href: link(routes.flowchart(chart.id)),
      })),
  );
}

/** The index of a text's templates, by category, each with its page and Word file as the text has them. */
export async function getTemplatesPage(past: PastYear) {
  const templates = await getTemplates(past);
  const link = await editionLinks(past);
  const groups = TEMPLATE_CATEGORIES.map((category) => ({
    category,
    items: templates
      .filter((t) => t.data.category === category)
      .map((template) => ({
        template,
        href: link(routes.template(template.id)),
        docxHref: link(routes.templateDocx(template.id)),
      })),
  })).filter((g) => g.items.length > 0);
  return {
    templates,
    groups,
    trail: guideTrail(link),
    zipHref: link(routes.allTemplatesZip()),
    seedCounts: SEED_COUNTS,
  };
}

export const getTemplatesPaths = inEveryText(async () => [{ params: {}, props: {} }]);

const templatePaths = async (past: PastYear) =>
  (await getTemplates(past)).map((t) => ({ params: { id: t.id }, props: { id: t.id } }));

export const getTemplatePaths = inEveryText(templatePaths);

/** The Word files' paths; asking for them starts the files (src/data/queries/word-files.ts says why). */
export const getTemplateDocxPaths = inEveryText(async (past) => {
  startEarly(() => docxById(past));
  return templatePaths(past);
});

/** The zip of all templates' path; asking for it starts the zip. */
export const getAllTemplatesZipPaths = inEveryText(async (past) => {
  startEarly(async () => templatesZipBytes(await getTemplates(past), past));
  return [{ params: {}, props: {} }];
});

export async function getTemplatePage(id: string, past: PastYear) {
  const template = (await guideIndex('templates', past)).get(id)!;
  const link = await editionLinks(past);
  const procedures = (await getProcedures(past))
    .filter((p) => template.data.procedures.some((ref) => ref.id === p.id))
    .map((p) => ({ label: p.data.title, href: link(routes.procedure(p.chapterId, p.id)) }));
  return {
    template,
    trail: guideTrail(link, ['文书模板', routes.templates()]),
    docxHref: link(routes.templateDocx(id)),
    data: template.data,
    model: documentOf(template),
    procedures,
    steps: await stepsUsing(id, past),
    history: past ? undefined : await getEntryHistory('templates', id),
    notices: await templateNotices(template, past),
  };
}

/** One template's Word file in a text (rendered once per build, the same bytes the zips hold). */
export async function getTemplateDocx(id: string, past: PastYear): Promise<Buffer> {
  return (await docxById(past)).get(id)!;
}

/** /templates/all-templates.zip: every template of a text. */
export async function getAllTemplatesZip(past: PastYear): Promise<Response> {
  return templatesZip(await getTemplates(past), past);
}

/** The uploaded originals the current templates name, each published once. */
export async function getAttachmentPaths() {
  const files = new Set((await getTemplates()).flatMap((t) => (t.data.attachments ?? []).map((a) => a.file)));
  return [...files].map((file) => ({ params: { file } }));
}

/** An uploaded original, published only once it passes the publishing gate again. */
export async function getAttachment(file: string): Promise<Uint8Array<ArrayBuffer>> {
  const bytes = new Uint8Array(attachmentBytes(file));
  await assertSafeToPublish([{ name: file, bytes }]);
  return bytes;
}

/** /templates/linux-fonts.conf (src/lib/docx/fontconfig.ts says why a .docx cannot carry them). */
export const getLinuxFontRules = () => fontconfigRules();
