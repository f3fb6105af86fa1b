/**
 * The views of /editions/: the list of editions, each past edition's home, what changed in each against the one
 * before, and each changed entry compared with its previous edition. The edition records themselves (read once per
 * build from editions/ and content/, the chain of src/lib/editions/coverage.ts) are src/data/queries/editions.ts.
 */
import { erratumParts } from '../lib/editions/freeze.ts';
import {
  compareFlowcharts,
  compareProcedures,
  compareTemplates,
  type ProcedureComparison,
} from '../lib/editions/compare.ts';
import { COVERED, type CoveredKind } from '../lib/editions/coverage.ts';
import { yearsWithoutEdition } from '../lib/editions/gaps.ts';
import { editionPath, routes } from '../lib/routes.ts';
import { dutyListOwner } from '../lib/duty-lists.ts';
import {
  COMPARED,
  compareHrefOf,
  getEditions,
  getPastEdition,
  getPastEditions,
  reasonsFor,
  reconstructionNote,
  titleOf,
  type ComparedKind,
  type EditionView,
} from './queries/editions.ts';
import { editionLinks } from './queries/edition-links.ts';
import { getChapters, getFlowcharts, getProcedures, getTemplates } from './queries/entries.ts';
import { inPastTexts } from './queries/texts.ts';

/** One thing that differs from the previous edition, with the revision changes that name it. */
export interface ChangedItem {
  id: string;
  title: string;
  kind: 'added' | 'removed' | 'changed';
  /** The comparison page, for a procedure present in both editions. */
  compareHref?: string | undefined;
  /** Where the current site shows it, if it still exists. */
  currentHref?: string | undefined;
  reasons: string[];
}

export async function getEditionsPage() {
  const past = new Map((await getPastEditions()).map((e) => [e.view.id, e.year]));
  const all = await getEditions();
  const gaps = yearsWithoutEdition(all.map((e) => ({ year: e.view.date.getUTCFullYear(), title: e.view.title })));
  const editions = all
    .map((e, i) => {
      const year = past.get(e.view.id);
      // Each edition's own text: a past edition's section, or the guide itself for the edition in force.
      // `gapBefore`: the years since the previous edition in which there was none (2025年指引未修订…).
      return { ...e.view, home: year ? editionPath(year, '/') : routes.guide(), gapBefore: gaps[i] || undefined };
    })
    .reverse();
  const reconstructed = editions.filter((e) => e.reconstructed).map((e) => e.title);
  return {
    editions,
    /** Said once above the list, naming them, when any edition listed is a reconstruction. */
    reconstructionNote: reconstructed.length ? reconstructionNote(`本站收录的${reconstructed.join('、')}`) : undefined,
  };
}

/** The editions that have a previous one to compare with: each gets a changes page. */
export async function getEditionChangesPaths() {
  return (await getEditions())
    .filter((e) => e.changed)
    .map((e) => ({ params: { edition: e.view.id }, props: { id: e.view.id } }));
}

const SECTIONS: { kind: CoveredKind; heading: string }[] = [
  { kind: 'procedures', heading: '工作程序' },
  { kind: 'flowcharts', heading: '流程图' },
  { kind: 'templates', heading: '文书模板' },
  { kind: 'regulations', heading: '制度文件目录' },
];

export async function getEditionChangesPage(id: string) {
  const edition = (await getEditions()).find((e) => e.view.id === id)!;
  const { files, before, changed } = edition;
  const currentHref = (kind: CoveredKind, itemId: string) => {
    if (!edition.view.current) return undefined;
    if (kind === 'procedures') {
      const chapter = files.procedures.get(itemId)?.chapter;
      return chapter && routes.procedure(chapter, itemId);
    }
    if (kind === 'flowcharts') return files.flowcharts.has(itemId) ? routes.flowchart(itemId) : undefined;
    if (kind === 'templates') return files.templates.has(itemId) ? routes.template(itemId) : undefined;
    return files.regulations.has(itemId) ? routes.regulation(itemId) : undefined;
  };
  const sections = SECTIONS.map(({ kind, heading }) => ({
    heading,
    items: changed![kind].map((itemId): ChangedItem => {
      const inBefore = titleOf(before!, kind, itemId);
      const inAfter = titleOf(files, kind, itemId);
      return {
        id: itemId,
        title: inAfter ?? inBefore ?? itemId,
        kind: !inBefore ? 'added' : !inAfter ? 'removed' : 'changed',
        compareHref: compareHrefOf(edition, kind, itemId),
        currentHref: currentHref(kind, itemId),
        reasons: reasonsFor(edition, kind, itemId),
      };
    }),
  }));
  return { edition: edition.view, sections };
}

/** Every procedure, template and flowchart that differs from the previous edition and both hold: a comparison page. */
export async function getEditionComparePaths() {
  return (await getEditions()).flatMap((e) =>
    COMPARED.flatMap((kind) =>
      (e.changed?.[kind] ?? [])
        .filter((item) => compareHrefOf(e, kind, item))
        .map((item) => ({ params: { edition: e.view.id, kind, item }, props: { edition: e.view.id, kind, item } })),
    ),
  );
}

export interface ComparePage {
  edition: EditionView;
  /** 工作程序 or 文书模板. */
  label: string;
  entry: { id: string; title: string; currentHref?: string | undefined };
  comparison: ProcedureComparison;
  reasons: string[];
}

export async function getEditionComparePage(editionId: string, kind: ComparedKind, id: string): Promise<ComparePage> {
  const edition = (await getEditions()).find((e) => e.view.id === editionId)!;
  const { files, before } = edition;
  const after = files[kind].get(id)!;
  // Named as the later edition names them (falling back to the earlier one for what it dropped).
  const names = {
    procedure: (p: string) => titleOf(files, 'procedures', p) ?? titleOf(before!, 'procedures', p) ?? p,
    regulation: (r: string) => titleOf(files, 'regulations', r) ?? titleOf(before!, 'regulations', r) ?? r,
    duty: dutyListOwner,
    template: (t: string) => titleOf(files, 'templates', t) ?? titleOf(before!, 'templates', t) ?? t,
    flowchart: (f: string) => titleOf(files, 'flowcharts', f) ?? titleOf(before!, 'flowcharts', f) ?? f,
  };
  const compare = { procedures: compareProcedures, templates: compareTemplates, flowcharts: compareFlowcharts }[kind];
  const chapter = files.procedures.get(id)?.chapter;
  const currentHref = !edition.view.current
    ? undefined
    : kind === 'templates'
      ? routes.template(id)
      : kind === 'flowcharts'
        ? routes.flowchart(id)
        : chapter && routes.procedure(chapter, id);
  return {
    edition: edition.view,
    label: COVERED[kind].label,
    entry: { id, title: String(after.data.title ?? id), currentHref },
    comparison: compare(before![kind].get(id)!, after, names),
    reasons: reasonsFor(edition, kind, id),
  };
}

export const getPastEditionPaths = inPastTexts(async () => [{ params: {}, props: {} }]);

/** A past edition's home: what it is, what it holds, its errata, and where its changes are listed. */
export async function getPastEditionPage(year: string) {
  const edition = await getPastEdition(year);
  const [chapters, procedures, flowcharts, templates] = await Promise.all([
    getChapters(year),
    getProcedures(year),
    getFlowcharts(year),
    getTemplates(year),
  ]);
  // Every page listed here is one the edition holds, so each link is the edition's own.
  const at = await editionLinks(year);
  return {
    edition: edition.view,
    errata: edition.view.errata.map((x) => ({ date: x.date, reason: x.reason, parts: erratumParts(x.files) })),
    changesHref: edition.changed ? routes.editionChanges(edition.view.id) : undefined,
    sections: [
      { label: '工作指引', href: at(routes.guide()), count: `${chapters.length} 章、${procedures.length} 个工作程序` },
      { label: '流程图', href: at(routes.flowcharts()), count: `${flowcharts.length} 张` },
      { label: '文书模板', href: at(routes.templates()), count: `${templates.length} 个，附 Word 文件` },
      { label: '制度文件目录', href: at(routes.regulations()), count: '' },
    ],
    chapters: chapters.map((c) => ({
      title: c.data.title,
      href: at(routes.chapter(c.id)),
      procedures: procedures
        .filter((p) => p.chapterId === c.id)
        .map((p) => ({ title: p.data.title, href: at(routes.procedure(c.id, p.id)) })),
    })),
  };
}
