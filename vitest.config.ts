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
        resolve: { alias: { 'astro:content': new URL('./tests/support/astro-content-stub.ts', import.meta.url).pathname } },
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] },
      },
      { test: { name: 'site', include: ['tests/build/**/*.test.ts'] } },
      { test: { name: 'browser', include: ['tests/e2e/**/*.test.ts'], testTimeout: 300_000, hookTimeout: 60_000 } },
    ],
  },
});
