/** Names of the custom file formats registered with Decap CMS (CMS.registerCustomFormat) and named in its config. */
export const YAML_KEEP = 'yaml-keep';
export const YAML_LIST_KEEP = 'yaml-list-keep';
export const MDX_KEEP = 'mdx-keep';
