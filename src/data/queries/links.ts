/**
 * References resolved into what a page links to: citations with their regulation's title, templates with their
 * number, procedures with their address. Every view that shows one of these resolves it here.
 */
import type { CollectionEntry } from 'astro:content';
import { routes } from '../../lib/routes.ts';
import { editionLinks } from './edition-links.ts';
import { getProcedures, guideIndex, type PastYear } from './entries.ts';
import { oncePerBuild, oncePerKey } from './once-per-build.ts';

export interface CitationLink {
  href: string;
  /** The regulation's title without 《》. */
  title: string;
  articles?: string | undefined;
  note?: string | undefined;
}

export interface TemplateLink {
  id: string;
  number: number;
  title: string;
  href: string;
}

export interface PageLink {
  title: string;
  href: string;
}

type Citation = { regulation: { id: string }; articles?: string | undefined; note?: string | undefined };

/** Each regulation's title and the short name prose cites it by (its first alias: 支部条例, 发展党员细则). */
export const regulationNames = oncePerKey(
  async (past: PastYear) =>
    new Map(
      [...(await guideIndex('regulations', past))].map(([id, r]) => [
        id,
        { title: r.data.title, short: r.data.aliases?.[0] ?? r.data.title },
      ]),
    ),
);

/** A function resolving citations in a text; the checker has made sure every regulation exists. */
export async function citationResolver(past?: PastYear): Promise<(citations: readonly Citation[]) => CitationLink[]> {
  const names = await regulationNames(past);
  const link = await editionLinks(past);
  return (citations) =>
    citations.map((c) => ({
      href: link(routes.regulation(c.regulation.id)),
      title: names.get(c.regulation.id)?.title ?? c.regulation.id,
      articles: c.articles,
      note: c.note,
    }));
}

export const templateLink = (t: CollectionEntry<'templates'>): TemplateLink => ({
  id: t.id,
  number: t.data.number,
  title: t.data.title,
  href: routes.template(t.id),
});

/** Templates of a list of references in a text, in the order given, each linked in that text. */
export async function templateLinks(
  refs: readonly { id: string }[] | undefined,
  past?: PastYear,
): Promise<TemplateLink[]> {
  const templates = await guideIndex('templates', past);
  const link = await editionLinks(past);
  return (refs ?? []).flatMap((ref) => {
    const t = templates.get(ref.id);
    return t ? [{ ...templateLink(t), href: link(routes.template(t.id)) }] : [];
  });
}

/** Procedure id → its title and address. */
export const procedureLinks = oncePerBuild(async (): Promise<Map<string, PageLink>> => {
  const procedures = await getProcedures();
  return new Map(procedures.map((p) => [p.id, { href: routes.procedure(p.chapterId, p.id), title: p.data.title }]));
});
