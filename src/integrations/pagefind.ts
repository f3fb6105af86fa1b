/**
 * Full-text search index: after Astro writes the site, Pagefind (exactly 1.6.0, which segments Chinese with
 * ICU4X) indexes every page's data-pagefind-body through its Node API and writes pagefind/ next to the pages.
 * Only the search library, its worker and WASM, and the index are kept; Pagefind's own UIs are removed (the site
 * has its own Chinese UI).
 */
import type { AstroIntegration } from 'astro';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';

const UNUSED = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

export function pagefindIndex(): AstroIntegration {
  return {
    name: 'djzy-pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const output = join(site, 'pagefind');
        try {
          const { index, errors } = await pagefind.createIndex({});
          if (!index) throw new Error(errors.join('; '));
          const added = await index.addDirectory({ path: site });
          if (added.errors.length) throw new Error(added.errors.join('; '));
          const written = await index.writeFiles({ outputPath: output });
          if (written.errors.length) throw new Error(written.errors.join('; '));
          for (const file of UNUSED) rmSync(join(output, file), { force: true });
          logger.info(`全文检索：已索引 ${added.page_count} 个页面`);
        } finally {
          await pagefind.close();
        }
      },
    },
  };
}
