import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import { baseLinksPlugin } from './src/markdown/base-links.ts';
import { tableScrollPlugin } from './src/markdown/table-scroll.ts';
import { mermaidPlugin } from './src/markdown/mermaid.ts';
import { normalizeBase } from './src/lib/urls.ts';
import { ELDER_BOOT } from './src/client/elder-boot.ts';
import { cspHash } from './src/lib/csp.ts';
import { contentCheck } from './src/pipeline/integrations/content-check.ts';
import { diagrams } from './src/pipeline/integrations/diagrams.ts';
import { editor } from './src/pipeline/integrations/editor.ts';
import { handbookPdf } from './src/pipeline/integrations/handbook.ts';
import { frozenFrom } from './src/lib/editions/collections.ts';

/** The site may live under a sub-path on the intranet server: SITE_BASE=/djzy/ npm run build. */
const base = normalizeBase(process.env.SITE_BASE ?? '/');

/**
 * Browsers of the baseline (README.md, 技术说明: Chromium 83, Firefox ESR 78): JS and CSS are lowered for them, and
 * the tests hold dist/ to them (scripts/lib/baseline.ts).
 */
const BROWSER_TARGETS = ['chrome83', 'firefox78'];

export default defineConfig({
  // The intranet address (SITE_URL=http://…/): makes feed and calendar links absolute. Optional.
  ...(process.env.SITE_URL ? { site: process.env.SITE_URL } : {}),
  base,
  trailingSlash: 'always',
  build: { format: 'directory', inlineStylesheets: 'never' },
  // The build's steps inside Astro, in this order; the search index and the link check run after Astro has exited
  // (scripts/build.ts). CONTRIBUTING.md (开发人员：构建的步骤) lists every step and the process it runs in.
  integrations: [mdx(), handbookPdf(), contentCheck(), diagrams(), editor()],
  markdown: {
    syntaxHighlight: false,
    processor: satteri({
      mdastPlugins: [mermaidPlugin(base)],
      hastPlugins: [baseLinksPlugin(base), tableScrollPlugin],
      // Chinese text carries its own “” and —; SmartyPants would only rewrite ASCII quotes in ids and codes.
      features: { smartPunctuation: false },
    }),
  },
  security: {
    csp: {
      // Astro hashes bundled scripts itself; the inline 长者模式 boot snippet is added here.
      // 'wasm-unsafe-eval': Pagefind's search engine is WebAssembly (nothing else is added for search).
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"], hashes: [cspHash(ELDER_BOOT)] },
      // styleDirective: the diagrams' style hashes, added by the diagrams integration once they are rendered.
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
      ],
    },
  },
  vite: {
    plugins: [
      {
        name: 'edition-imports',
        enforce: 'pre',
        async resolveId(source, importer) {
          const asCurrent = importer && source.startsWith('.') ? frozenFrom(importer) : undefined;
          return asCurrent ? this.resolve(source, asCurrent, { skipSelf: true }) : null;
        },
      },
    ],
    build: {
      target: BROWSER_TARGETS,
      cssTarget: BROWSER_TARGETS,
      rolldownOptions: {
        // Astro marks every MDX module with a "use astro:head-inject" directive that the bundler warns about
        // once per file; the directive is Astro's own and harmless, and the noise would hide real warnings.
        onwarn(warning, warn) {
          if (warning.code === 'MODULE_LEVEL_DIRECTIVE') return;
          warn(warning);
        },
      },
    },
  },
});
