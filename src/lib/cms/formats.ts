export const YAML_KEEP = 'yaml-keep';
export const YAML_LIST_KEEP = 'yaml-list-keep';
export const MDX_KEEP = 'mdx-keep';
