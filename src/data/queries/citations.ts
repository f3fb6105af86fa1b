/** Which procedures and duty lists cite each regulation: the catalogue shows it under every entry. */
import { routes } from '../../lib/routes.ts';
import { editionLinks } from './edition-links.ts';
import { getDutyLists, getProcedures, type PastYear } from './entries.ts';

import type { Link } from '../../lib/navigation.ts';

export type CitingPage = Link;

/**
 * In a past edition, its procedures (at the edition's addresses) and the current duty lists (the lists are not
 * part of an edition).
 */
export async function getCitationIndex(
  past?: PastYear,
): Promise<Map<string, { procedures: CitingPage[]; duties: CitingPage[] }>> {
  const index = new Map<string, { procedures: CitingPage[]; duties: CitingPage[] }>();
  const entry = (id: string) => {
    if (!index.has(id)) index.set(id, { procedures: [], duties: [] });
    return index.get(id)!;
  };
  const link = await editionLinks(past);
  for (const p of await getProcedures(past)) {
    const page = { label: p.data.title, href: link(routes.procedure(p.chapterId, p.id)) };
    for (const id of new Set(p.data.basis.map((c) => c.regulation.id))) entry(id).procedures.push(page);
  }
  for (const list of await getDutyLists()) {
    const page = { label: list.data.title, href: routes.dutyList(list.id) };
    const cited = new Set(list.data.items.flatMap((item) => item.basis.map((c) => c.regulation.id)));
    for (const id of cited) entry(id).duties.push(page);
  }
  return index;
}
