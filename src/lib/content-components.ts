/**
 * Where the components an MDX body may use live, from the repository's root: the checker allows imports from here
 * only (src/lib/content-check/mdx-code.ts), and the editor writes a block's import line to here
 * (src/lib/cms/body-blocks.ts). A module of its own because the editor's script cannot bundle the checker's parser.
 */
export const CONTENT_COMPONENTS_DIR = 'src/components/content/';
