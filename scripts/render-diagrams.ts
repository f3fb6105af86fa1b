/**
 * npm run diagrams (and the first step of npm run build): render every ```mermaid fence of content/ that the
 * committed cache (cache/diagrams/) lacks, all in ONE Chromium session, optimise with svgo and store by cache key.
 * Hits are never re-rendered. Without a browser, misses are left to the client-side fallback with a warning —
 * except under CI=true, where a miss fails.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { cachedKeys, cacheReportLine, DIAGRAM_DIR, mermaidVersion } from '../src/lib/diagrams/cache.ts';
import { diagramKey, MERMAID_CONFIG, renderId } from '../src/lib/diagrams/key.ts';
import { contentDiagrams, type DiagramSource } from '../src/lib/diagrams/sources.ts';
import { DiagramProblem, optimiseSvg, refuseUnprintable } from '../src/lib/diagrams/optimise.ts';
import { formatProblem } from '../src/lib/content-source/problem.ts';
import { FOLDERS } from '../src/lib/paths.ts';
import { withBands, type Band } from '../src/lib/diagrams/fit.ts';
import { findChromium, launchChromium } from './lib/chromium.ts';

export interface RenderReport {
  total: number;
  rendered: number;
  missing: DiagramSource[];
  pruned: number;
  seconds: number;
}

/**
 * The horizontal strips of a rendered chart that a page cut must not cross: every node, edge label and subgraph
 * title, in viewBox units, measured where the browser lays the text out.
 */
async function measureBands(page: Page, svg: string): Promise<Band[]> {
  return page.evaluate((markup) => {
    const host = document.createElement('div');
    host.innerHTML = markup;
    document.body.append(host);
    const root = host.querySelector('svg')!;
    const view = root.viewBox.baseVal;
    const frame = root.getBoundingClientRect();
    const unitsPerPx = view.height / frame.height;
    const bands = [...root.querySelectorAll('g.node, g.edgeLabel, g.cluster-label')]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.height > 0 && r.width > 0)
      .map((r) => ({
        top: view.y + (r.top - frame.top) * unitsPerPx,
        bottom: view.y + (r.bottom - frame.top) * unitsPerPx,
      }));
    host.remove();
    return bands;
  }, svg);
}

export async function renderDiagrams(root: string, dir: string = DIAGRAM_DIR): Promise<RenderReport> {
  const started = performance.now();
  const version = mermaidVersion();
  const diagrams = contentDiagrams(root).map((d) => ({ ...d, key: diagramKey(d.source, version) }));
  const wanted = new Set(diagrams.map((d) => d.key));
  const have = new Set(cachedKeys(dir));
  const misses = [...new Map(diagrams.filter((d) => !have.has(d.key)).map((d) => [d.key, d])).values()];

  let rendered = 0;
  let missing: DiagramSource[] = [];
  if (misses.length) {
    const chromiumPath = findChromium();
    if (!chromiumPath) {
      missing = misses;
    } else {
      mkdirSync(dir, { recursive: true });
      const browser = await launchChromium(chromiumPath);
      try {
        const page = await browser.newPage();
        await page.setContent('<!doctype html><html lang="zh-CN"><body></body></html>');
        await page.addScriptTag({ path: createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js') });
        await page.evaluate(
          (config) => (window as unknown as { mermaid: { initialize(c: unknown): void } }).mermaid.initialize(config),
          MERMAID_CONFIG,
        );
        for (const d of misses) {
          const raw = await page
            .evaluate(
              async ({ id, source }) =>
                (
                  await (
                    window as unknown as { mermaid: { render(i: string, s: string): Promise<{ svg: string }> } }
                  ).mermaid.render(id, source)
                ).svg,
              { id: renderId(d.key), source: d.source },
            )
            .catch((error: Error) => {
              throw new DiagramProblem(
                d,
                `流程图无法绘制（mermaid：${error.message.split('\n')[0]}）`,
                '运行 npm run check 查看这张图的语法问题，改正后重新构建',
              );
            });
          const svg = withBands(optimiseSvg(raw, d), await measureBands(page, raw));
          refuseUnprintable(svg, d);
          writeFileSync(join(dir, `${d.key}.svg`), `${svg}\n`);
          rendered += 1;
        }
      } finally {
        await browser.close();
      }
    }
  }

  // Drop renders of sources that no longer exist, so the committed cache holds exactly what the content draws.
  let pruned = 0;
  for (const key of cachedKeys(dir)) {
    if (!wanted.has(key)) {
      rmSync(join(dir, `${key}.svg`));
      pruned += 1;
    }
  }
  return { total: wanted.size, rendered, missing, pruned, seconds: (performance.now() - started) / 1000 };
}

/** Print the outcome; false when the build must stop (a miss under CI=true). */
export function reportRender(report: RenderReport): boolean {
  console.log(cacheReportLine({ ...report, missing: report.missing.length }));
  if (!report.missing.length) return true;
  const where = report.missing.map((d) => `  ${d.file}:${d.line}`).join('\n');
  if (process.env.CI === 'true') {
    console.error(
      `以下流程图没有缓存，且找不到 Chromium 绘制（CI=true 时不允许）：\n${where}\n— 在装有 Chromium 的机器上运行 npm run diagrams，并提交 ${FOLDERS.diagramCache}/ 中新生成的文件。`,
    );
    return false;
  }
  console.warn(
    `警告：以下流程图没有缓存，且找不到 Chromium；页面将在浏览器中临时绘制：\n${where}\n— 安装 Chromium 后运行 npm run diagrams，并提交 ${FOLDERS.diagramCache}/ 中新生成的文件。`,
  );
  return true;
}

if (import.meta.main) {
  const root = resolve(import.meta.dirname, '..');
  try {
    process.exit(reportRender(await renderDiagrams(root)) ? 0 : 1);
  } catch (error) {
    // A chart the editor wrote is reported at its fence; anything else (the browser failing) in one line.
    console.error(
      error instanceof DiagramProblem
        ? formatProblem(error.problem)
        : `流程图绘制程序出错：${(error as Error).message.split('\n')[0]}`,
    );
    process.exit(1);
  }
}
