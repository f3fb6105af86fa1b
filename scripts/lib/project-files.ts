import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';

/** What a copy of the project needs in order to build (node_modules aside): for the bench and the build tests. */
export const BUILD_INPUTS = [
  'astro.config.ts',
  'package.json',
  'tsconfig.json',
  'CONTRIBUTING.md', // rendered as the /contribute/ page
  'src',
  'scripts',
  'content',
  'editions', // frozen past editions (npm run edition), when there are any
  'diagrams',
  'handbook', // the committed handbook PDF (scripts/handbook-pdf.ts)
  'public',
];

/** Copy the build inputs of the project at `from` into `to`, skipping those it does not have (editions/). */
export function copyBuildInputs(from: string, to: string): void {
  for (const entry of BUILD_INPUTS) {
    if (existsSync(join(from, entry))) cpSync(join(from, entry), join(to, entry), { recursive: true });
  }
}
