/**
 * Queries over the content collections, shaped for pages. Pages import from here rather than calling
 * getCollection themselves, so ordering and joins are written once.
 *
 * The guideline's own entries (chapters, procedures, flowcharts, templates, the catalogue) exist in the current
 * text and in every past edition: their queries take the edition's year (`past`), undefined for the current text,
 * and give a past edition's entries with their own ids and the current entries' types (the schemas are the same).
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { EDITION_COLLECTIONS, splitEditionId, type EditionKind } from '../../lib/editions/collections.ts';
import { chapterOfProcedure } from '../../lib/routes.ts';
import { DUTY_LISTS, type DutyListFact } from '../../schemas/seed-facts.ts';
import { oncePerBuild, oncePerKey } from './once-per-build.ts';

/** Which text of the guideline: a past edition's year, or undefined for the current text. */
export type PastYear = string | undefined;

/** Every past edition's entries of each kind, by year, each under its own id. */
const pastEntries = oncePerBuild(async () => {
  const byKind = new Map<EditionKind, Map<string, unknown[]>>();
  for (const [kind, collection] of Object.entries(EDITION_COLLECTIONS) as [EditionKind, CollectionKey][]) {
    const byYear = new Map<string, unknown[]>();
    for (const entry of await getCollection(collection)) {
      const [year, id] = splitEditionId(entry.id);
      if (!byYear.has(year)) byYear.set(year, []);
      byYear.get(year)!.push({ ...entry, id });
    }
    byKind.set(kind, byYear);
  }
  return byKind;
});

/** One kind of the guideline's entries in a text. */
export async function guideEntries<K extends EditionKind>(kind: K, past: PastYear): Promise<CollectionEntry<K>[]> {
  if (past === undefined) return (await getCollection(kind)) as CollectionEntry<K>[];
  return ((await pastEntries()).get(kind)?.get(past) ?? []) as CollectionEntry<K>[];
}

/** The guideline's entries of one kind in a text, by id, for resolving references. */
export const guideIndex: <K extends EditionKind>(
  kind: K,
  past: PastYear,
) => Promise<Map<string, CollectionEntry<K>>> = async (kind, past) =>
  new Map((await guideEntries(kind, past)).map((e) => [e.id, e]));

const byOrder = <T extends { data: { order: number } }>(a: T, b: T) => a.data.order - b.data.order;

/** Entries of a collection by id, for resolving references. */
export async function indexOf<C extends CollectionKey>(collection: C): Promise<Map<string, CollectionEntry<C>>> {
  const entries = await getCollection(collection);
  return new Map(entries.map((e) => [e.id, e]));
}

export async function getChapters(past?: PastYear) {
  return (await guideEntries('chapters', past)).sort(byOrder);
}

export type Procedure = CollectionEntry<'procedures'> & { chapterId: string };

/** All procedures in reading order (chapter, then order), each with its chapter. */
export const getProcedures: (past?: PastYear) => Promise<readonly Procedure[]> = oncePerKey(async (past?: PastYear) => {
  const chapters = await getChapters(past);
  const chapterRank = new Map(chapters.map((c) => [c.id, c.data.order]));
  return (await guideEntries('procedures', past))
    .map((p) => ({ ...p, chapterId: chapterOfProcedure(p.filePath ?? '') }))
    .sort(
      (a, b) =>
        (chapterRank.get(a.chapterId) ?? 0) - (chapterRank.get(b.chapterId) ?? 0) || a.data.order - b.data.order,
    );
});

export type DutyList = CollectionEntry<'duties'> & { fact: DutyListFact };

/** The nine lists in the seed's order, each with its fixed facts (level, kind, count). */
export async function getDutyLists(): Promise<DutyList[]> {
  const entries = await indexOf('duties');
  return DUTY_LISTS.flatMap((fact) => {
    const entry = entries.get(fact.id);
    return entry ? [{ ...entry, fact }] : [];
  });
}

export async function getFlowcharts(past?: PastYear) {
  return (await guideEntries('flowcharts', past)).sort(byOrder);
}

export async function getTemplates(past?: PastYear) {
  return (await guideEntries('templates', past)).sort((a, b) => a.data.number - b.data.number);
}

export async function getRegulations(past?: PastYear) {
  return guideEntries('regulations', past);
}

/** Newest first. */
export async function getBulletins() {
  return (await getCollection('bulletins')).sort((a, b) => b.data.issue - a.data.issue);
}

export async function getProblems() {
  return (await getCollection('rectification')).sort((a, b) => a.data.number - b.data.number);
}

export async function getUnits() {
  return (await getCollection('units')).sort(byOrder);
}

export async function getSeries() {
  return (await getCollection('series')).sort(byOrder);
}

/** Newest first. */
export async function getCases() {
  return (await getCollection('cases')).sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
}

export async function getPublicity() {
  return (await getCollection('publicity')).sort(byOrder);
}

/** Newest first. */
export async function getRevisions() {
  return (await getCollection('revisions')).sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
}

/** Every entry of a collection, in no particular order (the search vocabulary reads every text). */
export async function getAll<C extends CollectionKey>(collection: C): Promise<CollectionEntry<C>[]> {
  return getCollection(collection);
}

/** The readers' words of content/search/words.yaml. */
export async function getSearchWords() {
  const [words] = await getCollection('searchWords');
  return words;
}
