/**
 * The editions' views: the list of editions, what changed in each against the one before, and each changed
 * procedure compared with its previous edition. Read once per build from editions/ and content/ (the chain of
 * src/lib/editions/coverage.ts), so the pages only render what is prepared here.
 */
import { isoDay } from '../lib/dates.ts';
import {
  compareFlowcharts,
  compareProcedures,
  compareTemplates,
  type ProcedureComparison,
} from '../lib/editions/compare.ts';
import {
  changedIds,
  COVERED,
  editionChain,
  editionItems,
  pastEditionsOf,
  type CoveredKind,
} from '../lib/editions/coverage.ts';
import { readManifest, type Erratum } from '../lib/editions/freeze.ts';
import { yearsWithoutEdition } from '../lib/editions/gaps.ts';
import { editionPath } from '../lib/editions/links.ts';
import { readEdition, type EditionFiles } from '../lib/editions/read.ts';
import { routes } from '../lib/routes.ts';
import { dutyListOwner } from '../lib/duty-lists.ts';
import { getRevisions } from './entries.ts';
import { oncePerBuild } from './once-per-build.ts';

/**
 * What a reconstructed past edition is, in plain words, wherever one is offered (the editions index and the banner
 * of each of its pages). A past edition whose revision entry is illustrative (`example: true`) was not frozen while
 * it was in force: it was rebuilt backwards from the current text by the changes the revision log lists
 * (content/revisions.yaml says so), so nothing may present its text as what was in use in its year.
 */
export const reconstructionNote = (subject: string) =>
  `${subject}是示意版本：根据现行指引和修订记录倒推整理，不是当年印发的指引原件，不代表当年实际执行的文本，只用来演示往年版本的查阅和对比。`;

export interface EditionView {
  id: string;
  title: string;
  date: Date;
  summary: string;
  example: boolean;
  current: boolean;
  /** A past edition rebuilt from the current text (an illustrative one): reconstructionNote says so. */
  reconstructed: boolean;
  /** The day a past edition was frozen, and its errata since. */
  frozen?: string | undefined;
  errata: Erratum[];
  previous?: { id: string; title: string } | undefined;
  /** How many procedures, flowcharts, templates and catalogue entries differ from the previous edition. */
  changeCount: number;
}

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

const titleOf = (files: EditionFiles, kind: CoveredKind, id: string): string | undefined => {
  if (kind === 'regulations') return files.regulations.get(id)?.title as string | undefined;
  const entry = files[kind].get(id);
  return entry && String(entry.data.title ?? id);
};

/** The revision log as the edition chain reads it. */
const revisionDates = async () => (await getRevisions()).map((r) => ({ id: r.id, date: isoDay(r.data.date) }));

export const getEditions = oncePerBuild(async () => {
  const revisions = await getRevisions();
  const byId = new Map(revisions.map((r) => [r.id, r]));
  const chain = editionChain(process.cwd(), await revisionDates());
  const files = chain.map((e) => readEdition(e.dir));
  const items = files.map(editionItems);
  return chain.map((link, i) => {
    const revision = byId.get(link.revision)!;
    const manifest = link.year ? readManifest(process.cwd(), link.year).manifest : undefined;
    const previous = i > 0 ? byId.get(chain[i - 1]!.revision) : undefined;
    const changed = i > 0 ? changedIds(items[i - 1]!, items[i]!) : undefined;
    const view: EditionView = {
      id: revision.id,
      title: revision.data.title,
      date: revision.data.date,
      summary: revision.data.summary,
      example: revision.data.example,
      current: link.current,
      reconstructed: !link.current && revision.data.example,
      frozen: manifest?.frozen,
      errata: manifest?.errata ?? [],
      previous: previous && { id: previous.id, title: previous.data.title },
      changeCount: changed ? Object.values(changed).reduce((n, ids) => n + ids.length, 0) : 0,
    };
    return {
      view,
      year: link.year,
      files: files[i]!,
      before: i > 0 ? files[i - 1] : undefined,
      changed,
      revision,
    };
  });
});

/** The editions rendered as past editions under /editions/<year>/ (which ones: pastEditionsOf). */
export const getPastEditions = oncePerBuild(async () => {
  const past = new Set(pastEditionsOf(process.cwd(), await revisionDates()).map((e) => e.year));
  return (await getEditions()).filter(
    (e): e is typeof e & { year: string } => e.year !== undefined && past.has(e.year),
  );
});

/** One past edition by its year. */
export const getPastEdition = async (year: string) => (await getPastEditions()).find((e) => e.year === year)!;

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

/**
 * The link to what an edition changed, for the top of the home page and of the guide's index: the edition in
 * force, or the past edition `id`. Named by the edition, never 今年: the site is read long after it is built.
 */
export async function editionChangesLink(id?: string) {
  const editions = await getEditions();
  const edition = editions.find((e) => (id ? e.view.id === id : e.view.current));
  if (!edition?.changed || !edition.view.previous) return undefined;
  return {
    label: `${edition.view.title}改了什么`,
    detail: `与${edition.view.previous.title}相比改动 ${edition.view.changeCount} 项`,
    href: routes.editionChanges(edition.view.id),
    current: edition.view.current,
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

/** The kinds that have comparison pages: the entries a reader works from. */
export const COMPARED = ['procedures', 'templates', 'flowcharts'] as const;
export type ComparedKind = (typeof COMPARED)[number];

type Edition = Awaited<ReturnType<typeof getEditions>>[number];

/** The revision changes of an edition that name this entry, as the pages quote them. */
const reasonsFor = (edition: Edition, kind: CoveredKind, itemId: string) =>
  edition.revision.data.changes
    .filter((c) => (c[kind] ?? []).some((ref: { id: string }) => ref.id === itemId))
    .map((c) => `${c.kind}：${c.detail}`);

/** The comparison page of an entry in an edition, when it differs from the previous edition and both hold it. */
const compareHrefOf = (edition: Edition, kind: CoveredKind, itemId: string) =>
  kind !== 'regulations' &&
  edition.changed?.[kind].includes(itemId) &&
  edition.before![kind].has(itemId) &&
  edition.files[kind].has(itemId)
    ? routes.editionCompare(edition.view.id, kind, itemId)
    : undefined;

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

export interface EntryHistory {
  /** The earliest edition the site holds. */
  since: string;
  /** Each later edition that changed this entry, newest first. */
  changes: { edition: string; date: Date; reasons: string[]; compareHref?: string | undefined }[];
}

/**
 * 修订情况 of a procedure or template page: the editions that changed it, or undefined while the site holds one
 * edition.
 */
export async function getEntryHistory(kind: ComparedKind, id: string): Promise<EntryHistory | undefined> {
  const editions = await getEditions();
  if (editions.length < 2) return undefined;
  const changes = editions
    .filter((e) => e.changed?.[kind].includes(id))
    .map((e) => ({
      edition: e.view.title,
      date: e.view.date,
      reasons: reasonsFor(e, kind, id),
      compareHref: compareHrefOf(e, kind, id),
    }))
    .reverse();
  return { since: editions[0]!.view.title, changes };
}
