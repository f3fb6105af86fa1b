import { defineConfig } from 'vitest/config';

/**
 * unit: pure modules and schemas, no build needed.
 * site: assertions over the built output (dist/ and .build/subpath/), run after `npm run build`.
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
          // Shared state checked: the astro:content stand-in (emptied per file by unit-setup.ts); the checker's
          // mermaid parser, cached with happy-dom's window/document on globalThis, which no unit-tested module reads;
          // caches of constant facts (mermaid version, git dates of the repository). No test stubs globals or env.
          isolate: false,
          // Vitest's default on a 2-core machine is one worker (cores − 1); two finish in ~5 s instead of ~7 s.
          maxWorkers: 2,
          // The loop's speed is measured (`time npm run test:unit`), not enforced per test: a checker test that takes
          // 3 s on an idle machine must not fail at the default 5 s while a build runs beside it.
          testTimeout: 30_000,
          setupFiles: ['tests/support/unit-setup.ts'],
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
