import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/builds.ts';

describe('editor JSON Schemas', () => {
  it('are up to date with the content schemas (npm run schemas)', () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/json-schemas.ts'), '--check'], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
  });
});
