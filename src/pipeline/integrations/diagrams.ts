/**
 * The flowcharts in the build: before Astro reads a page, render the diagrams the committed cache (cache/diagrams/)
 * lacks, by scripts/render-diagrams.ts in its own process (Chromium stays out of the build's memory, and the script
 * runs the same from `npm run diagrams`); then allow the inline SVGs' styles in the CSP, by hash; after the build,
 * ship mermaid for the client-side fallback only when a page waits for a diagram the cache could not give.
 * Runs after the content check (astro.config.ts lists it later), so a chart is drawn only once it has passed.
 */
import type { AstroIntegration } from 'astro';
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cachedKeys, cachedSvg, cacheReportLine } from '../../lib/diagrams/cache.ts';
import { diagramOf } from '../../lib/diagrams/diagram.ts';
import { diagramStyleHashes } from '../../lib/diagrams/figure.ts';
import { contentDiagrams } from '../../lib/diagrams/sources.ts';
import { projectOf, runScript, stop, timed } from '../step.ts';

export function diagrams(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'djzy-diagrams',
    hooks: {
      'astro:config:setup': async ({ config, command, updateConfig }) => {
        ({ root } = projectOf(config));
        if (command === 'build') {
          await timed('diagrams', () => {
            // The usual case, the cache holding exactly what the content draws, is told here; only work for the
            // render step (a miss to draw in Chromium, a stale file to prune) costs its own process.
            const started = performance.now();
            const keys = new Set(contentDiagrams(root).map((d) => diagramOf(d.source).key));
            const cached = cachedKeys();
            if (cached.length === keys.size && cached.every((key) => keys.has(key))) {
              const seconds = (performance.now() - started) / 1000;
              console.log(cacheReportLine({ total: keys.size, rendered: 0, missing: 0, pruned: 0, seconds }));
              return;
            }
            // The render step prints its own outcome; it exits 1 only for a miss under CI=true.
            if (runScript(root, 'render-diagrams.ts').status !== 0) {
              throw stop('流程图未能绘制或缓存不完整（见上），构建已停止。');
            }
          });
        }
        // Inline diagram SVGs carry mermaid's <style> and their sizing rules; the CSP allows exactly those, by hash,
        // read once the cache is complete.
        const hashes = [
          ...new Set(cachedKeys().flatMap((key) => diagramStyleHashes(key, cachedSvg(key) ?? ''))),
        ] as `sha256-${string}`[];
        // Only the hashes: Astro merges this into the CSP of astro.config.ts (arrays are appended).
        updateConfig({ security: { csp: { styleDirective: { hashes } } } } as Parameters<typeof updateConfig>[0]);
      },
      'astro:build:done': async ({ dir }) => {
        // Only a build whose pages wait for a diagram (a cache miss) ships mermaid, for the client-side fallback
        // (src/client/diagram-fallback.ts). Known from the sources, without reading the built pages.
        if (contentDiagrams(root).some((d) => !diagramOf(d.source).svg)) {
          const site = fileURLToPath(dir).replace(/\/$/, '');
          mkdirSync(join(site, 'vendor'), { recursive: true });
          copyFileSync(
            createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js'),
            join(site, 'vendor/mermaid.min.js'),
          );
        }
      },
    },
  };
}
