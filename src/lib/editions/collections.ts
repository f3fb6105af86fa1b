/**
 * Where the past editions' entries live as Astro collections: one collection per kind of entry, holding that kind
 * from every frozen edition with ids `<year>/<id>` (content.config.ts builds them from the same registry entries
 * as the current collections, so an edition's files are read and validated exactly as they were when current).
 */

/** The collection holding each kind of entry of the past editions. */
export const EDITION_COLLECTIONS = {
  chapters: 'editionChapters',
  procedures: 'editionProcedures',
  flowcharts: 'editionFlowcharts',
  templates: 'editionTemplates',
  regulations: 'editionRegulations',
} as const;

export type EditionKind = keyof typeof EDITION_COLLECTIONS;

/** An edition entry's id split into its edition's year and its own id: 2022/ballot → ['2022', 'ballot']. */
export function splitEditionId(id: string): [year: string, id: string] {
  const cut = id.indexOf('/');
  return [id.slice(0, cut), id.slice(cut + 1)];
}

/**
 * A frozen file resolves its relative imports as the file it was frozen from: editions/<year>/guide/x/y.mdx imports
 * as content/guide/x/y.mdx did (an edition's folder sits one level deeper than content/). Undefined for a file
 * outside editions/.
 */
export function frozenFrom(importer: string): string | undefined {
  const match = /^(.*\/)editions\/\d{4}\/(.+)$/.exec(importer.replaceAll('\\', '/'));
  return match ? `${match[1]}content/${match[2]}` : undefined;
}
