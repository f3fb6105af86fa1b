/** Read a built site folder: every file's relative path, and the HTML of every page. */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { BuiltPage } from '../../src/integrations/link-check.ts';

export interface BuiltSite {
  files: Set<string>;
  pages: BuiltPage[];
}

export function readBuiltSite(dir: string): BuiltSite {
  const files = new Set(
    globSync('**/*', { cwd: dir, withFileTypes: true })
      .filter((d) => d.isFile())
      .map((d) => join(d.parentPath, d.name).slice(dir.length + 1)),
  );
  const pages = [...files]
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((file) => ({ file, html: readFileSync(join(dir, file), 'utf8') }));
  return { files, pages };
}
