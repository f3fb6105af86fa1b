/** Read a built site folder: every file's relative path, and the HTML of every page (all at once, or one by one). */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltPage } from '../../src/pipeline/after-build/link-check.ts';
import { routes } from '../../src/lib/routes.ts';

export interface BuiltSite {
  files: Set<string>;
  pages: BuiltPage[];
}

export function readBuiltSite(dir: string): BuiltSite {
  const files = builtFiles(dir);
  return { files, pages: [...pagesOf(dir, files)] };
}

/** Every file's path relative to `dir`. */
export function builtFiles(dir: string): Set<string> {
  return new Set(
    globSync('**/*', { cwd: dir, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name).slice(dir.length + 1)),
  );
}

/** The editors' editor (/admin/): built beside the site, but not a reader page (docs/EDITOR-CMS.md). */
const EDITOR = routes.editor().slice(1);

/**
 * The reader pages among `files`, in path order, each read only when it is reached: one page in memory at a time.
 * The editor's page is left out: it has its own policy, browsers and tests (tests/build/editor.test.ts).
 */
export function* pagesOf(dir: string, files: ReadonlySet<string>): Generator<BuiltPage> {
  for (const file of [...files].filter((f) => f.endsWith('.html') && !f.startsWith(EDITOR)).sort()) {
    yield { file, html: readFileSync(join(dir, file), 'utf8') };
  }
}
