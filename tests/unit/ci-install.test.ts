/** The merge-request check's install step (scripts/ci-install.ts) skips `npm ci` only for the same lock file. */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { installedFromLock, lockHash, STAMP } from '../../scripts/ci-install.ts';

describe('installedFromLock', () => {
  it('holds for the lock file node_modules was installed from, and for no other', () => {
    const root = mkdtempSync(join(tmpdir(), 'djzy-install-'));
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3}');
    expect(installedFromLock(root)).toBe(false); // nothing installed
    mkdirSync(join(root, 'node_modules'));
    writeFileSync(join(root, STAMP), `${lockHash('{"lockfileVersion":3}')}\n`);
    expect(installedFromLock(root)).toBe(true);
    writeFileSync(join(root, 'package-lock.json'), '{"lockfileVersion":3,"packages":{}}');
    expect(installedFromLock(root)).toBe(false);
  });
});
