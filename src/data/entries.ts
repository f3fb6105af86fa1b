/**
 * Queries over the content collections, shaped for pages. Pages import from here rather than calling
 * getCollection themselves, so ordering and joins are written once.
 */
import { getCollection, type CollectionEntry, type CollectionKey } from 'astro:content';
import { chapterOfProcedure } from '../lib/routes.ts';
import { DUTY_LISTS, type DutyListFact } from '../schemas/seed-facts.ts';
import { oncePerBuild } from './once-per-build.ts';

const byOrder = <T extends { data: { order: number } }>(a: T, b: T) => a.data.order - b.data.order;

/** Entries of a collection by id, for resolving references. */
export async function indexOf<C extends CollectionKey>(collection: C): Promise<Map<string, CollectionEntry<C>>> {
  const entries = await getCollection(collection);
  return new Map(entries.map((e) => [e.id, e]));
}

export async function getChapters() {
  return (await getCollection('chapters')).sort(byOrder);
}

export type Procedure = CollectionEntry<'procedures'> & { chapterId: string };

/** All procedures in reading order (chapter, then order), each with its chapter. */
export const getProcedures: () => Promise<readonly Procedure[]> = oncePerBuild(async () => {
  const chapters = await getChapters();
  const chapterRank = new Map(chapters.map((c) => [c.id, c.data.order]));
  return (await getCollection('procedures'))
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

export async function getFlowcharts() {
  return (await getCollection('flowcharts')).sort(byOrder);
}

export async function getTemplates() {
  return (await getCollection('templates')).sort((a, b) => a.data.number - b.data.number);
}

export async function getRegulations() {
  return getCollection('regulations');
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
