/**
 * npm run build: build into a fresh folder and only then swap it in for the output folder, so a broken pull
 * request never half-publishes. The content check and the diagrams run inside Astro (src/integrations/
 * editor-checks.ts), so `npm run dev` applies them too; the search index and the link check run here, after Astro
 * has exited, so their memory and Astro's are never held at once (BENCHMARKS.md).
 *
 *   node scripts/build.ts [--base /djzy/] [--out dist]
 */
import { spawnSync } from 'node:child_process';
import { existsSync, globSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { reportPhase, timed } from '../src/integrations/build-report.ts';
import { normalizeBase } from '../src/lib/urls.ts';
import { checkLinks } from '../src/integrations/link-check.ts';
import { readBuiltSite } from './lib/read-built-site.ts';
import { indexSearch } from './lib/search-index.ts';

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

// After Astro has exited (its memory freed): the search index in Pagefind's own process, then the link check over
// the finished site, search index and handbook PDF included.
try {
  const started = performance.now();
  const { pages: indexed } = indexSearch(staging, join(stagingRoot, `index-${process.pid}`));
  const seconds = (performance.now() - started) / 1000;
  reportPhase({ phase: 'pagefind', seconds, pages: indexed });
  console.log(`全文检索：已索引 ${indexed} 个页面，用时 ${seconds.toFixed(1)} 秒`);
} catch (error) {
  fail(`全文检索未能建立：${(error as Error).message}`);
}
const broken = await timed('links', () => {
  const built = readBuiltSite(staging);
  return checkLinks(built.pages, built.files, base);
});
if (broken.length) {
  for (const b of broken) console.error(`${b.file}: ${b.url} — ${b.problem}`);
  fail(`发现 ${broken.length} 个失效链接（见上），构建已停止。`);
}

const pages = globSync('**/*.html', { cwd: staging }).length;
const previous = join(stagingRoot, `previous-${process.pid}`);
if (existsSync(outDir)) renameSync(outDir, previous);
renameSync(staging, outDir);
rmSync(previous, { recursive: true, force: true });
const seconds = (performance.now() - started) / 1000;
reportPhase({ phase: 'total', seconds, pages });
console.log(`\n构建完成：${pages} 个页面，站点根路径 ${base}，输出到 ${values.out}/，用时 ${seconds.toFixed(1)} 秒。`);
