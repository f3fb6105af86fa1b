/**
 * The guideline's editions as the views read them: the chain of editions (read once per build from editions/ and
 * content/, the chain of src/lib/editions/coverage.ts), the past editions built under /editions/<year>/, what each
 * changed, and an entry's history across them.
 */
import { isoDay } from '../../lib/dates.ts';
import {
  changedIds,
  editionChain,
  editionItems,
  pastEditionsOf,
  type CoveredKind,
} from '../../lib/editions/coverage.ts';
import { readManifest, type Erratum } from '../../lib/editions/freeze.ts';
import { readEdition, type EditionFiles } from '../../lib/content-source/editions.ts';
import { routes } from '../../lib/routes.ts';
import { getRevisions } from './entries.ts';
import { oncePerBuild } from './once-per-build.ts';
import { projectRoot } from './project.ts';

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

export const titleOf = (files: EditionFiles, kind: CoveredKind, id: string): string | undefined => {
  if (kind === 'regulations') return files.regulations.get(id)?.title as string | undefined;
  const entry = files[kind].get(id);
  return entry && String(entry.data.title ?? id);
};

/** The revision log as the edition chain reads it. */
const revisionDates = async () => (await getRevisions()).map((r) => ({ id: r.id, date: isoDay(r.data.date) }));

export const getEditions = oncePerBuild(async () => {
  const revisions = await getRevisions();
  const byId = new Map(revisions.map((r) => [r.id, r]));
  const chain = editionChain(projectRoot(), await revisionDates());
  const files = chain.map((e) => readEdition(e.dir));
  const items = files.map(editionItems);
  return chain.map((link, i) => {
    const revision = byId.get(link.revision)!;
    const manifest = link.year ? readManifest(projectRoot(), link.year).manifest : undefined;
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
  const past = new Set(pastEditionsOf(projectRoot(), await revisionDates()).map((e) => e.year));
  return (await getEditions()).filter(
    (e): e is typeof e & { year: string } => e.year !== undefined && past.has(e.year),
  );
});

/** One past edition by its year. */
export const getPastEdition = async (year: string) => (await getPastEditions()).find((e) => e.year === year)!;

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

/** The kinds that have comparison pages: the entries a reader works from. */
export const COMPARED = ['procedures', 'templates', 'flowcharts'] as const;
export type ComparedKind = (typeof COMPARED)[number];

export type Edition = Awaited<ReturnType<typeof getEditions>>[number];

/** The revision changes of an edition that name this entry, as the pages quote them. */
export const reasonsFor = (edition: Edition, kind: CoveredKind, itemId: string) =>
  edition.revision.data.changes
    .filter((c) => (c[kind] ?? []).some((ref: { id: string }) => ref.id === itemId))
    .map((c) => `${c.kind}：${c.detail}`);

/** The comparison page of an entry in an edition, when it differs from the previous edition and both hold it. */
export const compareHrefOf = (edition: Edition, kind: CoveredKind, itemId: string) =>
  kind !== 'regulations' &&
  edition.changed?.[kind].includes(itemId) &&
  edition.before![kind].has(itemId) &&
  edition.files[kind].has(itemId)
    ? routes.editionCompare(edition.view.id, kind, itemId)
    : undefined;

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
