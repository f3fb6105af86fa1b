/**
 * The view layer's rules, read from the import lines of the files themselves (so a new file is covered by being
 * there):
 *
 * - A route (`src/pages/**`, `.astro` pages and `.ts` endpoints) imports its view, named by its route: the view of
 *   `src/pages/[...past]/<a>/<b>/…` is `src/data/<a>/<b>.ts` or, failing that, `src/data/<a>.ts` (parameter folders
 *   and the edition prefix `[...past]` are skipped; the home page's is `src/data/home.ts`, a past edition's home
 *   page's (`[...past]/index.astro`, /editions/<year>/) `src/data/editions.ts`). Besides that, a route
 *   imports only components, layouts, src/client/ scripts, styles and presentation helpers of src/lib.
 * - Layouts and components render what they are handed: they import no view and no query (only the types of what
 *   views hand over).
 * - No route, layout or component imports queries (`src/data/queries/`), schemas (seed facts included), the checker
 *   (`src/lib/content-check/`), `node:*`, `astro:content`, parsers, or a module of src/lib that reaches any of those
 *   (a presentation helper is one whose imports, followed through src/lib, never do).
 * - Views (`src/data/*.ts`, `src/data/tools/*.ts`) import queries, never another view; queries never import views.
 *   Every view is named after a route folder that exists.
 *
 * Type-only imports are erased before anything runs, so they may name the shapes views hand over.
 */
import { existsSync, globSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/builds.ts';

const glob = (pattern: string) => globSync(pattern, { cwd: ROOT }).sort();

const routes = glob('src/pages/**/*.{astro,ts}');
const renderers = [...glob('src/layouts/**/*.astro'), ...glob('src/components/**/*.astro')];
const views = glob('src/data/{*,tools/*}.ts');
const queries = glob('src/data/queries/*.ts');

interface Import {
  /** As written. */
  specifier: string;
  /** Repository-relative path for a relative import, else the specifier. */
  target: string;
  typeOnly: boolean;
}

/** Every import of a file: its frontmatter's and its <script>s' (an .astro file), or the module's. */
function importsOf(file: string, source = readFileSync(join(ROOT, file), 'utf8')): Import[] {
  const found: Import[] = [];
  const add = (specifier: string, typeOnly: boolean) =>
    found.push({
      specifier,
      target: specifier.startsWith('.') ? normalize(join(dirname(file), specifier)) : specifier,
      typeOnly,
    });
  for (const m of source.matchAll(/^\s*import\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/gm)) {
    const names = m[2]!
      .replace(/^\{|\}$/g, '')
      .split(',')
      .map((n) => n.trim())
      .filter(Boolean);
    add(m[3]!, Boolean(m[1]) || (m[2]!.startsWith('{') && names.every((n) => n.startsWith('type '))));
  }
  for (const m of source.matchAll(/^\s*import\s*['"]([^'"]+)['"]/gm)) add(m[1]!, false);
  for (const m of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) add(m[1]!, false);
  return found;
}

/** What no route, layout or component may import, and why. */
const FORBIDDEN: [RegExp, string][] = [
  [/^src\/data\/queries\//, 'queries collections (src/data/queries/ is beneath the views)'],
  [/^src\/schemas\//, 'reads schemas or seed facts (the view supplies them)'],
  [/^src\/lib\/content-check\//, 'runs the content checker'],
  [/^(src\/integrations|scripts)\//, 'runs a build step'],
  [/^node:/, 'reads files or runs processes (node:*)'],
  [/^astro:content$/, 'uses astro:content (queries or render)'],
  [/^(satteri|yaml|acorn|svgo)$/, 'parses source text'],
];

const forbiddenReason = (target: string) => FORBIDDEN.find(([pattern]) => pattern.test(target))?.[1];

/**
 * What a presentation helper of src/lib must not reach. Node's computing modules (node:crypto for the CSP hashes,
 * node:path) are fine there; reading files, running processes and parsing source are not.
 */
const unfitForPresentation = (target: string) =>
  /^src\/data\//.test(target) ||
  (forbiddenReason(target) !== undefined && !/^node:(crypto|path|zlib|buffer|url|util)$/.test(target));

/** For a module of src/lib: the first forbidden import its imports reach, as a chain, or undefined. */
const reachCache = new Map<string, string | undefined>();
function reaches(module: string, seen = new Set<string>()): string | undefined {
  if (reachCache.has(module)) return reachCache.get(module);
  if (seen.has(module) || !existsSync(join(ROOT, module))) return undefined;
  seen.add(module);
  let found: string | undefined;
  for (const i of importsOf(module)) {
    if (i.typeOnly) continue;
    if (unfitForPresentation(i.target)) found = `${module} → ${i.target}`;
    else if (i.target.startsWith('src/')) {
      const deeper = reaches(i.target, seen);
      if (deeper) found = `${module} → ${deeper}`;
    }
    if (found) break;
  }
  reachCache.set(module, found);
  return found;
}

/** The view of a route by its name (see the header), or undefined for a route without one (404, /it/). */
function viewOfRoute(route: string): string | undefined {
  const folders = dirname(relative('src/pages', route))
    .split('/')
    .filter((s) => s !== '.' && s !== '[...past]');
  // The site's home and a past edition's home (/editions/<year>/, beside the editions' other pages).
  if (route === 'src/pages/index.astro') return 'src/data/home.ts';
  if (route === 'src/pages/[...past]/index.astro') return 'src/data/editions.ts';
  const firstParameter = folders.findIndex((s) => s.startsWith('['));
  const named = firstParameter < 0 ? folders : folders.slice(0, firstParameter);
  for (let n = named.length; n > 0; n--) {
    const view = `src/data/${named.slice(0, n).join('/')}.ts`;
    if (existsSync(join(ROOT, view))) return view;
  }
  return undefined;
}

/** The problems of the imports of a route (with its view, if it has one) or of a layout or component. */
function problemsOf(imports: Import[], route?: { view: string | undefined }): string[] {
  const problems: string[] = [];
  for (const i of imports) {
    if (i.typeOnly) continue;
    const why = forbiddenReason(i.target);
    if (why) problems.push(`${i.specifier}: ${why}`);
    else if (i.target.startsWith('src/data/')) {
      if (!route) problems.push(`${i.specifier}: a layout or component renders what it is handed, it calls no view`);
      else if (i.target !== route.view)
        problems.push(
          `${i.specifier}: not this route's view (${route.view ?? 'it has none'}); what several views share belongs in src/data/queries/`,
        );
    } else if (i.target.startsWith('src/lib/')) {
      const chain = reaches(i.target);
      if (chain) problems.push(`${i.specifier}: not a presentation helper (${chain})`);
    }
  }
  return problems;
}

describe('view layer', () => {
  it('finds the routes, layouts, components, views and queries', () => {
    expect(routes.filter((r) => r.endsWith('.astro')).length).toBeGreaterThan(30);
    expect(routes.filter((r) => r.endsWith('.ts')).length).toBeGreaterThan(10);
    expect(renderers.length).toBeGreaterThan(30);
    expect(views.length).toBeGreaterThan(15);
    expect(queries.length).toBeGreaterThan(10);
  });

  it.each(routes)('%s imports only its view and presentation', (route) => {
    expect(problemsOf(importsOf(route), { view: viewOfRoute(route) })).toEqual([]);
  });

  it.each(renderers)('%s only renders', (file) => {
    expect(problemsOf(importsOf(file))).toEqual([]);
    // Nor does it query or render entries itself.
    const frontmatter = readFileSync(join(ROOT, file), 'utf8').split(/^---$/m)[1] ?? '';
    expect(frontmatter).not.toMatch(/(?<![.\w])(getCollection|getEntry|indexOf|render)\(/);
  });

  it('finds each route its view by name', () => {
    expect(viewOfRoute('src/pages/[...past]/guide/[chapter]/[procedure].astro')).toBe('src/data/guide.ts');
    expect(viewOfRoute('src/pages/[...past]/guide/print.astro')).toBe('src/data/guide.ts');
    expect(viewOfRoute('src/pages/[...past]/index.astro')).toBe('src/data/editions.ts');
    expect(viewOfRoute('src/pages/tools/timeline/[procedure].astro')).toBe('src/data/tools/timeline.ts');
    expect(viewOfRoute('src/pages/tools/index.astro')).toBe('src/data/tools.ts');
    expect(viewOfRoute('src/pages/cases/series/[id].astro')).toBe('src/data/cases.ts');
    expect(viewOfRoute('src/pages/editions/[edition]/compare/[kind]/[item].astro')).toBe('src/data/editions.ts');
    expect(viewOfRoute('src/pages/index.astro')).toBe('src/data/home.ts');
    expect(viewOfRoute('src/pages/it/index.astro')).toBeUndefined();
  });

  it.each(views)('%s is named after a route and imports no other view', (view) => {
    const name = relative('src/data', view).replace(/\.ts$/, '');
    // home.ts serves /; frame.ts serves every page's frame (src/layouts/Base.astro, through src/middleware.ts).
    if (!['home', 'frame'].includes(name)) {
      expect([`src/pages/${name}`, `src/pages/[...past]/${name}`].some((dir) => existsSync(join(ROOT, dir)))).toBe(
        true,
      );
    }
    const others = importsOf(view).filter((i) => !i.typeOnly && views.includes(i.target) && i.target !== view);
    expect(others.map((i) => i.specifier)).toEqual([]);
  });

  it.each(queries)('%s imports no view', (query) => {
    expect(
      importsOf(query).filter((i) => i.target.startsWith('src/data/') && !i.target.startsWith('src/data/queries/')),
    ).toEqual([]);
  });

  it('the middleware hands the layout its frame from the frame view only', () => {
    const file = 'src/middleware.ts';
    expect(problemsOf(importsOf(file), { view: 'src/data/frame.ts' })).toEqual([]);
  });

  it('fails on an import that skips the view layer', () => {
    const page = 'src/pages/units/index.astro';
    const bad = (line: string) => problemsOf(importsOf(page, `---\n${line}\n---\n`), { view: viewOfRoute(page) });
    expect(bad("import { getUnits } from '../../data/queries/entries.ts';")).toEqual([
      '../../data/queries/entries.ts: queries collections (src/data/queries/ is beneath the views)',
    ]);
    expect(bad("import { SEED_COUNTS } from '../../schemas/seed-facts.ts';")).toHaveLength(1);
    expect(bad("import { getLedgerPage } from '../../data/rectification.ts';")).toHaveLength(1);
    expect(bad("import { readFileSync } from 'node:fs';")).toHaveLength(1);
    expect(bad("import { getCollection } from 'astro:content';")).toHaveLength(1);
    expect(bad("import { ATTACHMENT_DIR } from '../../lib/content-check/attachments.ts';")).toHaveLength(1);
    // A helper of src/lib that reads files is not a presentation helper.
    expect(bad("import { lastCachedKey } from '../../lib/handbook/cache.ts';")).toHaveLength(1);
    expect(bad("import type { Procedure } from '../../data/queries/entries.ts';")).toEqual([]);
    expect(bad("import { getUnitsPage } from '../../data/units.ts';")).toEqual([]);
  });
});
