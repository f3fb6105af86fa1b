/**
 * Build measurements for `npm run bench`: when DJZY_BUILD_REPORT names a file, each build phase appends one JSON
 * line to it ({ phase, seconds, … }); otherwise nothing is written. Kept to a file, not parsed from the console,
 * so the build's messages stay free to change.
 */
import { appendFileSync } from 'node:fs';

export interface PhaseMeasure {
  phase: 'check' | 'diagrams' | 'astro' | 'pagefind' | 'handbook' | 'links' | 'total';
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
