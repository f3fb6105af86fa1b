/**
 * npm run bench [-- --pages 5000 --cases 500 --steps 1000,5000 --keep]: how the build scales with content.
 * For the real site and for each step, copies the repository to a temporary folder, adds a synthetic corpus
 * (scripts/lib/synthetic-corpus.ts) and runs the copy's own `npm run build` there, reporting the total time, the
 * time per page, each phase (content check, Astro, Pagefind, link check) and the peak memory of the whole process
 * tree. The last step is --pages. Figures go to BENCHMARKS.md with the machine they ran on.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { PhaseMeasure } from '../src/integrations/build-report.ts';
import { BUILD_INPUTS } from './lib/project-files.ts';
import { addSyntheticCorpus } from './lib/synthetic-corpus.ts';
import { sampleTreeMemory } from './lib/tree-memory.ts';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '5000' },
    cases: { type: 'string', default: '500' },
    steps: { type: 'string' },
    keep: { type: 'boolean', default: false },
  },
});
const pages = Number(values.pages);
const cases = Number(values.cases);
const steps = values.steps ? values.steps.split(',').map(Number) : [Math.round(pages / 5), pages];
if (!steps.includes(pages)) steps.push(pages);
if (![pages, cases, ...steps].every((n) => Number.isInteger(n) && n >= 0)) {
  console.error('用法：npm run bench -- [--pages 5000] [--cases 500] [--steps 1000,5000]（都是非负整数）');
  process.exit(1);
}

interface Result {
  label: string;
  pages: number;
  phases: Partial<Record<PhaseMeasure['phase'], number>>;
  peakMiB: number | undefined;
}

async function buildCopy(label: string, corpus: { pages: number; cases: number } | undefined): Promise<Result> {
  const copy = mkdtempSync(join(tmpdir(), 'djzy-bench-'));
  try {
    for (const entry of BUILD_INPUTS) cpSync(join(root, entry), join(copy, entry), { recursive: true });
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
    if (corpus) addSyntheticCorpus(copy, corpus);
    const report = join(copy, 'build-report.jsonl');
    console.log(`\n== ${label}：在 ${copy} 中构建……`);
    const child = spawn(process.execPath, ['scripts/build.ts'], {
      cwd: copy,
      stdio: ['ignore', 'ignore', 'inherit'],
      // HANDBOOK_RENDER=0: the synthetic guide would print a PDF of thousands of pages; the last cached one is published.
      env: { ...process.env, DJZY_BUILD_REPORT: report, HANDBOOK_RENDER: '0' },
    });
    const memory = sampleTreeMemory(child.pid!);
    const code = await new Promise<number | null>((done) => child.on('close', done));
    const peakMiB = memory.stop();
    if (code !== 0) throw new Error(`${label}：构建失败（退出码 ${code}），临时目录 ${copy}`);
    const measures = readFileSync(report, 'utf8')
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as PhaseMeasure);
    const phases = Object.fromEntries(measures.map((m) => [m.phase, m.seconds]));
    return { label, pages: measures.find((m) => m.phase === 'total')?.pages ?? 0, phases, peakMiB };
  } finally {
    if (!values.keep) rmSync(copy, { recursive: true, force: true });
  }
}

const results: Result[] = [await buildCopy('本站内容', undefined)];
for (const step of steps) {
  results.push(await buildCopy(`另加 ${step} 个工作程序、${cases} 个案例`, { pages: step, cases }));
}

/** The checks, diagrams and search index run inside Astro's build (src/integrations/); the Astro column is the rest. */
function astroOnly(phases: Partial<Record<PhaseMeasure['phase'], number>>): number | undefined {
  if (phases.astro === undefined) return undefined;
  return phases.astro - (phases.check ?? 0) - (phases.diagrams ?? 0) - (phases.pagefind ?? 0) - (phases.links ?? 0);
}

const s = (seconds: number | undefined) => (seconds === undefined ? '—' : seconds.toFixed(1));
console.log(
  '\n| 内容 | 页面数 | 构建总用时（秒） | 每页（毫秒） | 内容检查 | Astro 构建 | 其中全文检索 | 链接检查 | 峰值内存（MiB） |',
);
console.log('|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  const total = r.phases.total ?? 0;
  console.log(
    `| ${r.label} | ${r.pages} | ${s(total)} | ${((total * 1000) / r.pages).toFixed(1)} | ${s(r.phases.check)} | ${s(astroOnly(r.phases))} | ${s(r.phases.pagefind)} | ${s(r.phases.links)} | ${r.peakMiB?.toFixed(0) ?? '—'} |`,
  );
}
console.log(
  `\n机器：${cpus()[0]?.model ?? '未知 CPU'}，${cpus().length} 核，${(totalmem() / 2 ** 30).toFixed(0)} GiB 内存；Node ${process.version}。`,
);
