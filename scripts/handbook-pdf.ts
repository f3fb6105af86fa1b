/**
 * The handbook PDF (整本指引 PDF), published as <site>/guide/handbook.pdf.
 *
 *   node scripts/handbook-pdf.ts --site dist --base /   the build's step (src/pipeline/integrations/handbook.ts),
 *                                                       after Astro has written the site and before the link check
 *   npm run handbook                                    build the site and (re)render the PDF into cache/handbook/
 *
 * HANDBOOK_RENDER=1 (set by npm run handbook): a miss must be rendered, even under CI=true; =0: never render.
 *
 * The key of the built print page decides (src/lib/handbook/plan.ts): a cached PDF is copied as it is; a miss is
 * rendered with the system Chromium and stored, or, without one, the last cached PDF is published with a warning;
 * under CI=true a miss fails. Every link to the PDF says its page count and size; when the published file is not
 * the one the pages were built with, those words are corrected in place.
 */
import { copyFileSync, existsSync, globSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import {
  cachedFile,
  cachedHandbookKeys,
  handbookFacts,
  handbookLinkLabel,
  HANDBOOK_DIR,
  lastCachedKey,
} from '../src/lib/handbook/cache.ts';
import { handbookKey } from '../src/lib/handbook/key.ts';
import { planHandbook } from '../src/lib/handbook/plan.ts';
import { baseFreeAsset, handbookSource } from '../src/lib/handbook/source.ts';
import { routes } from '../src/lib/routes.ts';
import { normalizeBase } from '../src/lib/urls.ts';
import { FOLDERS } from '../src/lib/paths.ts';
import { runScript } from '../src/pipeline/step.ts';
import { findChromium } from './lib/chromium.ts';

const root = resolve(import.meta.dirname, '..');
const PRINT_PAGE = `${routes.handbook().slice(1)}index.html`;
const PUBLISHED = routes.handbookPdf().slice(1);
/** The element whose text is the link's words (src/components/guide/HandbookDownload.astro). */
const LABEL = /(<span data-handbook-label[^>]*>)[^<]*(<\/span>)/g;

/** Correct the page count and size on every page that links to the PDF, if they differ from the published file. */
function relabel(site: string, label: string): number {
  let changed = 0;
  for (const file of globSync('**/*.html', { cwd: site })) {
    const path = join(site, file);
    const html = readFileSync(path, 'utf8');
    if (!html.includes('data-handbook-label')) continue;
    const next = html.replace(LABEL, (_, open: string, close: string) => `${open}${label}${close}`);
    if (next !== html) {
      writeFileSync(path, next);
      changed += 1;
    }
  }
  return changed;
}

export async function publishHandbook(site: string, base: string, requireRender = false): Promise<boolean> {
  const started = performance.now();
  const printPage = join(site, PRINT_PAGE);
  const source = handbookSource(readFileSync(printPage, 'utf8'), normalizeBase(base));
  const assets = new Map(
    source.assets.map((url) => {
      const file = join(site, url.slice(1));
      return [url, existsSync(file) ? baseFreeAsset(url, readFileSync(file), normalizeBase(base)) : undefined] as const;
    }),
  );
  const missing = [...assets].filter(([, bytes]) => !bytes).map(([url]) => url);
  if (missing.length) throw new Error(`打印版引用的文件不在构建结果中：${missing.join('、')}`);
  const key = handbookKey(source.html, assets);
  // HANDBOOK_RENDER=0 (npm run bench): never render, publish the last cached PDF.
  const chromium = process.env.HANDBOOK_RENDER === '0' ? undefined : findChromium();
  const plan = planHandbook({
    key,
    cached: cachedHandbookKeys(),
    last: lastCachedKey(),
    chromium: Boolean(chromium),
    ci: process.env.CI === 'true',
    requireRender,
  });
  // The pages were built with the words of the last cached PDF (src/data/guide.ts, handbookDownload).
  const builtWith = lastCachedKey();
  const builtLabel = builtWith && handbookLinkLabel(handbookFacts(cachedFile(builtWith)));
  const target = join(site, PUBLISHED);
  mkdirSync(dirname(target), { recursive: true });
  let from: string | undefined;
  switch (plan.action) {
    case 'fail':
      console.error(plan.message);
      return false;
    case 'none':
      console.warn(plan.warning);
      return true;
    case 'fallback':
      console.warn(plan.warning);
      from = cachedFile(plan.publish);
      break;
    case 'hit':
      from = cachedFile(key);
      break;
    case 'render': {
      // Loaded only to render (it brings Playwright): a hit, as on nearly every build, starts without it.
      const { renderHandbook } = await import('./lib/handbook/render.ts');
      const rendered = await renderHandbook(site, source, chromium!);
      mkdirSync(HANDBOOK_DIR, { recursive: true });
      writeFileSync(cachedFile(key), rendered.pdf);
      for (const old of cachedHandbookKeys()) if (old !== key) rmSync(cachedFile(old));
      from = cachedFile(key);
      console.log(
        `整本指引 PDF：已用 Chromium ${rendered.chromium} 生成 ${relative(root, from)}（排版 ${rendered.passes} 遍，` +
          `用时 ${rendered.seconds.toFixed(1)} 秒）— 请提交 ${FOLDERS.handbookCache}/ 中的这个文件。`,
      );
      break;
    }
  }
  copyFileSync(from, target);
  const facts = handbookFacts(from);
  const label = handbookLinkLabel(facts);
  // Only a different PDF can make the pages' words wrong: then every page is read and corrected.
  const relabelled = label === builtLabel ? 0 : relabel(site, label);
  const seconds = (performance.now() - started) / 1000;
  console.log(
    `整本指引 PDF：${plan.action === 'hit' ? '缓存命中，' : ''}发布 ${PUBLISHED}（${facts.pages} 页，` +
      `${(facts.bytes / 1024 / 1024).toFixed(1)} MB）${relabelled ? `，更正 ${relabelled} 个页面上的页数和大小` : ''}，` +
      `用时 ${seconds.toFixed(2)} 秒。`,
  );
  return true;
}

if (import.meta.main) {
  const { values } = parseArgs({ options: { site: { type: 'string' }, base: { type: 'string', default: '/' } } });
  try {
    if (values.site) {
      process.exit(
        (await publishHandbook(resolve(values.site), values.base, process.env.HANDBOOK_RENDER === '1')) ? 0 : 1,
      );
    }
    // npm run handbook: the root build renders the PDF on a miss (HANDBOOK_RENDER makes that a must, even under CI=true).
    const build = runScript(root, 'build.ts', [], { ...process.env, HANDBOOK_RENDER: '1' });
    if (build.status !== 0) process.exit(build.status ?? 1);
    const keys = cachedHandbookKeys();
    const dir = FOLDERS.handbookCache;
    console.log(`\n${dir}/ 中现有：${keys.map((k) => `${k}.pdf`).join('、')}。提交：git add -A ${dir}/`);
  } catch (error) {
    console.error(`整本指引 PDF 未能生成：${(error as Error).message.split('\n')[0]}`);
    process.exit(1);
  }
}
