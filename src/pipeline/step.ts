/**
 * What every build step shares, whether it runs inside Astro (src/pipeline/integrations/) or in a command
 * (scripts/build.ts, scripts/handbook-pdf.ts): where the project is, how a step starts a command of scripts/ in its
 * own Node process, how it stops the build in one Chinese line, and how long it took.
 *
 * Build measurements for `npm run bench`: when DJZY_BUILD_REPORT names a file, each build phase appends one JSON
 * line to it ({ phase, seconds, … }); otherwise nothing is written. Kept to a file, not parsed from the console,
 * so the build's messages stay free to change.
 */
import type { AstroConfig } from 'astro';
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { appendFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { inProject } from '../lib/paths.ts';
import { normalizeBase } from '../lib/urls.ts';

export interface PhaseMeasure {
  phase: 'check' | 'diagrams' | 'astro' | 'editor' | 'pagefind' | 'handbook' | 'links' | 'total';
  seconds: number;
  pages?: number;
}

export function reportPhase(measure: PhaseMeasure): void {
  const file = process.env.DJZY_BUILD_REPORT;
  if (file) appendFileSync(file, `${JSON.stringify(measure)}\n`);
}

/** Run `work`, report how long it took as `phase`, and return its result. */
export async function timed<T>(phase: PhaseMeasure['phase'], work: () => T | Promise<T>): Promise<T> {
  const started = performance.now();
  const result = await work();
  reportPhase({ phase, seconds: (performance.now() - started) / 1000 });
  return result;
}

/** The project an Astro integration builds: its root folder and its base path, read from the resolved config. */
export function projectOf(config: Pick<AstroConfig, 'root' | 'base'>): { root: string; base: string } {
  return { root: fileURLToPath(config.root), base: normalizeBase(config.base) };
}

/** The path of a command of scripts/ (e.g. 'check-content.ts') in the project at `root`. */
export const scriptOf = (root: string, script: string) => inProject(root, 'scripts', script);

/**
 * Run a command of scripts/ in its own Node process, from the project root, its output shown as it comes. A step
 * runs apart when it needs what Astro's module runner cannot give (the checker's imports, Chromium), or to keep its
 * memory out of the build's.
 */
export function runScript(
  root: string,
  script: string,
  args: readonly string[] = [],
  env: NodeJS.ProcessEnv = process.env,
): SpawnSyncReturns<Buffer> {
  return spawnSync(process.execPath, [scriptOf(root, script), ...args], { cwd: root, stdio: 'inherit', env });
}

/** An error Astro prints as one short line under the editor's list (no stack trace). */
export const stop = (message: string) => Object.assign(new Error(message), { stack: '' });
