/**
 * node scripts/ci-install.ts: the install step of the merge-request check (.gitlab-ci.yml, .forgejo/workflows/
 * check.yml). The forge keeps node_modules/ between runs, keyed on package-lock.json; when the kept folder was
 * installed from this very lock file (the stamp `npm ci` left says so), installing again would only spend a minute
 * unpacking the same 1,200 packages (docs/BENCHMARKS.md), so nothing is done. Otherwise `npm ci` from the npm cache,
 * and the stamp is written. Node's own modules only: this runs before anything is installed.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
/** Where the hash of the lock file that node_modules was installed from is kept. */
export const STAMP = 'node_modules/.djzy-installed-from';

export const lockHash = (lock: string | Buffer) => createHash('sha256').update(lock).digest('hex');

/** Whether node_modules at `root` was installed from the lock file as it is now. */
export function installedFromLock(root: string): boolean {
  const stamp = join(root, STAMP);
  return (
    existsSync(stamp) && readFileSync(stamp, 'utf8').trim() === lockHash(readFileSync(join(root, 'package-lock.json')))
  );
}

if (import.meta.main) {
  if (installedFromLock(root)) {
    console.log('依赖与 package-lock.json 一致（取自缓存），跳过安装。');
  } else {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const run = spawnSync(npm, ['ci', '--prefer-offline', '--no-audit', '--no-fund'], { cwd: root, stdio: 'inherit' });
    if (run.status !== 0) process.exit(run.status ?? 1);
    writeFileSync(join(root, STAMP), `${lockHash(readFileSync(join(root, 'package-lock.json')))}\n`);
  }
}
