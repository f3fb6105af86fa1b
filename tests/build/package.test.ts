/**
 * The release package as the IT office receives it: built for /djzy/, checksummed, with a manifest; unpacked and
 * served by a plain static server under /djzy/, every page and every file it references answers.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { crawl } from '../../scripts/lib/crawl.ts';
import { serveStatic } from '../../scripts/lib/static-server.ts';
import { ROOT } from '../support/builds.ts';

const out = mkdtempSync(join(tmpdir(), 'djzy-release-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('npm run package -- --base /djzy/', { timeout: 180_000 }, () => {
  it('writes a checksummed archive and manifest that unpack into a site with no broken links', async () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/package.ts'), '--base', '/djzy/', '--out', out], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, CI: '' },
    });
    expect(run.status, run.stderr).toBe(0);
    const version = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version;
    const archive = join(out, `djzy-${version}-djzy.tar.gz`);
    const [hash, name] = readFileSync(`${archive}.sha256`, 'utf8').trim().split(/\s+/);
    expect(name).toBe(`djzy-${version}-djzy.tar.gz`);
    expect(createHash('sha256').update(readFileSync(archive)).digest('hex')).toBe(hash);
    const manifest = JSON.parse(readFileSync(join(out, `djzy-${version}-djzy.manifest.json`), 'utf8'));
    expect(manifest).toMatchObject({ version, base: '/djzy/' });
    expect(manifest.pages).toBeGreaterThan(100);
    expect(manifest.commit).toMatch(/^[0-9a-f]{40}|unknown/);
    // The configuration tests/unit/nginx-conf.test.ts reads and tests/build/nginx.test.ts serves with.
    expect(readFileSync(join(out, 'nginx.conf'), 'utf8')).toBe(readFileSync(join(ROOT, 'deploy/nginx.conf'), 'utf8'));

    const site = join(out, 'unpacked');
    mkdirSync(site);
    execFileSync('tar', ['-xzf', archive, '-C', site]);
    expect(JSON.parse(readFileSync(join(site, 'release-manifest.json'), 'utf8'))).toEqual(manifest);

    const server = await serveStatic(site, '/djzy/');
    try {
      const result = await crawl(`${server.origin}/djzy/`, '/djzy/');
      expect(result.broken).toEqual([]);
      expect(result.escaping).toEqual([]);
      expect(result.pages).toBe(manifest.pages - 1); // every page but 404.html is reachable by links
      expect(result.resources).toBeGreaterThan(40);
    } finally {
      await server.close();
    }
  });
});
