/**
 * npm run bench:search: bytes fetched and time to first results for a cold and a warm query, typed into the
 * header search of a built page in headless Chromium, and the size of the index. Prints a Markdown table for
 * docs/BENCHMARKS.md. Needs a build in dist/. The header searches the current pages only: the past editions' bundle
 * (pagefind-editions/) is measured by size, and any request for it here is an error.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, globSync, statSync } from 'node:fs';
import { cpus } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { findChromium, launchChromium } from './lib/chromium.ts';
import { EDITIONS_BUNDLE, SEARCH_BUNDLE } from '../src/pipeline/after-build/search-index.ts';
import { inProject } from '../src/lib/paths.ts';
import { serveStatic } from './lib/static-server.ts';

const root = resolve(import.meta.dirname, '..');
const dist = inProject(root, 'dist');
const runs = Number(process.argv[2] ?? 5);
const chromium = findChromium();
if (!chromium) {
  console.error('需要 Chromium 才能测量搜索。');
  process.exit(1);
}

const server = await serveStatic(dist, '/');
const browser = await launchChromium(chromium);

async function timedQuery(page: Page, query: string, bytes: { total: number }) {
  await page.fill('#site-search-q', '');
  const started = performance.now();
  await page.locator('#site-search-q').pressSequentially(query);
  await page.waitForFunction((q) => {
    const status = document.querySelector('[data-quick-status]')?.textContent ?? '';
    return status.includes(q) && document.querySelectorAll('[data-quick-results] .search-hit').length > 0;
  }, query);
  return { ms: performance.now() - started, bytes: bytes.total };
}

const editionRequests: string[] = [];
const cold: { ms: number; bytes: number }[] = [];
const warm: { ms: number; bytes: number }[] = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bytes = { total: 0 };
  page.on('response', async (response) => {
    if (response.url().includes(`/${SEARCH_BUNDLE}/`))
      bytes.total += (await response.body().catch(() => Buffer.alloc(0))).length;
    if (response.url().includes(`/${EDITIONS_BUNDLE}/`)) editionRequests.push(response.url());
  });
  await page.goto(`${server.origin}/guide/`, { waitUntil: 'networkidle' });
  const first = await timedQuery(page, '党费', bytes);
  cold.push(first);
  const before = bytes.total;
  const second = await timedQuery(page, '差额选举', bytes);
  warm.push({ ms: second.ms, bytes: second.bytes - before });
  await context.close();
}
await browser.close();
await server.close();
if (editionRequests.length) {
  console.error(`页头搜索不应下载往年版本的索引，却请求了：\n  ${editionRequests.join('\n  ')}`);
  process.exit(1);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const kib = (n: number) => `${(n / 1024).toFixed(0)} KiB`;
const bundleFiles = (bundle: string) =>
  existsSync(join(dist, bundle))
    ? globSync(`${bundle}/**/*`, { cwd: dist, withFileTypes: true }).filter((d) => d.isFile())
    : [];
const bytesOf = (files: ReturnType<typeof bundleFiles>) =>
  files.reduce((n, d) => n + statSync(join(d.parentPath, d.name)).size, 0);
const files = bundleFiles(SEARCH_BUNDLE);
const indexBytes = bytesOf(files);
const editionFiles = bundleFiles(EDITIONS_BUNDLE);
const editionsLine = editionFiles.length
  ? `往年版本的索引另有 ${editionFiles.length} 个文件、${kib(bytesOf(editionFiles))}（dist/${EDITIONS_BUNDLE}/，只有分片索引，搜索页勾选“同时搜索往年版本”时才下载）。\n`
  : '';
const version = execFileSync(chromium, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
console.log(`| 情形 | 到出现结果（中位数） | 下载的检索文件 |
|---|---|---|
| 冷查询：新打开页面，在页头输入“党费”（含载入检索程序和索引） | ${median(cold.map((c) => c.ms)).toFixed(0)} 毫秒 | ${kib(median(cold.map((c) => c.bytes)))} |
| 热查询：同一页面再输入“差额选举” | ${median(warm.map((c) => c.ms)).toFixed(0)} 毫秒 | ${kib(median(warm.map((c) => c.bytes)))} |

检索文件共 ${files.length} 个、${kib(indexBytes)}（dist/${SEARCH_BUNDLE}/，含检索程序、WASM 和分片索引），读者只下载用到的部分。
${editionsLine}${runs} 轮；机器：${cpus()[0]?.model ?? '未知 CPU'}，${cpus().length} 核；${version}；本机回环网络，不含真实网络延迟。`);
