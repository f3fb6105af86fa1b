import { accessSync, constants } from 'node:fs';
import { defineConfig } from 'vitest/config';

/**
 * Unit tests make and delete small folders (frozen editions, content trees); in memory that costs no disk wait, which
 * a build beside them makes long. Where the machine has no /dev/shm, the system's temporary folder is used.
 */
const memoryTmp = (() => {
  try {
    accessSync('/dev/shm', constants.W_OK);
    return { TMPDIR: '/dev/shm' };
  } catch {
    return {};
  }
})();

/**
 * unit: pure modules and schemas on input made in memory: no build, no copy of the content tree, no child process.
 * site: assertions over the built output (dist/ and .build/subpath/), run after `npm run build`, and the slow tests
 *   that need no build: the checker over copies of the content, `npm run new`, Pagefind, Mermaid, git, random sweeps.
 * browser: every built page in the system Chromium (playwright-core), with axe.
 */
export default defineConfig({
  test: {
    projects: [
      {
        // astro:content is Astro's virtual module; the view layer's unit tests get an in-memory stand-in.
        resolve: {
          alias: { 'astro:content': new URL('./tests/support/astro-content-stub.ts', import.meta.url).pathname },
        },
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          // One worker runs many files (a fresh worker per file cost ~150 ms each, half of `npm run test:unit`).
          // Shared state checked: the astro:content stand-in (emptied per file by unit-setup.ts); caches of
          // constant facts. No test stubs globals or env.
          isolate: false,
          // One worker thread: each worker imports the modules again, so a second one costs ~40% more CPU time
          // (15 s against 9 s measured) for a shorter run only on an idle machine; beside a build, which takes both
          // cores, the CPU time is the run's length. A thread starts and talks to Vitest cheaper than a process.
          pool: 'threads',
          maxWorkers: 1,
          // The loop's speed is measured (`time npm run test:unit`), not enforced per test: a checker test that takes
          // 3 s on an idle machine must not fail at the default 5 s while a build runs beside it.
          testTimeout: 30_000,
          setupFiles: ['tests/support/unit-setup.ts'],
          env: memoryTmp,
        },
      },
      {
        test: {
          name: 'site',
          include: ['tests/build/**/*.test.ts'],
          // Vitest's 5 s default is too close: on an idle 2-core machine the slowest tests without a timeout of their
          // own take ~2.5 s (a spawned `npm run check`, the synthetic corpus), and a busy machine runs them 3–4× slower.
          // 30 s is ~12× the slowest; the two that build the site (atomic-build, package: 20–60 s) set 180 s themselves.
          testTimeout: 30_000,
          hookTimeout: 30_000,
        },
      },
      { test: { name: 'browser', include: ['tests/e2e/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 60_000 } },
    ],
  },
});
