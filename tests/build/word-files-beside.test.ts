/**
 * The worker thread that makes Word files beside Astro (src/lib/beside/word-files.ts) never keeps a process
 * alive: `astro build` must end once its pages are written.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { ROOT } from '../support/builds.ts';

it('lets a process end by itself once its files are made', () => {
  const dir = mkdtempSync(join(tmpdir(), 'word-files-'));
  const script = join(dir, 'zip.mjs');
  writeFileSync(
    script,
    [
      `import { wordFilesBeside } from ${JSON.stringify(join(ROOT, 'src/lib/beside/word-files.ts'))};`,
      `const bytes = await wordFilesBeside(${JSON.stringify(ROOT)}).zip([{ name: 'a.txt', bytes: new Uint8Array([1]) }]);`,
      'console.log(bytes.length);',
    ].join('\n'),
  );
  const run = spawnSync(process.execPath, [script], { encoding: 'utf8', timeout: 20_000 });
  rmSync(dir, { recursive: true });
  expect(run.signal).toBeNull();
  expect(run.status).toBe(0);
  expect(Number(run.stdout)).toBeGreaterThan(0);
});
