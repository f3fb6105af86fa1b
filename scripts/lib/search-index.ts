/**
 * Full-text search index, built by `npm run build` after Astro has exited, in Pagefind's own process: the
 * Pagefind CLI (exactly 1.6.0, which segments Chinese with ICU4X) over the pages that mark a body
 * (data-pagefind-body), writing pagefind/ next to the pages. Astro's memory is gone by then, so the two peaks do not
 * add up, and the CLI reads and parses the files itself, in parallel (the Node API was fed page by page).
 *
 * Only marked pages are indexed, so only those are shown to Pagefind: they are hard-linked into a scratch folder
 * of the same layout, because parsing the rest (the whole-guide print page above all, which grows with the guide)
 * cost more than indexing everything else. Pagefind's own UIs are removed (the site has its own Chinese UI).
 */
import { spawnSync } from 'node:child_process';
import { globSync, linkSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** The CLI beside the package's entry (lib/index.js → lib/runner/bin.cjs); the package exports nothing else. */
const pagefindCli = () => join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner/bin.cjs');

/** The pages Pagefind is shown: those that mark a searchable body. */
export function indexablePages(site: string): string[] {
  return globSync('**/*.html', { cwd: site })
    .filter((file) => readFileSync(join(site, file), 'utf8').includes('data-pagefind-body'))
    .sort();
}

/** Index `site` into site/pagefind/; `scratch` is a folder on the same file system, removed afterwards. */
export function indexSearch(site: string, scratch: string): { pages: number } {
  rmSync(scratch, { recursive: true, force: true });
  try {
    const pages = indexablePages(site);
    for (const file of pages) {
      mkdirSync(dirname(join(scratch, file)), { recursive: true });
      linkSync(join(site, file), join(scratch, file));
    }
    const run = spawnSync(
      process.execPath,
      [pagefindCli(), '--site', scratch, '--output-path', join(site, 'pagefind')],
      {
        encoding: 'utf8',
      },
    );
    const indexed = Number(/Indexed (\d+) pages?/.exec(run.stdout ?? '')?.[1] ?? NaN);
    if (run.status !== 0 || indexed !== pages.length) {
      const why = `${run.stderr ?? ''}${run.stdout ?? ''}`.trim().split('\n').slice(-5).join('\n');
      throw new Error(`Pagefind 建立索引失败（${pages.length} 个页面，索引了 ${indexed || 0} 个）：${why}`);
    }
    for (const file of UNUSED) rmSync(join(site, 'pagefind', file), { force: true });
    return { pages: indexed };
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
