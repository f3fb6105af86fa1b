/**
 * Full-text search index: after Astro writes the site, Pagefind (exactly 1.6.0, which segments Chinese with
 * ICU4X) indexes every page's data-pagefind-body through its Node API and writes pagefind/ next to the pages.
 * Only the search library, its worker and WASM, and the index are kept; Pagefind's own UIs are removed (the site
 * has its own Chinese UI).
 */
import type { AstroIntegration } from 'astro';
import { globSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { reportPhase } from './build-report.ts';

const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** Pages read and handed to Pagefind at a time. */
const BATCH = 64;

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'djzy-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const output = join(site, 'pagefind');
        const started = performance.now();
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(errors.join('; '));
          // Only pages that mark a body are indexed, so only those are handed to Pagefind: parsing the others
          // (the whole-guide print page above all) cost more than indexing everything else, and grew with the guide.
          const pages = globSync('**/*.html', { cwd: site }).sort();
          let indexed = 0;
          for (let at = 0; at < pages.length; at += BATCH) {
            const batch = pages
              .slice(at, at + BATCH)
              .map((sourcePath) => ({ sourcePath, content: readFileSync(join(site, sourcePath), 'utf8') }));
            const results = await Promise.all(
              batch
                .filter((page) => page.content.includes('data-pagefind-body'))
                .map((page) => index.addHTMLFile(page)),
            );
            const failed = results.flatMap((r) => r.errors);
            if (failed.length) throw new Error(failed.join('; '));
            indexed += results.length;
          }
          const written = await index.writeFiles({ outputPath: output });
          if (written.errors.length) throw new Error(written.errors.join('; '));
          for (const file of UNUSED) rmSync(join(output, file), { force: true });
          const seconds = (performance.now() - started) / 1000;
          reportPhase({ phase: 'pagefind', seconds, pages: indexed });
          logger.info(`全文检索：已索引 ${indexed} 个页面，用时 ${seconds.toFixed(1)} 秒`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
