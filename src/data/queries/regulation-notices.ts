/**
 * The notices of the current text's pages that rest on a regulation revised since they were checked against it
 * (src/lib/regulation-versions.ts): made from the catalogue's versions and each entry's `checked`, one per regulation,
 * for the procedure page, its 时间推算, its flowchart, its templates (page and Word file) and the printed guide.
 * A past edition's pages carry none: they are superseded as a whole, and their banner says so.
 */
import type { CollectionEntry } from 'astro:content';
import { routes } from '../../lib/routes.ts';
import {
  noticeSentences,
  pendingReviews,
  procedureReliances,
  type PendingReview,
  type Reliance,
  type RegulationVersions,
} from '../../lib/regulation-versions.ts';
import { guideEntries, guideIndex, type PastYear } from './entries.ts';
import { oncePerBuild } from './once-per-build.ts';

export interface RevisionNotice {
  /** The regulation's page in the catalogue. */
  href: string;
  /** 《中国共产党发展党员工作细则》 */
  title: string;
  sentences: string[];
}

const catalogue = oncePerBuild(
  async () =>
    new Map<string, RegulationVersions>(
      [...(await guideIndex('regulations', undefined))].map(([id, r]) => [id, r.data]),
    ),
);

const proceduresById = oncePerBuild(
  async () => new Map((await guideEntries('procedures', undefined)).map((p) => [p.id, p])),
);

const asNotices = (pending: PendingReview[], subject: string): RevisionNotice[] =>
  pending.map((p) => ({
    href: routes.regulation(p.regulation),
    title: `《${p.title}》`,
    sentences: noticeSentences(p, subject),
  }));

async function noticesFor(
  reliances: Reliance[],
  checked: Record<string, string> | undefined,
  past: PastYear,
  subject: string,
): Promise<RevisionNotice[]> {
  if (past !== undefined) return [];
  return asNotices(pendingReviews(reliances, checked, await catalogue()), subject);
}

/** What the procedures named rest on, as plain regulation ids (a chart or template is not a timeline limit). */
async function reliancesOf(procedureIds: readonly string[]): Promise<string[]> {
  const procedures = await proceduresById();
  return procedureIds.flatMap((id) => {
    const p = procedures.get(id);
    return p ? procedureReliances(p.data).map((r) => (typeof r === 'string' ? r : r.regulation)) : [];
  });
}

export async function procedureNotices(
  procedure: CollectionEntry<'procedures'>,
  past: PastYear,
  subject = '本页',
): Promise<RevisionNotice[]> {
  return noticesFor(procedureReliances(procedure.data), procedure.data.checked, past, subject);
}

export async function flowchartNotices(
  chart: CollectionEntry<'flowcharts'>,
  past: PastYear,
): Promise<RevisionNotice[]> {
  return noticesFor(await reliancesOf([chart.data.procedure.id]), chart.data.checked, past, '本图');
}

export async function templateNotices(
  template: CollectionEntry<'templates'>,
  past: PastYear,
  subject = '本模板',
): Promise<RevisionNotice[]> {
  return noticesFor(await reliancesOf(template.data.procedures.map((p) => p.id)), template.data.checked, past, subject);
}

/** The time limits of a procedure's 时间推算, each by its regulation and the version it was checked against. */
export async function timelineNotices(procedure: CollectionEntry<'procedures'>): Promise<RevisionNotice[]> {
  const limits = procedureReliances({ basis: [], timeline: procedure.data.timeline });
  return noticesFor(limits, procedure.data.checked, undefined, '本页的时限');
}
