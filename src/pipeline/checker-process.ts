/**
 * The one place the build starts the content checker: `npm run check`'s command (scripts/check-content.ts) in its
 * own Node process, its problems read as JSON. Both `npm run build` (beside Astro, scripts/build.ts) and the
 * content-check integration (a bare `astro build`, and `astro dev` on every save) come here.
 *
 * Why a process: Astro loads the integrations through Vite's module runner, which is closed again once the config
 * is read, so the checker's own imports cannot run there; a separate process also keeps the checker's memory out of
 * the build, and lets `npm run build` run it on the second core while Astro starts.
 */
import { spawn } from 'node:child_process';
import type { Problem } from '../lib/content-source/problem.ts';
import { scriptOf } from './step.ts';

/**
 * Set by scripts/build.ts, which runs the content check beside Astro and stops Astro when the check fails: the
 * content-check integration then does not check again.
 */
export const CHECKED_BESIDE_ENV = 'DJZY_CONTENT_CHECKED_BESIDE';

/**
 * Every problem the checker found in the project at `root` (warnings included: callers keep the blocking ones), or,
 * when the checker could not run or said nothing readable, an Error whose message says why.
 */
export function checkInChild(root: string): Promise<Problem[]> {
  const child = spawn(process.execPath, [scriptOf(root, 'check-content.ts'), root, '--json'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
  return new Promise((resolve, reject) =>
    child.on('close', () => {
      try {
        resolve(JSON.parse(stdout) as Problem[]);
      } catch {
        reject(new Error(stderr.trim() || '检查程序没有输出结果'));
      }
    }),
  );
}
