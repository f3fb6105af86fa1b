/**
 * The yardstick of `npm run bench`: a plain Astro project built from the same MDX bodies as the site, so the bench
 * can say how much the site costs beyond what Astro itself costs for those pages. Same Astro, MDX and Markdown
 * settings (the Sätteri processor with the same features, no plugins), one content collection over every MDX file
 * of the content and of each past edition the site renders, one page per entry in a minimal layout, and the
 * Pagefind CLI over the output.
 */
import { cpSync, globSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { revisionLog } from '../../src/lib/content-source/editions.ts';
import { pastEditionsOf } from '../../src/lib/editions/coverage.ts';
import { inProject } from '../../src/lib/paths.ts';

/** The components the MDX bodies import by relative path (content/…/x.mdx → ../../src/components/content/…). */
const COMPONENT_PATHS = ['src/components/content', 'src/components/site/ExampleBadge.astro'];

const CONFIG = `import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';

// The site's settings (astro.config.ts) without its plugins and integrations.
export default defineConfig({
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  integrations: [mdx()],
  markdown: { syntaxHighlight: false, processor: satteri({ features: { smartPunctuation: false } }) },
  vite: { build: { target: ['chrome83', 'firefox78'], cssTarget: ['chrome83', 'firefox78'] } },
});
`;

const COLLECTIONS = `import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

export const collections = {
  pages: defineCollection({
    loader: glob({ pattern: '**/*.mdx', base: './content' }),
    schema: z.looseObject({ title: z.string().optional() }),
  }),
};
`;

const PAGE = `---
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

/** Write the twin of the project at `project` into `twin` (an empty folder), sharing the project's node_modules. */
export function writeAstroTwin(project: string, twin: string, nodeModules: string): void {
  mkdirSync(join(twin, 'src/pages'), { recursive: true });
  cpSync(inProject(project, 'content'), join(twin, 'content'), { recursive: true });
  copyPastEditions(project, twin);
  for (const path of COMPONENT_PATHS) cpSync(join(project, path), join(twin, path), { recursive: true });
  writeFileSync(join(twin, 'package.json'), '{ "name": "djzy-astro-twin", "private": true, "type": "module" }\n');
  writeFileSync(join(twin, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(twin, 'src/content.config.ts'), COLLECTIONS);
  writeFileSync(join(twin, 'src/pages/[...slug].astro'), PAGE);
  symlinkSync(nodeModules, join(twin, 'node_modules'));
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
