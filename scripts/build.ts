/**
 * npm run build: build into a fresh folder and only then swap it in for the output folder. The checks themselves
 * (content, diagrams, links) run inside Astro (src/integrations/editor-checks.ts), so `astro build` and
 * `npm run dev` apply them too; what only this script can do is keep a failed build away from the output, so a
 * broken pull request never half-publishes.
 *
 *   node scripts/build.ts [--base /djzy/] [--out dist]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, globSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { reportPhase, timed } from '../src/integrations/build-report.ts';
import { normalizeBase } from '../src/lib/urls.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { base: { type: 'string' }, out: { type: 'string', default: 'dist' } },
});
const base = normalizeBase(values.base ?? process.env.SITE_BASE ?? '/');
const outDir = resolve(root, values.out ?? 'dist');
const stagingRoot = join(root, '.build');
const staging = join(stagingRoot, `staging-${process.pid}`);

function fail(message: string): never {
  rmSync(staging, { recursive: true, force: true });
  console.error(`\n${message}`);
  console.error(existsSync(outDir) ? `构建未完成，${values.out} 保持上一次构建的内容。` : '构建未完成。');
  process.exit(1);
}

const started = performance.now();
mkdirSync(stagingRoot, { recursive: true });
const astro = await timed('astro', () =>
  spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', staging], {
    cwd: root,
    stdio: 'inherit',
    // BASE_URL too: Astro's server-side import.meta.env reads it from the process environment when it is set there
    // (test runners set it to '/'), which would silently override the configured base.
    env: { ...process.env, SITE_BASE: base, BASE_URL: base },
  }),
);
if (astro.status !== 0) fail('构建已停止（原因见上）。');

const pages = globSync('**/*.html', { cwd: staging }).length;
const previous = join(stagingRoot, `previous-${process.pid}`);
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
const seconds = (performance.now() - started) / 1000;
reportPhase({ phase: 'total', seconds, pages });
console.log(`\n构建完成：${pages} 个页面，站点根路径 ${base}，输出到 ${values.out}/，用时 ${seconds.toFixed(1)} 秒。`);
