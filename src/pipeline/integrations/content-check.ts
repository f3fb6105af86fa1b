/**
 * The editor's safety net inside Astro, for `astro dev`, `astro build` and `npm run build` alike:
 *
 * - build: check content/ (as `npm run check` does) before Astro reads a page, and stop the build in Chinese on any
 *   problem. `npm run build` runs that check beside Astro instead and says so by CHECKED_BESIDE_ENV, holding every
 *   MDX module until it has passed (../check-gate.ts).
 * - dev: check content/ and editions/ when the server starts and after every save, showing the problems in the
 *   terminal and in the browser's error overlay, and clearing them once the file is fixed. One checker process
 *   stays for the server's life (startChecker), so a save is re-checked in a fraction of a second.
 *
 * The checker itself runs in its own process (../checker-process.ts).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { formatProblem, isBlocking, type Problem } from '../../lib/content-source/problem.ts';
import { overlayPayload, problemPage, problemSummary } from '../../lib/content-check/dev-report.ts';
import { FOLDERS } from '../../lib/paths.ts';
import { CHECK_GATE_ENV, checkGatePlugin } from '../check-gate.ts';
import { CHECKED_BESIDE_ENV, checkInChild, startChecker } from '../checker-process.ts';
import { projectOf, stop, timed } from '../step.ts';

/**
 * How long a check waits after the save that starts it, for a file written in several steps to be whole. Short,
 * because an editor waits for the page after every save (npm run bench:dev measures the whole loop); saves during a
 * check are gathered into one more check after it.
 */
const SETTLE_MS = 20;

/** Warnings (pages awaiting review against a revised regulation) are for `npm run check`; they stop nothing. */
const blockingIn = async (root: string) => (await checkInChild(root)).filter(isBlocking);

function report(logger: AstroIntegrationLogger, problems: Problem[], then: string) {
  for (const p of problems) logger.error(formatProblem(p));
  logger.error(`${problemSummary(problems)}。${then}`);
}

export function contentCheck(): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  return {
    name: 'djzy-content-check',
    hooks: {
      'astro:config:setup': async ({ config, command, logger, updateConfig }) => {
        ({ root, base } = projectOf(config));
        if (command !== 'build') return;
        const gate = process.env[CHECK_GATE_ENV];
        if (gate) updateConfig({ vite: { plugins: [checkGatePlugin(gate)] } });
        if (process.env[CHECKED_BESIDE_ENV] === '1') return;
        const problems = await timed('check', () => blockingIn(root));
        if (problems.length) {
          report(logger, problems, '改好后重新构建。');
          throw stop(`${problemSummary(problems)}（见上），构建已停止。`);
        }
        logger.info('内容检查通过');
      },
      'astro:server:setup': ({ server, logger }) => {
        // The frozen editions are checked too: an erratum recorded, or a frozen file touched, is checked on save.
        const watched = [FOLDERS.content, FOLDERS.editions].map((dir) => `${root.replace(/\/$/, '')}/${dir}/`);
        let failing: ReturnType<typeof overlayPayload> | undefined;
        let failingPage: string | undefined;
        // One checker for the server's life: after a save it does again only what the save changed.
        const checker = startChecker(root);
        server.httpServer?.once('close', () => checker.stop());
        const run = async () => {
          const problems = (await checker.check()).filter(isBlocking);
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
        // Checks run one after another: a save while one runs asks for one more after it, so the last result is
        // always that of the files as they are. A page asked for while the last check failed waits for the running
        // one, so a fixed file's page is served at once rather than the old problem list and a reload.
        let running: Promise<void> | undefined;
        let again = false;
        const checkUntilSettled = async () => {
          do {
            again = false;
            await new Promise((settled) => setTimeout(settled, SETTLE_MS));
            await run().catch((error: Error) => logger.error(`内容检查未能运行：${error.message}`));
          } while (again);
        };
        const schedule = () => {
          if (running) {
            again = true;
            return;
          }
          running = checkUntilSettled().finally(() => (running = undefined));
        };
        server.watcher.on('all', (_event, file) => {
          if (watched.some((dir) => file.startsWith(dir))) schedule();
        });
        // While the check fails, every page is the problem list: rendering the broken entry would show Astro's own
        // English error instead.
        server.middlewares.use(async (req, res, next) => {
          if (!failingPage || req.method !== 'GET' || !(req.headers.accept ?? '').includes('text/html')) return next();
          await running;
          if (!failingPage) return next();
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
