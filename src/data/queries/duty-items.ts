/** A duty list's items as the duty list pages and the role portals show them: citations and procedures resolved. */
import type { CollectionEntry } from 'astro:content';
import { citationResolver, procedureLinks, type CitationLink, type PageLink } from './links.ts';

export interface DutyItemView {
  text: string;
  citations: CitationLink[];
  /** The procedures that carry the item out; an id the guide lacks stays as text. */
  procedures: (PageLink | { title: string; href?: undefined })[];
}

export async function dutyItemsView(items: CollectionEntry<'duties'>['data']['items']): Promise<DutyItemView[]> {
  const cite = await citationResolver();
  const links = await procedureLinks();
  return items.map((item) => ({
    text: item.text,
    citations: cite(item.basis),
    procedures: (item.procedures ?? []).map((ref) => links.get(ref.id) ?? { title: ref.id }),
  }));
}
