/**
 * The editor's safety net inside Astro: `astro build` refuses content that `npm run check` refuses, and
 * `astro dev` checks content/ when it starts and again after every save, showing the problems in Chinese in the
 * terminal and in the browser's error overlay, and clearing them once the file is fixed.
 * (`npm run build` checks before it calls Astro and says so through DJZY_CONTENT_CHECKED, so it checks once.)
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatProblem, type Problem } from '../lib/content-check/problem.ts';
import { overlayPayload, problemSummary } from '../lib/content-check/dev-report.ts';

/**
 * The checker runs in its own Node process (the CLI of `npm run check`): Astro loads this file through Vite's
 * module runner, which is closed again once the config is read, so the checker's own imports cannot run here; a
 * separate process also keeps the checker's memory out of the build.
 */
function checkInChild(root: string): Promise<Problem[]> {
  return new Promise((resolve, reject) => {
    execFile(process.execPath, [join(root, 'scripts/check-content.ts'), root, '--json'], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      try {
        resolve(JSON.parse(stdout) as Problem[]);
      } catch {
        reject(new Error(stderr.trim() || error?.message || '检查程序没有输出结果'));
      }
    });
  });
}

/** Saves come in bursts (an editor writing several files, a git checkout): check once they settle. */
const SETTLE_MS = 300;

function report(logger: AstroIntegrationLogger, problems: Problem[], then: string) {
  for (const p of problems) logger.error(formatProblem(p));
  logger.error(`${problemSummary(problems)}。${then}`);
}

export function editorChecks(): AstroIntegration {
  let root = process.cwd();
  return {
    name: 'djzy-editor-checks',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        root = fileURLToPath(config.root);
        if (command !== 'build' || process.env.DJZY_CONTENT_CHECKED === '1') return;
        const problems = await checkInChild(root);
        if (!problems.length) return;
        report(logger, problems, '改好后重新构建。');
        // A short message: the lines above are the editor's list; Astro prints this one under them.
        throw Object.assign(new Error(`${problemSummary(problems)}（见上），构建已停止。`), { stack: '' });
      },
      'astro:server:setup': ({ server, logger }) => {
        const contentDir = `${root.replace(/\/$/, '')}/content/`;
        let timer: ReturnType<typeof setTimeout> | undefined;
        let failing: ReturnType<typeof overlayPayload> | undefined;
        const run = async () => {
          const problems = await checkInChild(root);
          if (problems.length) {
            report(logger, problems, '改好后保存即可，不需要重启预览。');
            failing = overlayPayload(problems, root);
            server.ws.send(failing as never);
          } else {
            logger.info('内容检查通过');
            // The overlay of the last failed check goes once the reader's page reloads.
            if (failing) server.ws.send({ type: 'full-reload' });
            failing = undefined;
          }
        };
        const schedule = () => {
          clearTimeout(timer);
          timer = setTimeout(() => void run().catch((error: Error) => logger.error(`内容检查未能运行：${error.message}`)), SETTLE_MS);
        };
        server.watcher.on('all', (_event, file) => {
          if (file.startsWith(contentDir)) schedule();
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
