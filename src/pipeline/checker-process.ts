/**
 * The one place the build starts the content checker: `npm run check`'s command (scripts/check-content.ts) in its
 * own Node process, its problems read as JSON. Both `npm run build` (beside Astro, scripts/build.ts) and the
 * content-check integration (a bare `astro build`, and `astro dev` on every save) come here.
 *
 * Why a process: Astro loads the integrations through Vite's module runner, which is closed again once the config
 * is read, so the checker's own imports cannot run there; a separate process also keeps the checker's memory out of
 * the build, and lets `npm run build` run it on the second core while Astro starts.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { setPriority } from 'node:os';
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

/** What the dev server's checker answers to a request: the problems, or that its code changed and it has ended. */
export type CheckerReply = { problems: Problem[] } | { stale: true };

export interface Checker {
  /** Every problem in the project now (warnings included), as checkInChild answers. */
  check(): Promise<Problem[]>;
  stop(): void;
}

/**
 * The dev server's checker: one process that stays (`--serve`), keeping its modules loaded and what it worked out
 * in memory, so a check after a save costs what the save changed plus the rules over all the content
 * (scripts/lib/check-command.ts). Requests are answered in turn. Should the process end (its code was edited, or it
 * failed), the next request starts a new one.
 */
export function startChecker(root: string): Checker {
  let running: { child: ChildProcess; stderr: () => string } | undefined;
  let turn: Promise<unknown> = Promise.resolve();
  const spawnChecker = () => {
    const child = fork(scriptOf(root, 'check-content.ts'), [root, '--serve'], {
      cwd: root,
      // Not the dev server's own Node flags (an inspector's port, a profiler): the checker is an ordinary command.
      execArgv: [],
      stdio: ['ignore', 'inherit', 'pipe', 'ipc'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => (stderr += chunk));
    // Below the dev server on the processor: after a save the page renders at once and the check takes what is left
    // (two cores, a browser beside them; npm run bench:dev).
    try {
      setPriority(child.pid!, 5);
    } catch {
      // not allowed here: the check runs at the same priority
    }
    return { child, stderr: () => stderr };
  };
  const ask = (): Promise<Problem[]> =>
    new Promise((resolve, reject) => {
      const current = (running ??= spawnChecker());
      const ended = () => {
        running = undefined;
        reject(new Error(current.stderr().trim() || '检查程序意外退出'));
      };
      current.child.once('exit', ended);
      current.child.once('message', (reply: CheckerReply) => {
        current.child.off('exit', ended);
        if ('stale' in reply) {
          running = undefined;
          resolve(ask());
        } else resolve(reply.problems);
      });
      current.child.send('check');
    });
  return {
    check() {
      const answer = turn.then(ask, ask);
      turn = answer.catch(() => undefined);
      return answer;
    },
    stop() {
      running?.child.kill();
      running = undefined;
    },
  };
}
