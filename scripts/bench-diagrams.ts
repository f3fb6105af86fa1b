/**
 * npm run bench:diagrams: time the diagram render step cold (empty cache: every diagram drawn, in one Chromium
 * session) and warm (complete cache: nothing to do), a few runs each, and print a Markdown table with the machine
 * it ran on, for docs/BENCHMARKS.md.
 */
import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { findChromium } from './lib/chromium.ts';
import { renderDiagrams } from './render-diagrams.ts';

const root = resolve(import.meta.dirname, '..');
const runs = Number(process.argv[2] ?? 3);
const chromium = findChromium();
if (!chromium) {
  console.error('需要 Chromium 才能测量绘制时间。');
  process.exit(1);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const cold: number[] = [];
const warm: number[] = [];
let count = 0;
for (let i = 0; i < runs; i++) {
  const dir = mkdtempSync(join(tmpdir(), 'djzy-bench-'));
  const first = await renderDiagrams(root, dir);
  cold.push(first.seconds);
  count = first.rendered;
  warm.push((await renderDiagrams(root, dir)).seconds);
  rmSync(dir, { recursive: true, force: true });
}

const browser = execFileSync(chromium, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
console.log(`| 情形 | 中位数 | 各次 |
|---|---|---|
| 冷启动：空缓存，绘制全部 ${count} 个流程图（含启动 Chromium） | ${median(cold).toFixed(2)} 秒 | ${cold.map((s) => s.toFixed(2)).join(' / ')} |
| 热启动：缓存完整，无需绘制 | ${(median(warm) * 1000).toFixed(0)} 毫秒 | ${warm.map((s) => (s * 1000).toFixed(0)).join(' / ')} |

机器：${cpus()[0]?.model ?? '未知 CPU'}，${cpus().length} 核；${browser}；Node ${process.version}。`);
