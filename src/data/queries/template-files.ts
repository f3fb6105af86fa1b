/**
 * Templates as documents, for every view that offers them: the document model of a body, the Word file and the
 * name it is saved under, the zips, and a procedure's downloads (its page, the handbook, a past edition's
 * addresses). Word files are rendered once per build and shared by the file and the zips.
 */
import type { CollectionEntry } from 'astro:content';
import { readFileSync } from 'node:fs';
import { templateDocument, type DocModel } from '../../lib/docx/model.ts';
import { inProject } from '../../lib/paths.ts';
import { routes } from '../../lib/routes.ts';
import { zipBytes, zipResponse, type ZipEntry } from '../../lib/zip.ts';
import { getTemplates, guideIndex, type PastYear, type Procedure } from './entries.ts';
import { oncePerKey } from './once-per-build.ts';
import { templateNotices } from './regulation-notices.ts';
import { projectRoot } from './project.ts';
import { packZipFile, renderDocx } from './word-files.ts';

/** The document model of a template's body; the content checker has already rejected bodies that do not parse. */
export function documentOf(template: CollectionEntry<'templates'>): DocModel {
  const { model, problems } = templateDocument(template.body ?? '');
  if (!model)
    throw new Error(`${template.filePath}: ${problems.map((p) => p.problem).join('；')} — 请先运行 npm run check`);
  return model;
}

/** A title as part of a file name: no characters Windows forbids, no spaces. */
const fileNamePart = (title: string) => title.replace(/[\\/:*?"<>|\s]+/g, '-');

/** “模板05-关于召开党员大会进行换届选举的请示.docx”: the name the file is saved under. */
export function docxFileName(template: CollectionEntry<'templates'>): string {
  return `模板${String(template.data.number).padStart(2, '0')}-${fileNamePart(template.data.title).slice(0, 60)}.docx`;
}

/**
 * Word files by what they are made of: a template a past edition holds unchanged (most of them) is rendered once
 * for all the editions that hold it. Keyed by content, so it can never serve a stale file.
 */
const docxByContent = new Map<string, Promise<Buffer>>();

/**
 * A template's Word file, as /templates/<id>.docx serves it; the current text's file opens with the notice of a
 * regulation revised since the template was checked against it (to be deleted before printing).
 */
export async function templateDocx(template: CollectionEntry<'templates'>, past: PastYear): Promise<Buffer> {
  const { title, number } = template.data;
  const notice = (await templateNotices(template, past, '本模板')).map((n) => n.sentences.join(''));
  const key = JSON.stringify([template.body, title, number, notice]);
  if (!docxByContent.has(key)) {
    const model = { ...documentOf(template), notice };
    docxByContent.set(key, renderDocx(model, { title, subject: `基层党建工作指引 文书模板${number}` }));
  }
  return docxByContent.get(key)!;
}

/** Every template's Word file in a text, rendered once per build and shared by the zip downloads. */
export const docxById = oncePerKey(
  async (past: PastYear) =>
    new Map(
      await Promise.all((await getTemplates(past)).map(async (t) => [t.id, await templateDocx(t, past)] as const)),
    ),
);

/** One template's Word file in a text (rendered once per build, the same bytes the zips hold). */
export async function getTemplateDocx(id: string, past: PastYear): Promise<Buffer> {
  return (await docxById(past)).get(id)!;
}

/**
 * What a zip of a text's templates holds: each Word file under its Chinese name, uploaded originals under 原件/
 * (the originals are the current ones: an edition freezes the template, not the scan beside it).
 */
export async function templateZipEntries(
  templates: readonly CollectionEntry<'templates'>[],
  past: PastYear,
): Promise<ZipEntry[]> {
  const docx = await docxById(past);
  return templates.flatMap((template) => [
    { name: docxFileName(template), bytes: docx.get(template.id)! },
    ...(template.data.attachments ?? []).map((a) => ({
      name: `原件/${a.file}`,
      bytes: attachmentBytes(a.file),
    })),
  ]);
}

/** An uploaded original as it lies in the attachments folder (the zips and its own download both read it here). */
export const attachmentBytes = (file: string): Buffer => readFileSync(inProject(projectRoot(), 'attachments', file));

/** Zips by the text and the templates they hold, made once per build (the endpoints' paths start them early). */
const zipsByTemplates = new Map<string, Promise<Uint8Array>>();

/** The bytes of a zip of a text's templates. */
export function templatesZipBytes(
  templates: readonly CollectionEntry<'templates'>[],
  past: PastYear,
): Promise<Uint8Array> {
  const make = async () => zipBytes(await templateZipEntries(templates, past), packZipFile);
  if (import.meta.env.DEV) return make();
  const key = JSON.stringify([past ?? null, templates.map((t) => t.id)]);
  if (!zipsByTemplates.has(key)) zipsByTemplates.set(key, make());
  return zipsByTemplates.get(key)!;
}

/** A zip of a text's templates, as the download endpoints serve it. */
export async function templatesZip(
  templates: readonly CollectionEntry<'templates'>[],
  past: PastYear,
): Promise<Response> {
  return zipResponse(await templatesZipBytes(templates, past));
}

/**
 * A procedure offers its templates as one zip only when it has two or more: with one, the Word file itself is the
 * one click.
 */
export const MIN_TEMPLATES_FOR_ZIP = 2;

/** The templates a procedure names, in its order. */
export async function templatesOf(procedure: Procedure, past: PastYear): Promise<CollectionEntry<'templates'>[]> {
  const templates = await guideIndex('templates', past);
  return (procedure.data.templates ?? []).flatMap((ref) => templates.get(ref.id) ?? []);
}

export interface TemplateDownload {
  number: number;
  title: string;
  /** The template's page: preview and 填写说明. */
  href: string;
  docxHref: string;
  /** The name the browser saves the Word file under. */
  fileName: string;
}

export interface ProcedureDownloads {
  templates: TemplateDownload[];
  zip?: { href: string; fileName: string; count: number } | undefined;
}

/** A procedure page's downloads: each template's Word file, and the zip of all of them when there are enough. */
export async function procedureDownloads(procedure: Procedure, past: PastYear): Promise<ProcedureDownloads> {
  const templates = (await templatesOf(procedure, past)).map((t) => ({
    number: t.data.number,
    title: t.data.title,
    href: routes.template(t.id),
    docxHref: routes.templateDocx(t.id),
    fileName: docxFileName(t),
  }));
  const zip =
    templates.length >= MIN_TEMPLATES_FOR_ZIP
      ? {
          href: routes.procedureTemplatesZip(procedure.chapterId, procedure.id),
          fileName: `${fileNamePart(procedure.data.title)}-文书模板.zip`,
          count: templates.length,
        }
      : undefined;
  return { templates, zip };
}
