/** Names of the custom file formats registered with Decap CMS (CMS.registerCustomFormat) and named in its config. */
import type { CollectionDef } from '../../schemas/collections.ts';

export const YAML_KEEP = 'yaml-keep';
export const YAML_LIST_KEEP = 'yaml-list-keep';
export const MDX_KEEP = 'mdx-keep';

export type KeepFormatName = typeof YAML_KEEP | typeof YAML_LIST_KEEP | typeof MDX_KEEP;

/**
 * The format a collection's files are edited with: an MDX entry, a YAML map (one entry per file, or a file of one
 * entry), or a YAML file whose top level is a list, which YAML_LIST_KEEP presents to Decap as `{ items }`.
 */
export function formatNameOf(def: CollectionDef): KeepFormatName {
  if (def.source.kind === 'file') return def.source.single ? YAML_KEEP : YAML_LIST_KEEP;
  return def.source.pattern.endsWith('.mdx') ? MDX_KEEP : YAML_KEEP;
}
