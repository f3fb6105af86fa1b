/** What a copy of the project needs in order to build (node_modules aside): for the bench and the build tests. */
export const BUILD_INPUTS = [
  'astro.config.ts',
  'package.json',
  'tsconfig.json',
  'CONTRIBUTING.md', // rendered as the /contribute/ page
  'src',
  'scripts',
  'content',
  'diagrams',
  'handbook', // the committed handbook PDF (scripts/handbook-pdf.ts)
  'public',
];
