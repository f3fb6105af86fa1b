/**
 * Full-text search index, built by `npm run build` (scripts/build.ts) after Astro has exited and before the link
 * check (link-check.ts beside this file), in Pagefind's own process: the Pagefind CLI (exactly 1.6.0, which
 * segments Chinese with ICU4X) over the pages that mark a body (data-pagefind-body), writing pagefind/ next to the
 * pages. Astro's memory is gone by then, so the two peaks do not
 * add up, and the CLI reads and parses the files itself, in parallel (the Node API was fed page by page).
 *
 * Only marked pages are indexed, so only those are shown to Pagefind: they are hard-linked into a scratch folder
 * of the same layout, because parsing the rest (the whole-guide print page above all, which grows with the guide)
 * cost more than indexing everything else. Pagefind's own UIs are removed (the site has its own Chinese UI).
 *
 * The pages of past editions (editions/<year>/…) get a bundle of their own, pagefind-editions/, so that the
 * default search never finds a superseded rule; the search page merges it in (Pagefind's mergeIndex) only when
 * the reader asks for past editions too.
 */
import { spawnSync } from 'node:child_process';
import { globSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { pastEditionOf } from '../../lib/routes.ts';

/** The bundle the site searches by default, and the one of the past editions, beside the pages. */
export const SEARCH_BUNDLE = 'pagefind';
export const EDITIONS_BUNDLE = 'pagefind-editions';

const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/**
 * What a merged bundle needs, as Pagefind 1.6's pagefind.js reads it: mergeIndex makes an instance with
 * `init(language, { load_wasm: false })`, which fetches pagefind-entry.json and pagefind.<language>_<hash>.pf_meta,
 * and then only the index/, filter/ and fragment/ chunks a search asks for. The search program (pagefind.js, its
 * worker) and the WebAssembly come from the main bundle: "merged indexes are searched using the WebAssembly module
 * from your main instance" (Pagefind's multisite docs). Everything else the CLI writes is removed.
 */
const KEPT_WHEN_MERGED = (name: string) =>
  name === 'pagefind-entry.json' || name.endsWith('.pf_meta') || ['index', 'filter', 'fragment'].includes(name);

/** The CLI beside the package's entry (lib/index.js → lib/runner/bin.cjs); the package exports nothing else. */
const pagefindCli = () => join(dirname(fileURLToPath(import.meta.resolve('pagefind'))), 'runner/bin.cjs');

/** The pages Pagefind is shown: those that mark a searchable body. */
export function indexablePages(site: string): string[] {
  return globSync('**/*.html', { cwd: site })
    .filter((file) => readFileSync(join(site, file), 'utf8').includes('data-pagefind-body'))
    .sort();
}

/**
 * Whether a built page (its path in the output folder, e.g. editions/2022/guide/members/x/index.html) belongs to
 * a past edition: everything under editions/<year>/, the edition's home included, except the pages about editions
 * (what changed in it, editions/<year>/changes/, and the comparisons, editions/<year>/compare/), which describe the
 * current guideline's history and stay in the default search. Also takes a base-less address (editions/2022/).
 */
export function isPastEditionPage(file: string): boolean {
  const path = file.replace(/\\/g, '/').replace(/^\/+/, '');
  return pastEditionOf(`/${path}`) !== undefined;
}

/** The indexable pages split into the current site's and the past editions'. */
export function partitionPages(pages: readonly string[]): { current: string[]; past: string[] } {
  const current: string[] = [];
  const past: string[] = [];
  for (const page of pages) (isPastEditionPage(page) ? past : current).push(page);
  return { current, past };
}

/** Index `pages` of `site` into site/<bundle>/ with the CLI; returns how many pages Pagefind indexed. */
function indexBundle(site: string, pages: readonly string[], scratch: string, bundle: string): number {
  rmSync(scratch, { recursive: true, force: true });
  try {
    for (const file of pages) {
      mkdirSync(dirname(join(scratch, file)), { recursive: true });
      linkSync(join(site, file), join(scratch, file));
    }
    const run = spawnSync(process.execPath, [pagefindCli(), '--site', scratch, '--output-path', join(site, bundle)], {
      encoding: 'utf8',
    });
    const indexed = Number(/Indexed (\d+) pages?/.exec(run.stdout ?? '')?.[1] ?? NaN);
    if (run.status !== 0 || indexed !== pages.length) {
      const why = `${run.stderr ?? ''}${run.stdout ?? ''}`.trim().split('\n').slice(-5).join('\n');
      throw new Error(`Pagefind 建立 ${bundle}/ 失败（${pages.length} 个页面，索引了 ${indexed || 0} 个）：${why}`);
    }
    return indexed;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * Index `site`: its current pages into site/pagefind/, the past editions' pages (if any) into
 * site/pagefind-editions/, keeping there only what merging needs. `scratch` is a folder on the same file system,
 * removed afterwards.
 */
export function indexSearch(site: string, scratch: string): { pages: number; editionPages: number } {
  const { current, past } = partitionPages(indexablePages(site));
  for (const bundle of [SEARCH_BUNDLE, EDITIONS_BUNDLE]) rmSync(join(site, bundle), { recursive: true, force: true });

  const pages = indexBundle(site, current, scratch, SEARCH_BUNDLE);
  for (const file of UNUSED) rmSync(join(site, SEARCH_BUNDLE, file), { force: true });

  const editionPages = past.length ? indexBundle(site, past, scratch, EDITIONS_BUNDLE) : 0;
  if (editionPages) {
    const merged = join(site, EDITIONS_BUNDLE);
    for (const name of readdirSync(merged)) {
      if (!KEPT_WHEN_MERGED(name)) rmSync(join(merged, name), { recursive: true, force: true });
    }
  }
  return { pages, editionPages };
}
