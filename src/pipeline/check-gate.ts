/**
 * `npm run build` starts Astro beside the content check, to share the machine's two cores; but an MDX body is code,
 * and the check is what refuses an editor's code (src/lib/content-check/mdx-code.ts). So no MDX module is compiled,
 * and so none can run, until the check has passed: this Vite plugin holds every .mdx transform until scripts/build.ts
 * creates the gate file, and the build is stopped (with the check's problems) if it never does. Astro's other work,
 * reading the collections and bundling the site's own code, goes on meanwhile. The content-check integration
 * (integrations/content-check.ts) installs the plugin when scripts/build.ts names the gate.
 */
import { existsSync } from 'node:fs';
import type { Plugin } from 'vite';

/** Set by scripts/build.ts to the path of the file it creates once the content check has passed. */
export const CHECK_GATE_ENV = 'DJZY_CONTENT_CHECK_GATE';

/** Resolves once `path` exists, looking every `intervalMs`. */
export function whenExists(path: string, intervalMs = 25): Promise<void> {
  return new Promise((resolve) => {
    const look = () => (existsSync(path) ? resolve() : setTimeout(look, intervalMs));
    look();
  });
}

export function checkGatePlugin(gate: string): Plugin {
  let open: Promise<void> | undefined;
  return {
    name: 'djzy-check-gate',
    enforce: 'pre',
    async transform(_code, id) {
      if (!/\.mdx(?:$|\?)/.test(id)) return null;
      open ??= whenExists(gate);
      await open;
      return null;
    },
  };
}
