/**
 * A built site on a local static server plus one Chromium, opened before the enclosing describe block's tests
 * and closed after them. Call it inside a `describe.skipIf(!chromiumPath)` block, before its own hooks.
 */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import { serveStatic, type RunningServer } from '../../scripts/lib/static-server.ts';
import { requireBuild } from './builds.ts';

export interface ServedSite {
  browser: Browser;
  server: RunningServer;
  /** Full address of a path below the site's base, e.g. url('guide/'). */
  url: (path: string) => string;
}

export function serveInChromium(build: { dir: string; base: string }, chromiumPath: string | undefined): ServedSite {
  const served = { url: (path: string) => `${served.server.origin}${served.server.base}${path}` } as ServedSite;
  beforeAll(async () => {
    served.server = await serveStatic(requireBuild(build.dir), build.base);
    served.browser = await launchChromium(chromiumPath!);
  });
  afterAll(async () => {
    await served.browser?.close();
    await served.server?.close();
  });
  return served;
}
