/**
 * The handbook PDF in the build: once Astro has written the site (the print page's key needs the page as built)
 * and before the link check (which then finds the PDF every download link points to), publish it by
 * scripts/handbook-pdf.ts in its own process, as the diagrams are rendered: Chromium and the PDF stay out of the
 * build's memory, and the script runs the same from `npm run handbook`. Dev serves the cached PDF at its address.
 */
import type { AstroIntegration } from 'astro';
import { createReadStream } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { cachedFile, lastCachedKey } from '../../lib/handbook/cache.ts';
import { routes } from '../../lib/routes.ts';
import { notShared } from '../../lib/shared-html.ts';
import { projectOf, runScript, stop, timed } from '../step.ts';

export function handbookPdf(): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'djzy-handbook-pdf',
    hooks: {
      'astro:config:setup': ({ config }) => {
        ({ root, base } = projectOf(config));
      },
      'astro:build:done': async ({ dir }) => {
        // Every procedure part the handbook shows was rendered once, by one of its two pages, and taken by the other.
        const unshared = notShared();
        if (unshared.length)
          throw stop(
            `整本指引：${unshared.length} 个工作程序片段没有共用（重复渲染或未被取用），如 ${unshared.slice(0, 3).join('、')}（src/lib/shared-html.ts）`,
          );
        const run = await timed('handbook', () =>
          runScript(root, 'handbook-pdf.ts', ['--site', fileURLToPath(dir), '--base', base]),
        );
        if (run.status !== 0) throw stop('整本指引 PDF 未能发布（见上），构建已停止。');
      },
      'astro:server:setup': ({ server }) => {
        const address = `${base}${routes.handbookPdf().slice(1)}`;
        server.middlewares.use((req, res, next) => {
          const key = req.url?.split('?')[0] === address ? lastCachedKey() : undefined;
          if (!key) return next();
          res.setHeader('content-type', 'application/pdf');
          createReadStream(cachedFile(key)).pipe(res);
        });
      },
    },
  };
}
