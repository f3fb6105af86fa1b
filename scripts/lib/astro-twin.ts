/**
 * The yardstick of `npm run bench`: a plain Astro project with the same reader-visible text as the site, so the
 * bench can say how much the site costs beyond what Astro and Pagefind themselves cost for that text.
 *
 * The same text (the default, writeSameTextTwin): one page per page of a site build that Pagefind indexes, at the
 * same address, holding the text of its search region (scripts/lib/page-text.ts) - the facts every procedure shows,
 * the quoted articles, the versions and the body - as headings, paragraphs and list items in a minimal layout. A page
 * whose site page renders an MDX body is written as .mdx (so Astro compiles MDX for it, as for a plain site written
 * in MDX), any other as .md. Pages the site does not index (the tools, the print page, the search page, 404) have
 * no twin: they are part of what the site does beyond its text, which the ratio is meant to show. The text comes from
 * a site build made in the same bench run before the twin's, so both index the same words; the bench prints both
 * counts (pagefindIndexSize).
 *
 * The MDX bodies alone (`--twin bodies`, writeBodiesTwin, the yardstick until 2026-12-08): one page per MDX file of
 * the content and of each past edition, without the facts, articles and versions the site shows around them.
 *
 * Both: the site's Astro, MDX and Markdown settings (the Sätteri processor with the same features, no plugins), one
 * content collection, and the Pagefind CLI over the output.
 */
import { cpSync, globSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { revisionLog } from '../../src/lib/content-source/editions.ts';
import { pastEditionsOf } from '../../src/lib/editions/coverage.ts';
import { inProject } from '../../src/lib/paths.ts';
import { hasMdxBody, indexedRegion, regionToMarkdown, titleOf } from './page-text.ts';

/** The components the MDX bodies import by relative path (content/…/x.mdx → ../../src/components/content/…). */
const COMPONENT_PATHS = ['src/components/content', 'src/components/site/ExampleBadge.astro'];

const CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';

// The site's settings (astro.config.ts) without its plugins and integrations. The cache in the twin's own folder:
// node_modules is shared with other projects building at the same time, and so would be its .astro/ cache.
export default defineConfig({
  cacheDir: './.astro/cache',
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx()],
  markdown: { syntaxHighlight: false, processor: satteri({ features: { smartPunctuation: false } }) },
  vite: { build: { target: ['chrome83', 'firefox78'], cssTarget: ['chrome83', 'firefox78'] } },
});
`;

const BODIES_COLLECTIONS = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  pages: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './content' }),
    schema: z.looseObject({ title: z.string().optional() }),
  }),
};
`;

const BODIES_PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  return (await getCollection('pages')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---

<html lang="zh-CN">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><main data-pagefind-body><h1>{entry.data.title}</h1><Content /></main></body>
</html>
`;

const TEXT_COLLECTIONS = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  pages: defineCollection({
    loader: glob({ pattern: '*.{md,mdx}', base: './content' }),
    schema: z.object({ title: z.string(), path: z.string() }),
  }),
};
`;

const TEXT_PAGE = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  return (await getCollection('pages')).map((entry) => ({
    params: { slug: entry.data.path || undefined },
    props: { entry },
  }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---

<html lang="zh-CN">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><main data-pagefind-body><Content /></main></body>
</html>
`;

/**
 * Write the same-text twin of the site built into `siteDist` into `twin` (an empty folder), sharing the project's
 * node_modules. Returns the number of pages written.
 */
export function writeSameTextTwin(siteDist: string, twin: string, nodeModules: string): number {
  const content = join(twin, 'content');
  mkdirSync(content, { recursive: true });
  let count = 0;
  for (const file of globSync('**/*.html', { cwd: siteDist }).sort()) {
    const html = readFileSync(join(siteDist, file), 'utf8');
    const region = indexedRegion(html);
    if (region === undefined) continue;
    // The site builds directories (build.format 'directory'): a/b/index.html is the page /a/b/.
    const path = file === 'index.html' ? '' : file.replace(/\/index\.html$|\.html$/, '');
    const front = `---\ntitle: ${JSON.stringify(titleOf(html))}\npath: ${JSON.stringify(path)}\n---\n\n`;
    const name = `p${String(++count).padStart(6, '0')}.${hasMdxBody(region) ? 'mdx' : 'md'}`;
    writeFileSync(join(content, name), front + regionToMarkdown(region));
  }
  writeTwinProject(twin, nodeModules, TEXT_COLLECTIONS, TEXT_PAGE);
  return count;
}

/** Write the MDX-bodies twin of the project at `project` into `twin` (an empty folder). */
export function writeBodiesTwin(project: string, twin: string, nodeModules: string): void {
  cpSync(inProject(project, 'content'), join(twin, 'content'), { recursive: true });
  copyPastEditions(project, twin);
  for (const path of COMPONENT_PATHS) cpSync(join(project, path), join(twin, path), { recursive: true });
  writeTwinProject(twin, nodeModules, BODIES_COLLECTIONS, BODIES_PAGE);
}

function writeTwinProject(twin: string, nodeModules: string, collections: string, page: string): void {
  mkdirSync(join(twin, 'src/pages'), { recursive: true });
  writeFileSync(join(twin, 'package.json'), '{ "name": "djzy-astro-twin", "private": true, "type": "module" }\n');
  writeFileSync(join(twin, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(twin, 'src/content.config.ts'), collections);
  writeFileSync(join(twin, 'src/pages/[...slug].astro'), page);
  symlinkSync(nodeModules, join(twin, 'node_modules'));
}

/**
 * What Pagefind indexed in a built site: its pages and words, summed over every pagefind… folder (the site
 * indexes past editions apart). Read from the page fragments Pagefind 1.6 writes (gzip, after a `pagefind_dcd`
 * marker, JSON with the page's word_count).
 */
export function pagefindIndexSize(dist: string): { pages: number; words: number } {
  let pages = 0;
  let words = 0;
  for (const bundle of readdirSync(dist).filter((name) => name.startsWith('pagefind'))) {
    const fragments = join(dist, bundle, 'fragment');
    for (const file of globSync('*.pf_fragment', { cwd: fragments })) {
      const json = gunzipSync(readFileSync(join(fragments, file)))
        .toString('utf8')
        .replace(/^pagefind_dcd/, '');
      pages++;
      words += (JSON.parse(json) as { word_count: number }).word_count;
    }
  }
  return { pages, words };
}

/** Where the twin's build notes the moment Astro finished (epoch milliseconds), for the bench's phase split. */
export const TWIN_ASTRO_DONE = 'astro-done.txt';

/** The twin's build: Astro, then the Pagefind CLI over its output, as one shell command. */
export const TWIN_BUILD =
  'node node_modules/astro/bin/astro.mjs build && node -p "Date.now()" > ' +
  `${TWIN_ASTRO_DONE} && node node_modules/pagefind/lib/runner/bin.cjs --site dist`;

/**
 * Each past edition's MDX files as pages of the twin, under content/editions/<year>/: two folders deeper than in
 * the site's content/, so their relative imports climb two more (the site resolves them as the files they were
 * frozen from).
 */
function copyPastEditions(project: string, twin: string): void {
  for (const { year, dir } of pastEditionsOf(project, revisionLog(project))) {
    for (const file of globSync('**/*.mdx', { cwd: dir })) {
      const target = join(twin, 'content/editions', year, file);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, readFileSync(join(dir, file), 'utf8').replace(/(from ')(\.\.\/)/g, '$1../../$2'));
    }
  }
}
