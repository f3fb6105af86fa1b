import { cpSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { FOLDERS } from '../../src/lib/paths.ts';

/** What a copy of the project needs in order to build (node_modules aside): for the bench and the build tests. */
export const BUILD_INPUTS = [
  'astro.config.ts',
  'package.json',
  'tsconfig.json',
  'CONTRIBUTING.md', // rendered as the /contribute/ page
  'src',
  'scripts',
  FOLDERS.content,
  FOLDERS.editions, // frozen past editions (npm run edition), when there are any
  FOLDERS.cache, // the committed flowchart SVGs and handbook PDF (cache/README.md)
  'public',
];

/** Copy the build inputs of the project at `from` into `to`, skipping those it does not have (editions/). */
export function copyBuildInputs(from: string, to: string): void {
  for (const entry of BUILD_INPUTS) {
    if (existsSync(join(from, entry))) cpSync(join(from, entry), join(to, entry), { recursive: true });
  }
}
