/**
 * npm run bench [-- --pages 5000 --cases 500 --steps 1000,5000 --runs 3 --keep --twin bodies]: how the build scales
 * with content, against a plain Astro build of the same text (scripts/lib/astro-twin.ts) in the same run.
 * `--twin bodies` measures against the yardstick used until 2026-12-08 (the MDX bodies alone), for comparison.
 * npm run bench -- --budget (part of npm test): only the small size of BUILD_COST_BUDGET, failing past its bounds.
 *
 * For the real site and for each step, copies the repository to a temporary folder, adds a synthetic corpus
 * (scripts/lib/synthetic-corpus.ts), then builds the copy (its own `npm run build`) and the twin (`astro build` +
 * the Pagefind CLI) in turn, --runs times each, alternating so that both see the same machine. The twin is written
 * after the copy's first build, from its output (outside the timed runs); the pages and words each Pagefind index
 * holds are printed for both, and `--budget` fails when they differ (the twin would no longer hold the same text). Reports medians of the wall time and of the peak resident memory of each whole
 * process tree, the phase split of the site's build, and for each size a line
 *   ratio pages=N time=T memory=M
 * (site ÷ twin; N is the synthetic procedure count, or the built page count for the real site). The last step is
 * --pages. Figures go to docs/BENCHMARKS.md with the machine they ran on.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { PhaseMeasure } from '../src/pipeline/step.ts';
import {
  pagefindIndexSize,
  TWIN_ASTRO_DONE,
  TWIN_BUILD,
  writeBodiesTwin,
  writeSameTextTwin,
} from './lib/astro-twin.ts';
import { indexLine, median, ratioLine, sameIndex } from './lib/bench-figures.ts';
import { BUILD_COST_BUDGET, overCostBudget } from './lib/budgets.ts';
import { copyBuildInputs } from './lib/project-files.ts';
import { inProject } from '../src/lib/paths.ts';
import { addSyntheticCorpus } from './lib/synthetic-corpus.ts';
import { sampleTreeMemory } from './lib/tree-memory.ts';

const root = resolve(import.meta.dirname, '..');
const nodeModules = join(root, 'node_modules');
const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '5000' },
    cases: { type: 'string', default: '500' },
    steps: { type: 'string' },
    runs: { type: 'string', default: '1' },
    keep: { type: 'boolean', default: false },
    budget: { type: 'boolean', default: false },
    twin: { type: 'string', default: 'text' },
  },
});
const budget = values.budget ? BUILD_COST_BUDGET : undefined;
const pages = budget?.pages ?? Number(values.pages);
const cases = budget?.cases ?? Number(values.cases);
const runs = budget?.runs ?? Number(values.runs);
const steps = budget ? [] : values.steps ? values.steps.split(',').map(Number) : [Math.round(pages / 5), pages];
if (!steps.includes(pages)) steps.push(pages);
const bodiesTwin = values.twin === 'bodies';
if (
  ![pages, cases, runs, ...steps].every((n) => Number.isInteger(n) && n >= 0) ||
  runs < 1 ||
  !['text', 'bodies'].includes(values.twin)
) {
  console.error(
    '用法：npm run bench -- [--pages 5000] [--cases 500] [--steps 1000,5000] [--runs 3]（都是非负整数）[--twin text|bodies]',
  );
  process.exit(1);
}

interface Run {
  seconds: number;
  peakMiB: number | undefined;
  /** When the run started (epoch milliseconds), to place the twin's Astro/Pagefind split. */
  startedAt: number;
}

/** One build in `cwd`, timed on the wall clock, with the peak memory of its whole process tree. */
async function timedBuild(cwd: string, command: string[], env: NodeJS.ProcessEnv, what: string): Promise<Run> {
  // A cold start each time: Astro's content-layer store and asset cache would make later runs cheaper.
  rmSync(join(cwd, '.astro'), { recursive: true, force: true });
  rmSync(join(nodeModules, '.astro'), { recursive: true, force: true });
  const startedAt = Date.now();
  const started = performance.now();
  const child = spawn(command[0]!, command.slice(1), { cwd, stdio: ['ignore', 'ignore', 'inherit'], env });
  const memory = sampleTreeMemory(child.pid!);
  const code = await new Promise<number | null>((done) => child.on('close', done));
  const peakMiB = memory.stop();
  if (code !== 0) throw new Error(`${what}：构建失败（退出码 ${code}），临时目录 ${cwd}`);
  return { seconds: (performance.now() - started) / 1000, peakMiB, startedAt };
}

interface Result {
  label: string;
  /** The synthetic procedures added, or undefined for the real site. */
  step: number | undefined;
  pages: number;
  /** What each Pagefind index holds (pages and words), site and twin. */
  siteIndex: { pages: number; words: number };
  twinIndex: { pages: number; words: number };
  phases: Partial<Record<PhaseMeasure['phase'], number>>;
  site: Run[];
  twin: Run[];
  /** The twin's Astro build alone (the rest of its run is the Pagefind CLI), per run. */
  twinAstro: number[];
}

async function measureSize(
  label: string,
  corpus: { pages: number; cases: number } | undefined,
  { withoutPastEditions = false } = {},
): Promise<Result> {
  const work = mkdtempSync(join(tmpdir(), 'djzy-bench-'));
  const copy = join(work, 'site');
  const twin = join(work, 'twin');
  try {
    copyBuildInputs(root, copy);
    symlinkSync(nodeModules, join(copy, 'node_modules'));
    // The site without its frozen editions: the current text alone (the revision log then has no edition to check).
    if (withoutPastEditions) rmSync(inProject(copy, 'editions'), { recursive: true, force: true });
    if (corpus) addSyntheticCorpus(copy, corpus);
    mkdirSync(twin);
    const report = join(copy, 'build-report.jsonl');
    console.log(`\n== ${label}：在 ${work} 中构建本站和纯 Astro 对照各 ${runs} 次……`);
    const site: Run[] = [];
    const twinRuns: Run[] = [];
    const twinAstro: number[] = [];
    let phases: PhaseMeasure[] = [];
    for (let i = 0; i < runs; i++) {
      rmSync(report, { force: true });
      // HANDBOOK_RENDER=0: the synthetic guide would print a PDF of thousands of pages; the last cached one is
      // published. CI=false: a throw-away copy is not a publication, so its (necessarily) stale PDF must not fail it.
      const env = { ...process.env, DJZY_BUILD_REPORT: report, HANDBOOK_RENDER: '0', CI: 'false' };
      site.push(await timedBuild(copy, [process.execPath, 'scripts/build.ts'], env, `${label}（本站）`));
      phases = readFileSync(report, 'utf8')
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as PhaseMeasure);
      if (i === 0) {
        if (bodiesTwin) writeBodiesTwin(copy, twin, nodeModules);
        else writeSameTextTwin(join(copy, 'dist'), twin, nodeModules);
      }
      const twinRun = await timedBuild(twin, ['sh', '-c', TWIN_BUILD], process.env, `${label}（对照）`);
      twinRuns.push(twinRun);
      twinAstro.push((Number(readFileSync(join(twin, TWIN_ASTRO_DONE), 'utf8')) - twinRun.startedAt) / 1000);
      console.log(
        `   第 ${i + 1} 次：本站 ${site[i]!.seconds.toFixed(1)} 秒，对照 ${twinRuns[i]!.seconds.toFixed(1)} 秒`,
      );
    }
    return {
      label,
      step: corpus?.pages,
      pages: phases.find((m) => m.phase === 'total')?.pages ?? 0,
      siteIndex: pagefindIndexSize(join(copy, 'dist')),
      twinIndex: pagefindIndexSize(join(twin, 'dist')),
      phases: Object.fromEntries(phases.map((m) => [m.phase, m.seconds])),
      site,
      twin: twinRuns,
      twinAstro,
    };
  } finally {
    if (!values.keep) rmSync(work, { recursive: true, force: true });
  }
}

interface Size {
  label: string;
  corpus?: { pages: number; cases: number };
  withoutPastEditions?: boolean;
}
const sizes: Size[] = [
  ...(budget ? [] : [{ label: '本站内容' }, { label: '本站内容，不含往年版本', withoutPastEditions: true }]),
  ...steps.map((step) => ({ label: `另加 ${step} 个工作程序、${cases} 个案例`, corpus: { pages: step, cases } })),
];
const results: Result[] = [];
// A size whose build fails ends the run, but the sizes measured before it are still reported (a long run is costly).
for (const { label, corpus, withoutPastEditions } of sizes) {
  try {
    results.push(await measureSize(label, corpus, { withoutPastEditions }));
  } catch (error) {
    console.error(`\n${(error as Error).message}；以下只列出此前测得的规模。`);
    process.exitCode = 1;
    break;
  }
}
if (!results.length) process.exit(1);

/**
 * The diagrams and handbook run inside Astro's build (src/pipeline/integrations/); the Astro column is the rest. The
 * content check runs beside Astro, and the search index and the link check after it (scripts/build.ts).
 */
function astroOnly(phases: Partial<Record<PhaseMeasure['phase'], number>>): number | undefined {
  if (phases.astro === undefined) return undefined;
  return phases.astro - (phases.diagrams ?? 0) - (phases.handbook ?? 0);
}

/**
 * What a past edition's page costs the build, against what a page of current text costs: the difference between the
 * real site with and without its past editions, per page it adds, beside the cost per page the synthetic steps
 * add (the two largest), both as marginal costs so the fixed part of a build counts for neither.
 */
function editionsCostLine(all: Result[]): string {
  const [withEditions, without] = all;
  const steps = all.filter((r) => r.step !== undefined).slice(-2);
  const perPage = (a: Result, b: Result) => ((secs(a.site) - secs(b.site)) * 1000) / (a.pages - b.pages);
  const editions = perPage(withEditions!, without!);
  const current = steps.length === 2 ? perPage(steps[1]!, steps[0]!) : NaN;
  return `\n往年版本：另增 ${withEditions!.pages - without!.pages} 页，每页 ${editions.toFixed(1)} 毫秒；现行内容（合成工作程序，${steps[0]?.step ?? '—'} → ${steps[1]?.step ?? '—'}）每增一页 ${Number.isFinite(current) ? current.toFixed(1) : '—'} 毫秒。`;
}

const s = (seconds: number | undefined) => (seconds === undefined ? '—' : seconds.toFixed(1));
const mib = (runs: Run[]) => median(runs.map((r) => r.peakMiB ?? NaN));
const secs = (runs: Run[]) => median(runs.map((r) => r.seconds));
console.log(
  `\n| 内容 | 页面数 | 用时（秒，${runs} 次中位数） | 每页（毫秒） | 内容检查 | Astro 构建 | 全文检索 | 链接检查 | 峰值内存（MiB） | 对照页面数 | 对照用时（秒） | 对照 Astro | 对照全文检索 | 对照峰值内存（MiB） |`,
);
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|---|');
for (const r of results) {
  const total = secs(r.site);
  console.log(
    `| ${r.label} | ${r.pages} | ${s(total)} | ${((total * 1000) / r.pages).toFixed(1)} | ${s(r.phases.check)} | ${s(astroOnly(r.phases))} | ${s(r.phases.pagefind)} | ${s(r.phases.links)} | ${mib(r.site).toFixed(0)} | ${r.twinIndex.pages} | ${s(secs(r.twin))} | ${s(median(r.twinAstro))} | ${s(secs(r.twin) - median(r.twinAstro))} | ${mib(r.twin).toFixed(0)} |`,
  );
}
console.log('');
for (const r of results) {
  console.log(
    ratioLine({
      pages: r.step ?? r.pages,
      time: secs(r.site) / secs(r.twin),
      memory: mib(r.site) / mib(r.twin),
    }) + (r.step === undefined ? '（本站内容）' : ''),
  );
}
console.log('\n对照与本站的全文检索收录（本站/对照）：');
for (const r of results) console.log(`${indexLine(r.siteIndex, r.twinIndex)}  ${r.label}`);
if (!budget && results.length >= 2) console.log(editionsCostLine(results));
console.log(
  `\n机器：${cpus()[0]?.model ?? '未知 CPU'}，${cpus().length} 核，${(totalmem() / 2 ** 30).toFixed(0)} GiB 内存；Node ${process.version}。`,
);

if (budget && !process.exitCode) {
  const r = results[0]!;
  if (!bodiesTwin && !sameIndex(r.siteIndex, r.twinIndex)) {
    console.error(
      `\n纯 Astro 对照收录的页面或词数与本站不同（${indexLine(r.siteIndex, r.twinIndex)}）：对照已不是同文对照，比值不可信。` +
        '— 检查 scripts/lib/page-text.ts 是否仍按 Pagefind 的规则取出页面正文。',
    );
    process.exit(1);
  }
  const over = overCostBudget({ time: secs(r.site) / secs(r.twin), memory: mib(r.site) / mib(r.twin) }, budget);
  if (over.length) {
    console.error(`\n构建成本超出预算（${budget.pages} 个合成工作程序）：\n  ${over.join('\n  ')}`);
    console.error(
      '— 用 npm run bench 找出变慢的阶段；确属必要的新工作，在 scripts/lib/budgets.ts 中调整上限并在 docs/BENCHMARKS.md 中说明。',
    );
    process.exit(1);
  }
  console.log(`\n构建成本在预算之内（用时上限 ${budget.time} 倍，内存上限 ${budget.memory} 倍）。`);
}
