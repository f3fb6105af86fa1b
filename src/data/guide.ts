/**
 * The views of /guide/ (the current text's and each past edition's): its overview, each chapter, each procedure
 * with its templates zip, and the printable handbook (/guide/print/). A procedure is prepared once (procedureView)
 * and shown both on its page and in the handbook, so the two never disagree.
 */
import { render, type CollectionEntry } from 'astro:content';
import type { MarkdownHeading } from 'astro';
import {
  guideSidebar,
  readingNeighbours,
  readingOrder,
  type ChapterNav,
  type Link,
  type ProcedureNav,
} from '../lib/navigation.ts';
import { editionPath, routes, sectionIds } from '../lib/routes.ts';
import { SEED_COUNTS } from '../schemas/seed-facts.ts';
import {
  getChapters,
  getDutyLists,
  getFlowcharts,
  getProcedures,
  getRegulations,
  getTemplates,
  guideIndex,
  indexOf,
  type PastYear,
  type Procedure,
} from './queries/entries.ts';
import { flowchartDiagram, templateNamer, type FlowchartDiagram } from './queries/flowcharts.ts';
import {
  citationResolver,
  templateLink,
  templateLinks,
  type CitationLink,
  type TemplateLink,
} from './queries/links.ts';
import { editionChangesLink, getEntryHistory, getPastEdition } from './queries/editions.ts';
import { editionLinks, guideTrail, type TextLinks } from './queries/edition-links.ts';
import { inCurrentText, inEveryText } from './queries/texts.ts';
import { oncePerKey } from './queries/once-per-build.ts';
import { pageSource } from './queries/page-source.ts';
import { getSiteInfo, type CurrentEdition } from './queries/site-info.ts';
import {
  MIN_TEMPLATES_FOR_ZIP,
  procedureDownloads,
  templatesOf,
  templatesZip,
  templatesZipBytes,
  type ProcedureDownloads,
} from './queries/template-files.ts';
import { startEarly } from './queries/word-files.ts';
import { dutyOwners, type DutyOwner } from './queries/duty-owners.ts';
import { deadlineLines } from './queries/timelines.ts';
import { duesDeadlineLines, duesView, type DuesView } from './queries/dues.ts';
import { procedureNotices, type RevisionNotice } from './queries/regulation-notices.ts';
import { cachedFile, handbookFacts, handbookLinkLabel, lastCachedKey } from '../lib/handbook/cache.ts';

/** The guide's sidebar and reading order in a text, every address as that text has it. */
export const getGuideNavigation = oncePerKey(async (past: PastYear) => {
  const chapters = await getChapters(past);
  const procedures = await getProcedures(past);
  const link = await editionLinks(past);
  const linked = (l: Link): Link => ({ ...l, href: link(l.href) });
  const chapterNav: ChapterNav[] = chapters.map((c) => ({ id: c.id, title: c.data.title, order: c.data.order }));
  const procedureNav: ProcedureNav[] = procedures.map((p) => ({
    id: p.id,
    title: p.data.title,
    order: p.data.order,
    chapterId: p.chapterId,
  }));
  return {
    chapters,
    procedures,
    procedureById: new Map(procedures.map((p) => [p.id, p])),
    sidebar: guideSidebar(chapterNav, procedureNav).map((g) => ({ ...linked(g), items: g.items.map(linked) })),
    neighbours: readingNeighbours(readingOrder(chapterNav, procedureNav).map(linked)),
    link,
  };
});

export interface DutyItemLink {
  href: string;
  /** “党支部书记第3条”. */
  label: string;
  text: string;
}

/** Every address of a view is as its text has it (src/data/queries/edition-links.ts). */
export interface ProcedureView {
  id: string;
  href: string;
  chapter: { id: string; title: string; href: string };
  data: Procedure['data'];
  Content: Awaited<ReturnType<typeof render>>['Content'];
  /** The text's links, for the links the MDX body writes itself (src/components/editions/EditionBody.astro). */
  bodyLinks: TextLinks;
  headings: MarkdownHeading[];
  citations: CitationLink[];
  flowchart: FlowchartDiagram | undefined;
  templates: TemplateLink[];
  /** The edition in force, or on a past edition's page the edition the page belongs to. */
  currentEdition: CurrentEdition | undefined;
  /** A page of a past edition (whose edition stands in currentEdition). */
  inPastEdition: boolean;
  revisedIn: CurrentEdition;
  /** Who is responsible (its `responsible` lists, by name). */
  responsible: DutyOwner[];
  /** The duty items that this procedure carries out. */
  dutyItems: DutyItemLink[];
  /** 时限要求: the timeline's limits with their sources, then the other `deadlines` lines. */
  deadlines: string[];
  /** The branch tools for this procedure: its timeline (when it has one) and its part of the self-check. */
  tools: { timeline?: string; selfCheck: string; dues?: string };
  /** 交纳标准 (the 党费 procedure): its table, rules and worked examples, from the `dues` frontmatter. */
  dues: DuesView | undefined;
  /** A regulation revised since this text was checked against it (none on a past edition's page). */
  notices: RevisionNotice[];
}

async function procedureView(procedure: Procedure, past: PastYear): Promise<ProcedureView> {
  const [chapters, flowcharts, revisions, { edition: currentEdition }, cite, dutyLists, nameLink, link] =
    await Promise.all([
      guideIndex('chapters', past),
      guideIndex('flowcharts', past),
      indexOf('revisions'),
      getSiteInfo(),
      citationResolver(past),
      getDutyLists(),
      templateNamer(past),
      editionLinks(past),
    ]);
  const { Content, headings } = await render(procedure);
  const chapter = chapters.get(procedure.chapterId)!;
  const data = procedure.data;
  const chart = data.flowchart ? flowcharts.get(data.flowchart.id) : undefined;
  const revision = revisions.get(data.edition.id)!;
  // On a past edition's page, the edition the page belongs to stands where the current one does.
  const pastEdition = past === undefined ? undefined : revisions.get((await getPastEdition(past)).view.id);
  return {
    id: procedure.id,
    href: link(routes.procedure(chapter.id, procedure.id)),
    chapter: { id: chapter.id, title: chapter.data.title, href: link(routes.chapter(chapter.id)) },
    data,
    Content,
    bodyLinks: link,
    headings,
    citations: cite(data.basis),
    responsible: dutyOwners(data.responsible),
    flowchart: chart && flowchartDiagram(chart, nameLink, link),
    templates: await templateLinks(data.templates, past),
    currentEdition: pastEdition
      ? {
          id: pastEdition.id,
          title: pastEdition.data.title,
          date: pastEdition.data.date,
          example: pastEdition.data.example,
        }
      : currentEdition,
    inPastEdition: past !== undefined,
    revisedIn: {
      id: revision.id,
      title: revision.data.title,
      date: revision.data.date,
      example: revision.data.example,
    },
    deadlines: [...(await deadlineLines(procedure, past)), ...(await duesDeadlineLines(procedure, past))],
    dues: await duesView(procedure, past),
    notices: await procedureNotices(procedure, past),
    tools: {
      // The tools work on the current text only: a past edition's page does not offer them.
      ...(data.timeline && past === undefined ? { timeline: routes.timeline(procedure.id) } : {}),
      selfCheck: routes.selfCheckProcedure(procedure.id),
      ...(data.dues && past === undefined ? { dues: routes.partyDues() } : {}),
    },
    dutyItems: dutyLists.flatMap((list) =>
      list.data.items.flatMap((item, index) =>
        item.procedures?.some((ref) => ref.id === procedure.id)
          ? [
              {
                href: routes.dutyItem(list.id, index + 1),
                label: `${list.fact.subject}第${index + 1}条`,
                text: item.text,
              },
            ]
          : [],
      ),
    ),
  };
}

export interface DocFrame {
  sidebar: ReturnType<typeof guideSidebar>;
  current: string;
  prev?: Link | undefined;
  next?: Link | undefined;
}

/** The frame of the page at the current address `path`, in a text (its addresses, `current` too, the text's). */
async function docFrame(path: string, past: PastYear): Promise<DocFrame> {
  const { sidebar, neighbours, link } = await getGuideNavigation(past);
  const current = link(path);
  return { sidebar, current, ...neighbours.get(current) };
}

/** A procedure's downloads with the addresses its text has. */
function downloadsIn(downloads: ProcedureDownloads, link: TextLinks): ProcedureDownloads {
  return {
    templates: downloads.templates.map((t) => ({ ...t, href: link(t.href), docxHref: link(t.docxHref) })),
    zip: downloads.zip && { ...downloads.zip, href: link(downloads.zip.href) },
  };
}

export const getProcedurePaths = inEveryText(async (past) =>
  (await getProcedures(past)).map((p) => ({ params: { chapter: p.chapterId, procedure: p.id }, props: { id: p.id } })),
);

export async function getProcedurePage(id: string, past: PastYear) {
  const { procedureById, link } = await getGuideNavigation(past);
  const procedure = procedureById.get(id)!;
  const view = await procedureView(procedure, past);
  // A past edition's page is one edition: its history is the current page's.
  const history = past ? undefined : await getEntryHistory('procedures', id);
  // The 交纳标准, 关区规定 and 修订情况 sections follow the body, so the page adds them to the body's table of
  // contents. 交纳标准 follows the steps that refer to it: its table is long, and a phone reader meets the steps first.
  const headings = [
    ...view.headings,
    ...(view.dues ? [{ depth: 2, slug: sectionIds.procedure.dues, text: '交纳标准' }] : []),
    ...(view.data.districtRules?.length
      ? [{ depth: 2, slug: sectionIds.procedure.districtRules, text: '关区规定' }]
      : []),
    ...(history ? [{ depth: 2, slug: sectionIds.procedure.history, text: '修订情况' }] : []),
  ];
  return {
    view,
    trail: guideTrail(link, [view.chapter.title, routes.chapter(procedure.chapterId)]),
    headings,
    downloads: downloadsIn(await procedureDownloads(procedure, past), link),
    frame: await docFrame(routes.procedure(procedure.chapterId, id), past),
    // A frozen file is not edited (its corrections are errata), and its dates are the edition's.
    source: past ? {} : await pageSource(procedure.filePath),
    history,
  };
}

export const getChapterPaths = inEveryText(async (past) =>
  (await getChapters(past)).map((c) => ({ params: { chapter: c.id }, props: { id: c.id } })),
);

export async function getChapterPage(id: string, past: PastYear) {
  const { chapters, procedures, link } = await getGuideNavigation(past);
  const chapter = chapters.find((c) => c.id === id)!;
  const own = procedures
    .filter((p) => p.chapterId === id)
    .map((p) => ({ title: p.data.title, summary: p.data.summary, href: link(routes.procedure(id, p.id)) }));
  return {
    chapter: { title: chapter.data.title, summary: chapter.data.summary, order: chapter.data.order },
    procedures: own,
    trail: guideTrail(link),
    regulationsHref: link(routes.regulations()),
    frame: await docFrame(routes.chapter(id), past),
  };
}

export interface HandbookDownload {
  href: string;
  /** “下载整本指引 PDF（N 页，X MB）”, from the cached PDF the build publishes. */
  label: string;
  fileName: string;
}

/**
 * The link to the handbook PDF, or none when the cache holds no PDF to publish. The words come from the cached
 * file; when the build then renders a new one, scripts/handbook-pdf.ts corrects them in the written pages.
 */
export function handbookDownload(): HandbookDownload | undefined {
  const key = lastCachedKey();
  if (!key) return undefined;
  return {
    href: routes.handbookPdf(),
    label: handbookLinkLabel(handbookFacts(cachedFile(key))),
    fileName: '基层党建工作指引.pdf',
  };
}

export const getGuidePaths = inEveryText(async () => [{ params: {}, props: {} }]);

export async function getGuidePage(past: PastYear) {
  const { chapters, procedures, link } = await getGuideNavigation(past);
  return {
    chapters: chapters.map((c) => ({
      title: c.data.title,
      summary: c.data.summary,
      href: link(routes.chapter(c.id)),
      procedures: procedures
        .filter((p) => p.chapterId === c.id)
        .map((p) => ({ title: p.data.title, href: link(routes.procedure(c.id, p.id)) })),
    })),
    /** The text's catalogue, flowcharts and templates (the changelog and the handbook are the current site's). */
    links: {
      regulations: link(routes.regulations()),
      flowcharts: link(routes.flowcharts()),
      templates: link(routes.templates()),
    },
    counts: {
      procedures: procedures.length,
      flowcharts: (await getFlowcharts(past)).length,
      templates: (await getTemplates(past)).length,
      regulations: (await getRegulations(past)).length,
    },
    // The handbook (its print page and PDF) is the current text's; a past edition's own pages are printed one by
    // one, from its contents page, so no past page sends a reader to the current text for paper.
    handbookPdf: past ? undefined : handbookDownload(),
    pastContents: past ? editionPath(past, '/') : undefined,
    frame: await docFrame(routes.guide(), past),
    /** What this edition changed, one step from the top of its contents (the footer's 修订记录 is screens away). */
    changes: await editionChangesLink(past),
    seedCounts: SEED_COUNTS,
  };
}

export interface HandbookChapter {
  id: string;
  order: number;
  title: string;
  summary: string;
  procedures: ProcedureView[];
}

export const getHandbookPaths = inCurrentText(async () => [{ params: {}, props: {} }]);

/** The whole guideline as one document: every chapter with its procedures, then the two appendices. */
export async function getHandbookPage() {
  const { chapters, procedures } = await getGuideNavigation(undefined);
  const views = await Promise.all(procedures.map((p) => procedureView(p, undefined)));
  const catalogue = [...(await getRegulations())].sort((a, b) => b.data.issued.localeCompare(a.data.issued));
  const handbookChapters: HandbookChapter[] = chapters.map((c) => ({
    id: c.id,
    order: c.data.order,
    title: c.data.title,
    summary: c.data.summary,
    procedures: views.filter((v) => v.chapter.id === c.id),
  }));
  return {
    site: await getSiteInfo(),
    handbookPdf: handbookDownload(),
    chapters: handbookChapters,
    procedureCount: procedures.length,
    templates: (await getTemplates()).map((t) => ({ ...templateLink(t), category: t.data.category })),
    regulations: catalogue.map((r: CollectionEntry<'regulations'>) => ({
      title: r.data.title,
      issuer: r.data.issuer,
      year: r.data.issued.slice(0, 4),
      docNumber: r.data.docNumber,
    })),
  };
}

/** The procedures that get a templates zip, with the templates it holds. */
export const getProcedureZipPaths = inEveryText(async (past) => {
  const paths = [];
  for (const procedure of await getProcedures(past)) {
    const templates = await templatesOf(procedure, past);
    if (templates.length < MIN_TEMPLATES_FOR_ZIP) continue;
    startEarly(() => templatesZipBytes(templates, past)); // src/data/queries/word-files.ts says why
    paths.push({ params: { chapter: procedure.chapterId, procedure: procedure.id }, props: { templates } });
  }
  return paths;
});

/** /guide/<chapter>/<procedure>/templates.zip: the Word files of one procedure's templates. */
export const getProcedureTemplatesZip = templatesZip;
