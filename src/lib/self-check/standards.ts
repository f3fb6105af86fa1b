/**
 * A procedure's 工作标准 as the site's content writes them: the bullet list under the body heading `## 工作标准`.
 * Read at build time from the MDX body with the site's parser, so the self-check lists exactly what the
 * procedure's page shows.
 */
import { headingIds, parseMdx, textOf, type MdNode } from '../mdast.ts';

export const STANDARDS_HEADING = '工作标准';

export interface ProcedureStandards {
  /** Each standard's text, in order. */
  items: string[];
  /** The heading's id on the procedure's page, for a link to the text; undefined when the body has none. */
  headingId: string | undefined;
}

const isStandardsHeading = (node: MdNode) =>
  node.type === 'heading' && node.depth === 2 && textOf(node).trim() === STANDARDS_HEADING;

export function procedureStandards(body: string): ProcedureStandards {
  const tree = parseMdx(body);
  const nodes = tree.children ?? [];
  const start = nodes.findIndex(isStandardsHeading);
  if (start < 0) return { items: [], headingId: undefined };
  const end = nodes.findIndex((n, i) => i > start && n.type === 'heading' && (n.depth ?? 1) <= 2);
  const items = nodes
    .slice(start + 1, end < 0 ? undefined : end)
    .filter((n) => n.type === 'list')
    .flatMap((list) => list.children ?? [])
    .map((item) => textOf(item).replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  const headingId = headingIds(tree).find((h) => h.text.trim() === STANDARDS_HEADING)?.id;
  return { items, headingId };
}
