/** Joins used by the duty pages and the role portals. */
import { routes } from '../lib/routes.ts';
import { getProcedures } from './collections.ts';

/** Procedure id → address and title, for linking duty items to the procedures that carry them out. */
export async function getProcedureLinks() {
  const procedures = await getProcedures();
  return new Map(procedures.map((p) => [p.id, { href: routes.procedure(p.chapterId, p.id), title: p.data.title }]));
}
