/**
 * A failed build must leave the previous dist/ exactly as it was: the build runs in a copy of the project, is
 * broken, and rebuilt.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBuiltSite } from '../../scripts/lib/built-site.ts';
import { ROOT } from '../support/built-site.ts';

const project = mkdtempSync(join(tmpdir(), 'djzy-build-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

for (const entry of ['content', 'src', 'public', 'scripts', 'astro.config.ts', 'tsconfig.json', 'package.json']) {
  cpSync(join(ROOT, entry), join(project, entry), { recursive: true });
}
symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');

const build = () =>
  spawnSync(process.execPath, [join(project, 'scripts/build.ts')], { cwd: project, encoding: 'utf8', env: { ...process.env, SITE_BASE: '' } });

const fingerprint = (dir: string) => {
  const hash = createHash('sha256');
  for (const file of [...readBuiltSite(dir).files].sort()) hash.update(file).update(readFileSync(join(dir, file)));
  return hash.digest('hex');
};

describe('npm run build', () => {
  it('swaps in a new dist/ only when content, build and links are all good', { timeout: 120_000 }, () => {
    const first = build();
    expect(first.status, first.stderr).toBe(0);
    const before = fingerprint(join(project, 'dist'));

    const file = join(project, 'content/bulletins/2022-07.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('issuedOn: 2022-07-05', 'issuedOn: 2022-07-32'));
    const failed = build();
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('content/bulletins/2022-07.yaml:4 issuedOn: 「印发日期」不是有效日期：2022-07-32');
    expect(failed.stderr).toContain('构建未完成，dist 保持上一次构建的内容。');
    expect(fingerprint(join(project, 'dist'))).toBe(before);
  });
});
