/**
 * npm run build: check content, build into a fresh folder, check every link there, and only then swap it in.
 * A failed check or build leaves the previous output untouched, so a broken pull request never half-publishes.
 *
 *   node scripts/build.ts [--base /djzy/] [--out dist]
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { checkContent, formatProblem } from '../src/lib/content-check/index.ts';
import { checkLinks } from '../src/lib/link-check.ts';
import { reportPhase, timed } from '../src/lib/build-report.ts';
import { normalizeBase } from '../src/lib/urls.ts';
import { readBuiltSite } from './lib/built-site.ts';
import { renderDiagrams, reportRender } from './render-diagrams.ts';

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
const { problems } = await timed('check', () => checkContent(root));
if (problems.length) {
  for (const p of problems) console.error(`  ${formatProblem(p)}`);
  fail(`内容检查发现 ${problems.length} 个问题（见上），请先修改。`);
}

const rendering = await timed('diagrams', () => renderDiagrams(root)).catch((error: Error) => fail(error.message));
if (!reportRender(rendering)) fail('流程图缓存不完整（见上）。');

mkdirSync(stagingRoot, { recursive: true });
const astro = await timed('astro', () => spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', staging], {
  cwd: root,
  stdio: 'inherit',
  // BASE_URL too: Astro's server-side import.meta.env reads it from the process environment when it is set there
  // (test runners set it to '/'), which would silently override the configured base. DJZY_CONTENT_CHECKED: the
  // content was checked just above, so the editor-checks integration does not check it again.
  env: { ...process.env, SITE_BASE: base, BASE_URL: base, DJZY_CONTENT_CHECKED: '1' },
}));
if (astro.status !== 0) fail('Astro 构建失败（见上）。');

// Only a build with uncached diagrams ships mermaid, for the client-side fallback (src/scripts/diagram-fallback.ts).
if (rendering.missing.length) {
  mkdirSync(join(staging, 'vendor'), { recursive: true });
  copyFileSync(createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js'), join(staging, 'vendor/mermaid.min.js'));
}

const { site, broken } = await timed('links', () => {
  const site = readBuiltSite(staging);
  return { site, broken: checkLinks(site.pages, site.files, base) };
});
if (broken.length) {
  for (const b of broken) console.error(`  ${b.file}: ${b.url} — ${b.problem}`);
  fail(`发现 ${broken.length} 个失效链接（见上）。`);
}

const previous = join(stagingRoot, `previous-${process.pid}`);
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
const seconds = (performance.now() - started) / 1000;
reportPhase({ phase: 'total', seconds, pages: site.pages.length });
console.log(`\n构建完成：${site.pages.length} 个页面，站点根路径 ${base}，输出到 ${values.out}/，用时 ${seconds.toFixed(1)} 秒。`);
