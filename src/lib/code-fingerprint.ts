/**
 * A hash of the code (and the installed packages, by package-lock.json) that a remembered result was made by: the
 * content check's memo (content-check/check-memo.ts) and the build's cached editor script
 * (pipeline/integrations/editor.ts) are thrown away when it changes, so neither can answer for other code.
 */
import { createHash } from 'node:crypto';
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** What the checker's results depend on: its code, the schemas, and the packages. */
export const CHECKER_CODE = ['src/lib/**/*.ts', 'src/schemas/**/*.ts', 'package-lock.json'];

export function codeFingerprint(codeRoot: string, patterns: readonly string[] = CHECKER_CODE): string {
  const hash = createHash('sha256').update(process.version);
  for (const file of globSync([...patterns], { cwd: codeRoot }).sort()) {
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(codeRoot, file)))
      .update('\0');
  }
  return hash.digest('hex');
}
