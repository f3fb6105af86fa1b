/**
 * npm run build: build into a fresh folder and only then swap it in for the output folder, so a broken pull
 * request never half-publishes. The content check runs beside Astro, in its own process, so the two share the
 * machine's cores; Astro's messages are held back until the check has passed, so an editor's mistake is reported
 * in Chinese by the check and never by Astro's own errors (Astro is stopped at once). The diagrams and the handbook
 * PDF are steps inside Astro (src/pipeline/integrations/); the search index and the link check
 * (src/pipeline/after-build/) run here, after Astro has exited, so their memory and Astro's are never held at once
 * (docs/BENCHMARKS.md). CONTRIBUTING.md (开发人员：构建的步骤) lists every step and the process it runs in.
 *
 *   node scripts/build.ts [--base /djzy/] [--out dist]
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, existsSync, globSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { reportPhase, timed } from '../src/pipeline/step.ts';
import { CHECKED_BESIDE_ENV, checkInChild } from '../src/pipeline/checker-process.ts';
import { CHECK_GATE_ENV } from '../src/pipeline/check-gate.ts';
import { problemSummary } from '../src/lib/content-check/dev-report.ts';
import { formatProblem, isBlocking, type Problem } from '../src/lib/content-source/problem.ts';
import { placeLinkProblem, pageSourcesOf } from '../src/lib/content-check/link-sources.ts';
import { loadContent } from '../src/lib/content-source/entries.ts';
import { isTextFile, readContentTree } from '../src/lib/content-source/tree.ts';
import { pageOf } from '../src/lib/site-map.ts';
import { COLLECTION_LIST } from '../src/schemas/collections.ts';
import { normalizeBase } from '../src/lib/urls.ts';
import { FOLDERS, inProject } from '../src/lib/paths.ts';
import { checkLinks } from '../src/pipeline/after-build/link-check.ts';
import { indexSearch } from '../src/pipeline/after-build/search-index.ts';
import { builtFiles, pagesOf } from './lib/read-built-site.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: { base: { type: 'string' }, out: { type: 'string', default: FOLDERS.dist } },
});
const base = normalizeBase(values.base ?? process.env.SITE_BASE ?? '/');
const outDir = resolve(root, values.out ?? FOLDERS.dist);
const stagingRoot = inProject(root, 'build');
const staging = join(stagingRoot, `staging-${process.pid}`);
/** Created once the content check has passed: until then Astro compiles no MDX (src/pipeline/check-gate.ts). */
const gate = join(stagingRoot, `check-passed-${process.pid}`);

/**
 * Swap the finished site into `outDir` in one step, so a reader of the folder never meets half a site. The old site
 * steps aside within the same folder (a rename never crosses a disk there); an output folder on another disk than
 * the project takes a copy instead of a rename.
 */
function publish(from: string, to: string): void {
  mkdirSync(dirname(to), { recursive: true });
  const previous = `${to}.previous-${process.pid}`;
  if (existsSync(to)) renameSync(to, previous);
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') {
      if (existsSync(previous)) renameSync(previous, to);
      throw error;
    }
    cpSync(from, to, { recursive: true });
    rmSync(from, { recursive: true, force: true });
  }
  rmSync(previous, { recursive: true, force: true });
}

function fail(message: string): never {
  rmSync(staging, { recursive: true, force: true });
  rmSync(gate, { force: true });
  console.error(`\n${message}`);
  console.error(existsSync(outDir) ? `构建未完成，${values.out} 保持上一次构建的内容。` : '构建未完成。');
  process.exit(1);
}

/** A child whose output is held until release(); then what it held, and all that follows, is passed through. */
function heldBack(child: ChildProcess) {
  const held: [NodeJS.WriteStream, Buffer][] = [];
  let released = false;
  for (const [from, to] of [
    [child.stdout!, process.stdout],
    [child.stderr!, process.stderr],
  ] as const) {
    from.on('data', (chunk: Buffer) => (released ? to.write(chunk) : held.push([to, chunk])));
  }
  const exited = new Promise<number | null>((done) => child.on('close', done));
  return {
    exited,
    release() {
      released = true;
      for (const [to, chunk] of held.splice(0)) to.write(chunk);
    },
  };
}

/** The content check (`npm run check`) in its own process: its problems, or a message when it could not run. */
const checkBeside = (): Promise<Problem[] | string> => checkInChild(root).catch((error: Error) => error.message);

/** The editor's text files and which built page each entry makes: where a broken link was written. */
function linkSources() {
  const tree = readContentTree(root);
  const sources = tree.files
    .filter((f) => isTextFile(f.path) && !tree.tooBig.has(f.path))
    .map((f) => ({ file: f.path, text: readFileSync(join(root, f.path), 'utf8') }));
  const entries = loadContent(root, COLLECTION_LIST).entries;
  const pageSources = pageSourcesOf(
    entries.map((e) => ({ route: pageOf({ collection: e.def.name, id: e.id, filePath: e.file }), file: e.file })),
  );
  return { sources, pageSources };
}

/** The environment without the variables a test runner sets for Vite's import.meta.env (DEV, PROD, MODE, SSR). */
function withoutViteModes(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { DEV: _dev, PROD: _prod, MODE: _mode, SSR: _ssr, ...rest } = env;
  return rest;
}

const started = performance.now();
mkdirSync(stagingRoot, { recursive: true });
rmSync(gate, { force: true });
const astroProcess = spawn(
  process.execPath,
  [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', staging],
  {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    // BASE_URL too: Astro's server-side import.meta.env reads it from the process environment when it is set there
    // (test runners set it to '/'), which would silently override the configured base. A test runner's DEV, MODE and
    // NODE_ENV likewise: with DEV set, the pages' once-per-build queries are computed again for every page (a
    // build taking minutes). Colours as on a terminal.
    env: {
      ...withoutViteModes(process.env),
      NODE_ENV: 'production',
      SITE_BASE: base,
      BASE_URL: base,
      [CHECKED_BESIDE_ENV]: '1',
      [CHECK_GATE_ENV]: gate,
      ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}),
    },
  },
);
const astro = heldBack(astroProcess);
const astroExit = timed('astro', () => astro.exited);
const checked = await timed('check', checkBeside);
const blocking = typeof checked === 'string' ? [] : checked.filter(isBlocking);
if (typeof checked === 'string' || blocking.length) {
  astroProcess.kill();
  await astro.exited;
  if (typeof checked === 'string') fail(`内容检查未能运行：${checked}`);
  for (const p of blocking) console.error(formatProblem(p));
  fail(`${problemSummary(blocking)}（见上），改好后重新构建。`);
}
const pending = checked.length - blocking.length;
console.log(`内容检查通过${pending ? `（另有 ${pending} 项待复核，见 npm run check，页面显示修订提示）` : ''}`);
writeFileSync(gate, '');
astro.release();
if ((await astroExit) !== 0) fail('构建已停止（原因见上）。');

// After Astro has exited (its memory freed): the search index in Pagefind's own process, then the link check over
// the finished site, search index and handbook PDF included.
try {
  const started = performance.now();
  const { pages: indexed, editionPages } = indexSearch(staging, join(stagingRoot, `index-${process.pid}`));
  const seconds = (performance.now() - started) / 1000;
  reportPhase({ phase: 'pagefind', seconds, pages: indexed + editionPages });
  const editions = editionPages ? `（往年版本另建索引 ${editionPages} 个）` : '';
  console.log(`全文检索：已索引 ${indexed} 个页面${editions}，用时 ${seconds.toFixed(1)} 秒`);
} catch (error) {
  fail(`全文检索未能建立：${(error as Error).message}`);
}
const broken = await timed('links', () => {
  const files = builtFiles(staging);
  return checkLinks(pagesOf(staging, files), files, base);
});
if (broken.length) {
  const { sources, pageSources } = linkSources();
  for (const b of broken) {
    const atSource = placeLinkProblem(b, sources, base, pageSources);
    console.error(atSource ? formatProblem(atSource) : `${b.file}: ${b.url} — ${b.problem}`);
  }
  fail(`发现 ${broken.length} 个失效链接（见上），构建已停止。`);
}

const pages = globSync('**/*.html', { cwd: staging }).length;
try {
  publish(staging, outDir);
} catch (error) {
  fail(`无法写入输出文件夹 ${values.out}：${(error as Error).message}`);
}
rmSync(gate, { force: true });
const seconds = (performance.now() - started) / 1000;
reportPhase({ phase: 'total', seconds, pages });
console.log(`\n构建完成：${pages} 个页面，站点根路径 ${base}，输出到 ${values.out}/，用时 ${seconds.toFixed(1)} 秒。`);
