/** No MDX module is compiled (so none can run) before the content check has passed and opened the gate. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkGatePlugin } from '../../src/pipeline/check-gate.ts';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('checkGatePlugin', () => {
  it('holds .mdx transforms until the gate file exists, and lets other modules through at once', async () => {
    dir = mkdtempSync(join(tmpdir(), 'djzy-gate-'));
    const gate = join(dir, 'check-passed');
    const transform = checkGatePlugin(gate).transform as (code: string, id: string) => Promise<null>;
    expect(await transform('', '/site/src/pages/index.astro')).toBeNull();

    let done = false;
    const held = transform('', '/site/content/guide/x.mdx?astroPropagatedAssets').then(() => (done = true));
    await new Promise((r) => setTimeout(r, 120));
    expect(done).toBe(false);
    writeFileSync(gate, '');
    await held;
    expect(done).toBe(true);
  });
});
