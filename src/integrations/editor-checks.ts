/**
 * The editor's safety net inside Astro, for `astro dev`, `astro build` and `npm run build` alike:
 *
 * - build: check content/ (as `npm run check` does; `npm run build` runs that check beside Astro instead and says
 *   so by CHECKED_BESIDE_ENV, holding every MDX module until it has passed: check-gate.ts) and render the diagrams the cache lacks before Astro reads a page. Any failure stops
 *   the build in Chinese. (Links and anchors are checked by `npm run build` once Astro has
 *   exited, after the search index: scripts/build.ts.)
 * - dev: check content/ when the server starts and after every save, showing the problems in the terminal and in
 *   the browser's error overlay, and clearing them once the file is fixed.
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { execFile, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, isBlocking, type Problem } from '../lib/content-source/problem.ts';
import { overlayPayload, problemPage, problemSummary } from '../lib/content-check/dev-report.ts';
import { cachedKeys, cachedSvg, cacheReportLine } from '../lib/diagrams/cache.ts';
import { diagramStyleHashes } from '../lib/diagrams/figure.ts';
import { normalizeBase } from '../lib/urls.ts';
import { diagramOf } from '../lib/diagrams/diagram.ts';
import { contentDiagrams } from '../lib/diagrams/sources.ts';
import { timed } from './build-report.ts';
import { CHECK_GATE_ENV, checkGatePlugin } from './check-gate.ts';

/**
 * The checker runs in its own Node process (the CLI of `npm run check`): Astro loads this file through Vite's
 * module runner, which is closed again once the config is read, so the checker's own imports cannot run here; a
 * separate process also keeps the checker's memory out of the build.
 */
function checkInChild(root: string): Promise<Problem[]> {
  return new Promise((resolve, reject) => {
    execFile(
      process.execPath,
      [join(root, 'scripts/check-content.ts'), root, '--json'],
      { maxBuffer: 64 * 1024 * 1024 },
      (error, stdout, stderr) => {
        try {
          // Warnings (pages awaiting review against a revised regulation) are for `npm run check`; they stop nothing.
          resolve((JSON.parse(stdout) as Problem[]).filter(isBlocking));
        } catch {
          reject(new Error(stderr.trim() || error?.message || '检查程序没有输出结果'));
        }
      },
    );
  });
}

/** Saves come in bursts (an editor writing several files, a git checkout): check once they settle. */
const SETTLE_MS = 300;

function report(logger: AstroIntegrationLogger, problems: Problem[], then: string) {
  for (const p of problems) logger.error(formatProblem(p));
  logger.error(`${problemSummary(problems)}。${then}`);
}

/** Set by scripts/build.ts, which runs the content check beside Astro and stops Astro when the check fails. */
export const CHECKED_BESIDE_ENV = 'DJZY_CONTENT_CHECKED_BESIDE';

/** An error Astro prints as one short line under the editor's list (no stack trace). */
export const stop = (message: string) => Object.assign(new Error(message), { stack: '' });

export function editorChecks(): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'djzy-editor-checks',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        root = fileURLToPath(config.root);
        base = normalizeBase(config.base);
        if (command === 'build') {
          const gate = process.env[CHECK_GATE_ENV];
          if (gate) updateConfig({ vite: { plugins: [checkGatePlugin(gate)] } });
          if (process.env[CHECKED_BESIDE_ENV] !== '1') {
            const problems = await timed('check', () => checkInChild(root));
            if (problems.length) {
              report(logger, problems, '改好后重新构建。');
              throw stop(`${problemSummary(problems)}（见上），构建已停止。`);
            }
            logger.info('内容检查通过');
          }
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
            const rendering = spawnSync(process.execPath, [join(root, 'scripts/render-diagrams.ts')], {
              cwd: root,
              stdio: 'inherit',
            });
            if (rendering.status !== 0) throw stop('流程图未能绘制或缓存不完整（见上），构建已停止。');
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
      'astro:server:setup': ({ server, logger }) => {
        // The frozen editions are checked too: an erratum recorded, or a frozen file touched, is checked on save.
        const watched = ['content/', 'editions/'].map((dir) => `${root.replace(/\/$/, '')}/${dir}`);
        let timer: ReturnType<typeof setTimeout> | undefined;
        let failing: ReturnType<typeof overlayPayload> | undefined;
        let failingPage: string | undefined;
        const run = async () => {
          const problems = await checkInChild(root);
          if (problems.length) {
            report(logger, problems, '改好后保存即可，不需要重启预览。');
            failing = overlayPayload(problems, root);
            failingPage = problemPage(problems, base);
            server.ws.send(failing as never);
          } else {
            logger.info('内容检查通过');
            // The overlay of the last failed check goes once the reader's page reloads.
            if (failing) server.ws.send({ type: 'full-reload' });
            failing = undefined;
            failingPage = undefined;
          }
        };
        const schedule = () => {
          clearTimeout(timer);
          timer = setTimeout(
            () => void run().catch((error: Error) => logger.error(`内容检查未能运行：${error.message}`)),
            SETTLE_MS,
          );
        };
        server.watcher.on('all', (_event, file) => {
          if (watched.some((dir) => file.startsWith(dir))) schedule();
        });
        // While the check fails, every page is the problem list: rendering the broken entry would show Astro's own
        // English error instead.
        server.middlewares.use((req, res, next) => {
          if (!failingPage || req.method !== 'GET' || !(req.headers.accept ?? '').includes('text/html')) return next();
          res.statusCode = 500;
          res.setHeader('content-type', 'text/html; charset=utf-8');
          res.end(failingPage);
        });
        // A browser that connects after a failed check still sees it: the last result goes to each new client.
        server.ws.on('connection', () => {
          if (failing) server.ws.send(failing as never);
        });
        schedule();
      },
    },
  };
}
