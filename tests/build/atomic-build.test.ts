/**
 * The build as a whole, in a throw-away copy of the project: a failed build must leave the previous dist/ exactly
 * as it was; with a complete diagram cache, a machine without Chromium builds byte-identical pages; a cache miss
 * without Chromium falls back to client-side drawing with a warning, and fails under CI=true.
 */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readBuiltSite } from '../../scripts/lib/read-built-site.ts';
import { copyBuildInputs } from '../../scripts/lib/project-files.ts';
import { SEED_COUNTS } from '../../src/schemas/seed-facts.ts';
import { ROOT } from '../support/builds.ts';

const project = mkdtempSync(join(tmpdir(), 'djzy-build-'));
afterAll(() => rmSync(project, { recursive: true, force: true }));

copyBuildInputs(ROOT, project);
symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');

const build = (env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [join(project, 'scripts/build.ts')], {
    cwd: project,
    encoding: 'utf8',
    env: { ...process.env, SITE_BASE: '', CI: '', ...env },
  });

const fingerprint = (dir: string) => {
  const hash = createHash('sha256');
  for (const file of [...readBuiltSite(dir).files].sort()) hash.update(file).update(readFileSync(join(dir, file)));
  return hash.digest('hex');
};

const NO_BROWSER = { CHROMIUM_PATH: '/nonexistent/chromium' };

describe('npm run build', { timeout: 180_000 }, () => {
  let reference = '';

  it('without Chromium and with a complete diagram cache, builds byte-identical output', () => {
    const first = build();
    expect(first.status, first.stderr).toBe(0);
    reference = fingerprint(join(project, 'dist'));
    const second = build(NO_BROWSER);
    expect(second.status, second.stderr).toBe(0);
    const charts = SEED_COUNTS.flowcharts.count;
    expect(second.stdout).toContain(`流程图：共 ${charts} 个，缓存命中 ${charts} 个，新绘制 0 个`);
    expect(fingerprint(join(project, 'dist'))).toBe(reference);
    // Every chart is drawn in advance, so the client-side fallback (mermaid, ~3 MB) is not shipped.
    expect(readBuiltSite(join(project, 'dist')).files.has('vendor/mermaid.min.js')).toBe(false);
  });

  it('keeps the previous dist/ when the content is broken', () => {
    const file = join(project, 'content/bulletins/2022-07.yaml');
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace('issuedOn: 2022-07-05', 'issuedOn: 2022-07-32'));
    const failed = build();
    writeFileSync(file, original);
    expect(failed.status).toBe(1);
    expect(failed.stderr).toContain('content/bulletins/2022-07.yaml:4 issuedOn: 「印发日期」不是有效日期：2022-07-32');
    expect(failed.stderr).toContain('构建未完成，dist 保持上一次构建的内容。');
    // The check runs beside Astro: Astro is stopped and its own (English) messages are never shown.
    expect(failed.stdout + failed.stderr).not.toMatch(/\[build\]|\[content\]|InvalidContentEntryDataError/);
    expect(fingerprint(join(project, 'dist'))).toBe(reference);
  });

  it('on a diagram cache miss without Chromium: fails under CI=true, falls back with a warning otherwise', () => {
    const evicted = readdirSync(join(project, 'cache/diagrams')).find((f) => f.endsWith('.svg'))!;
    rmSync(join(project, 'cache/diagrams', evicted));

    const strict = build({ ...NO_BROWSER, CI: 'true' });
    expect(strict.status).toBe(1);
    expect(strict.stderr).toContain('以下流程图没有缓存，且找不到 Chromium 绘制（CI=true 时不允许）');
    expect(fingerprint(join(project, 'dist'))).toBe(reference);

    const lenient = build(NO_BROWSER);
    expect(lenient.status, lenient.stderr).toBe(0);
    expect(lenient.stderr).toContain('警告：以下流程图没有缓存');
    const built = readBuiltSite(join(project, 'dist'));
    const pages = built.pages.filter((p) => p.html.includes('diagram-pending'));
    expect(pages.length).toBeGreaterThan(0);
    // The pages waiting for the diagram get the local mermaid to draw it with.
    expect(built.files.has('vendor/mermaid.min.js')).toBe(true);
  });
});
