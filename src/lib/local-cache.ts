/**
 * Where the content check and the build keep what they worked out between runs (the check's memo, the bundled editor
 * script): in the system's temporary folder, one folder per project path — never in the working tree. A commit can
 * place any file in the working tree, `.build/` included (`git add -f`); a forged memo saying “no problems”, or a
 * forged editor script, would be trusted by the check of that very merge request and published by its build.
 */
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

export function localCacheDir(root: string): string {
  const project = createHash('sha256').update(resolve(root)).digest('hex').slice(0, 16);
  return join(tmpdir(), 'djzy-cache', project);
}
