/**
 * The editions' views: the list of editions, what changed in each against the one before, and each changed
 * procedure compared with its previous edition. Read once per build from editions/ and content/ (the chain of
 * src/lib/editions/coverage.ts), so the pages only render what is prepared here.
 */
import { isoDay } from '../lib/dates.ts';
import { compareProcedures, type ProcedureComparison } from '../lib/editions/compare.ts';
import { changedIds, COVERED, editionChain, editionItems, type CoveredKind } from '../lib/editions/coverage.ts';
import { readManifest, type Erratum } from '../lib/editions/freeze.ts';
import { readEdition, type EditionFiles } from '../lib/editions/read.ts';
import { routes } from '../lib/routes.ts';
import { DUTY_LISTS } from '../schemas/seed-facts.ts';
import { getRevisions } from './entries.ts';
import { oncePerBuild } from './once-per-build.ts';

export interface EditionView {
  id: string;
  title: string;
  date: Date;
  summary: string;
  example: boolean;
  current: boolean;
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

export const getEditions = oncePerBuild(async () => {
  const revisions = await getRevisions();
  const byId = new Map(revisions.map((r) => [r.id, r]));
  const chain = editionChain(
    process.cwd(),
    revisions.map((r) => ({ id: r.id, date: isoDay(r.data.date) })),
  );
  const files = chain.map((e) => readEdition(e.dir));
  const items = chain.map((e) => editionItems(e.dir));
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
      frozen: manifest?.frozen,
      errata: manifest?.errata ?? [],
      previous: previous && { id: previous.id, title: previous.data.title },
      changeCount: changed ? Object.values(changed).reduce((n, ids) => n + ids.length, 0) : 0,
    };
    return { view, files: files[i]!, before: i > 0 ? files[i - 1] : undefined, changed, revision };
  });
});

export async function getEditionsPage() {
  return { editions: (await getEditions()).map((e) => e.view).reverse() };
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
  const { files, before, changed, revision } = edition;
  const reasonsFor = (kind: CoveredKind, itemId: string) =>
    revision.data.changes
      .filter((c) => (c[kind] ?? []).some((ref: { id: string }) => ref.id === itemId))
      .map((c) => `${c.kind}：${c.detail}`);
  const currentHref = (kind: CoveredKind, itemId: string) => {
    const entry = kind === 'procedures' ? files.procedures.get(itemId) : undefined;
    if (!edition.view.current) return undefined;
    if (kind === 'procedures') return entry?.chapter && routes.procedure(entry.chapter, itemId);
    if (kind === 'flowcharts') return files.flowcharts.has(itemId) ? routes.flowchart(itemId) : undefined;
    if (kind === 'templates') return files.templates.has(itemId) ? routes.template(itemId) : undefined;
    return files.regulations.has(itemId) ? routes.regulation(itemId) : undefined;
  };
  const sections = SECTIONS.map(({ kind, heading }) => ({
    heading,
    label: COVERED[kind].label,
    items: changed![kind].map((itemId): ChangedItem => {
      const inBefore = titleOf(before!, kind, itemId);
      const inAfter = titleOf(files, kind, itemId);
      const state = !inBefore ? 'added' : !inAfter ? 'removed' : 'changed';
      return {
        id: itemId,
        title: inAfter ?? inBefore ?? itemId,
        kind: state,
        compareHref: kind === 'procedures' && state === 'changed' ? routes.editionCompare(id, itemId) : undefined,
        currentHref: currentHref(kind, itemId),
        reasons: reasonsFor(kind, itemId),
      };
    }),
  }));
  return { edition: edition.view, sections };
}

/** Every procedure that differs from the previous edition and exists in both: each gets a comparison page. */
export async function getEditionComparePaths() {
  return (await getEditions()).flatMap((e) =>
    (e.changed?.procedures ?? [])
      .filter((p) => e.before!.procedures.has(p) && e.files.procedures.has(p))
      .map((p) => ({ params: { edition: e.view.id, procedure: p }, props: { edition: e.view.id, procedure: p } })),
  );
}

export interface ComparePage {
  edition: EditionView;
  procedure: { id: string; title: string; currentHref?: string | undefined };
  comparison: ProcedureComparison;
  reasons: string[];
}

export async function getEditionComparePage(editionId: string, procedureId: string): Promise<ComparePage> {
  const edition = (await getEditions()).find((e) => e.view.id === editionId)!;
  const { files, before, revision } = edition;
  const after = files.procedures.get(procedureId)!;
  // Named as the later edition names them: its catalogue, its templates and flowcharts.
  const names = {
    regulation: (r: string) => String(files.regulations.get(r)?.title ?? before!.regulations.get(r)?.title ?? r),
    duty: (d: string) => DUTY_LISTS.find((l) => l.id === d)?.subject ?? d,
    template: (t: string) => titleOf(files, 'templates', t) ?? titleOf(before!, 'templates', t) ?? t,
    flowchart: (f: string) => titleOf(files, 'flowcharts', f) ?? titleOf(before!, 'flowcharts', f) ?? f,
  };
  return {
    edition: edition.view,
    procedure: {
      id: procedureId,
      title: String(after.data.title ?? procedureId),
      currentHref: edition.view.current && after.chapter ? routes.procedure(after.chapter, procedureId) : undefined,
    },
    comparison: compareProcedures(before!.procedures.get(procedureId)!, after, names),
    reasons: revision.data.changes
      .filter((c) => (c.procedures ?? []).some((ref: { id: string }) => ref.id === procedureId))
      .map((c) => `${c.kind}：${c.detail}`),
  };
}

export interface ProcedureHistory {
  /** The earliest edition the site holds. */
  since: string;
  /** Each later edition that changed this procedure, newest first. */
  changes: { edition: string; date: Date; reasons: string[]; compareHref?: string | undefined }[];
}

/** 修订情况 of a procedure page: the editions that changed it, or undefined while the site holds one edition. */
export async function getProcedureHistory(id: string): Promise<ProcedureHistory | undefined> {
  const editions = await getEditions();
  if (editions.length < 2) return undefined;
  const changes = editions
    .filter((e) => e.changed?.procedures.includes(id))
    .map((e) => ({
      edition: e.view.title,
      date: e.view.date,
      reasons: e.revision.data.changes
        .filter((c) => (c.procedures ?? []).some((ref: { id: string }) => ref.id === id))
        .map((c) => `${c.kind}：${c.detail}`),
      compareHref:
        e.before!.procedures.has(id) && e.files.procedures.has(id) ? routes.editionCompare(e.view.id, id) : undefined,
    }))
    .reverse();
  return { since: editions[0]!.view.title, changes };
}
