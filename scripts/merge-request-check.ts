/**
 * npm run check:merge-request: what the forge runs on every merge request (.gitlab-ci.yml,
 * .forgejo/workflows/check.yml). The content check, in this process as `npm run check` runs it; once it has passed,
 * the builds at the site root (the preview kept by the forge, dist/) and under /djzy/ (.build/subpath/), at once;
 * then the
 * report, in the forms the forges show:
 *
 *   .build/merge-request/junit.xml   GitLab's test summary in the merge request (artifacts:reports:junit)
 *   .build/merge-request/summary.md  appended to $GITHUB_STEP_SUMMARY when it is set (Gitea's job summary);
 *                                    in Forgejo/Gitea Actions, also the pull request's comment
 *   stdout                           the same `path:line 字段: 问题 — 怎么改` lines as `npm run check`
 *
 * Exits 0 when the check and both builds passed, 1 otherwise.
 *
 * The builds are previews, not the publication: they run with CI=false whatever the forge sets. Under CI=true the
 * build refuses a handbook PDF the committed cache lacks, even where Chromium could render it, and a new flowchart
 * where it cannot (src/lib/handbook/plan.ts, scripts/render-diagrams.ts) — the first follows from any edit of a
 * procedure's text, which an editor in the browser cannot mend (`npm run handbook` needs Chromium and a checkout). With CI=false the preview publishes the last PDF
 * and draws a new chart in the reader's browser, as a build without Chromium does, and the build's warning is
 * reported as a 提示 that fails nothing, so a developer knows to regenerate the caches after merging. A runner
 * image with Chromium renders both instead (and the report says which cache files it made).
 */
import { spawn, spawnSync } from 'node:child_process';
import {
  appendFileSync,
  cpSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { checkContent } from '../src/lib/content-check/index.ts';
import { memoFile, openCheckMemo } from '../src/lib/content-check/check-memo.ts';
import {
  buildOutputEntries,
  junitXml,
  markdownSummary,
  outputTail,
  passed,
  plainLines,
  problemEntries,
  REPORT_FILES,
  type ReportStep,
} from '../src/lib/content-check/merge-request-report.ts';
import { isBlocking, type Problem } from '../src/lib/content-source/problem.ts';
import { FOLDERS } from '../src/lib/paths.ts';
import { copyBuildInputs } from './lib/project-files.ts';

const root = resolve(import.meta.dirname, '..');
const seconds = (since: number) => (performance.now() - since) / 1000;

/** The content check, as scripts/check-content.ts runs it; a fault in the checker is one Chinese line, not a trace. */
async function checkStep(): Promise<ReportStep> {
  const started = performance.now();
  let problems: Problem[];
  try {
    const memo = openCheckMemo(root);
    problems = (await checkContent(root, { memo })).problems;
    memo.save();
  } catch (error) {
    console.error((error as Error)?.stack ?? String(error));
    problems = [
      {
        file: 'content',
        line: 1,
        field: '',
        problem: '内容检查程序遇到意外情况，未能完成检查（不是内容写法的问题）',
        fix: '请把这次检查的日志发给开发人员',
      },
    ];
  }
  const failed = problems.some(isBlocking);
  return {
    name: '内容检查',
    status: failed ? 'failed' : 'passed',
    seconds: seconds(started),
    entries: problemEntries(problems),
  };
}

/** The cache files a build wrote that the commit lacks (a runner with Chromium renders what the cache misses). */
function cacheChanges(): Promise<string[]> {
  return new Promise((done) => {
    const git = spawn('git', ['status', '--porcelain', '--', 'cache'], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    let out = '';
    git.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    git.on('error', () => done([]));
    git.on('close', () =>
      done(
        out
          .split('\n')
          .map((l) => l.slice(3))
          .filter(Boolean),
      ),
    );
  });
}

/**
 * A copy of the project to build the second base in, at the same time as the first: Astro keeps its content store
 * in the project's .astro/ and its caches in node_modules/.astro/, which two builds at once must not share. The copy
 * is small (the build inputs, ~9 MB); its node_modules is a folder of links to each installed package but its own
 * .astro/; the check's memo comes along, so its check is as quick as the first build's.
 */
function projectCopy(): string {
  const copy = join(root, FOLDERS.build, 'merge-request', 'project');
  rmSync(copy, { recursive: true, force: true });
  copyBuildInputs(root, copy);
  mkdirSync(join(copy, 'node_modules'));
  for (const entry of readdirSync(join(root, 'node_modules'))) {
    if (entry !== '.astro') symlinkSync(join(root, 'node_modules', entry), join(copy, 'node_modules', entry));
  }
  if (existsSync(memoFile(root))) {
    mkdirSync(dirname(memoFile(copy)), { recursive: true });
    cpSync(memoFile(root), memoFile(copy));
  }
  return copy;
}

/** The repository's git folder, or undefined outside a git checkout. */
function gitDir(): string | undefined {
  const git = spawnSync('git', ['rev-parse', '--absolute-git-dir'], { cwd: root, encoding: 'utf8' });
  return git.status === 0 ? git.stdout.trim() : undefined;
}

/** One build (scripts/build.ts of `project`), its output passed through to the log and kept for the report. */
function buildStep(name: string, args: string[], project = root): Promise<ReportStep> {
  const started = performance.now();
  // A copy reads the pages' last-change dates from the repository's history (src/data/queries/last-updated.ts).
  const history = project === root ? undefined : gitDir();
  return new Promise((done) => {
    const child = spawn(process.execPath, [join(project, 'scripts/build.ts'), ...args], {
      cwd: project,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, CI: 'false', ...(history ? { GIT_DIR: history } : {}) },
    });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (process.stdout.write(chunk), (output += chunk.toString())));
    child.stderr.on('data', (chunk: Buffer) => (process.stderr.write(chunk), (output += chunk.toString())));
    child.on('close', (code) => {
      const entries = buildOutputEntries(output);
      const ok = code === 0;
      done({
        name,
        status: ok ? 'passed' : 'failed',
        seconds: seconds(started),
        entries: ok ? entries.filter((e) => e.warning) : entries,
        ...(ok ? {} : { note: outputTail(output) }),
      });
    });
  });
}

/**
 * The report as the merge request's comment on Forgejo or Gitea, whose job page shows no summary (Forgejo's
 * documentation lists no GITHUB_STEP_SUMMARY; Gitea shows one only with a recent runner): one comment, found by its
 * marker and updated on every run, so an editor's twenty saves leave one comment, not twenty. The automatic token
 * may write to a pull request from a branch of the same repository, which is what the CMS opens.
 */
async function commentOnPullRequest(markdown: string): Promise<void> {
  const env = process.env;
  const token = env.FORGEJO_TOKEN ?? env.GITHUB_TOKEN;
  const api = env.FORGEJO_API_URL ?? env.GITHUB_API_URL;
  const repo = env.FORGEJO_REPOSITORY ?? env.GITHUB_REPOSITORY;
  const eventPath = env.FORGEJO_EVENT_PATH ?? env.GITHUB_EVENT_PATH;
  const event = eventPath && existsSync(eventPath) ? JSON.parse(readFileSync(eventPath, 'utf8')) : {};
  const number = event.pull_request?.number as number | undefined;
  if (!token || !api || !repo || !number) return;
  const marker = '<!-- djzy-merge-request-check -->';
  const headers = { authorization: `token ${token}`, 'content-type': 'application/json', accept: 'application/json' };
  const body = JSON.stringify({ body: `${marker}\n${markdown}` });
  try {
    const listed = await fetch(`${api}/repos/${repo}/issues/${number}/comments`, { headers });
    const comments = listed.ok ? ((await listed.json()) as { id: number; body: string }[]) : [];
    const mine = comments.find((c) => c.body.startsWith(marker));
    const response = mine
      ? await fetch(`${api}/repos/${repo}/issues/comments/${mine.id}`, { method: 'PATCH', headers, body })
      : await fetch(`${api}/repos/${repo}/issues/${number}/comments`, { method: 'POST', headers, body });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
  } catch (error) {
    console.warn(`未能在合并请求中留言（检查结果不受影响，见本次运行的日志）：${(error as Error).message}`);
  }
}

const steps: ReportStep[] = [await checkStep()];
const before = new Set(await cacheChanges());
const builds: [string, string[]][] = [
  ['构建：站点根路径 /', []],
  ['构建：子路径 /djzy/', ['--base', '/djzy/', '--out', join(root, FOLDERS.subpathBuild)]],
];
// Both bases at once, the second in a copy of the project: a build keeps about one core busy, and the machine
// has two (docs/BENCHMARKS.md, issue 33).
if (passed(steps)) {
  const copy = projectCopy();
  steps.push(...(await Promise.all(builds.map(([name, args], i) => buildStep(name, args, i ? copy : root)))));
  rmSync(copy, { recursive: true, force: true });
} else {
  for (const [name] of builds) steps.push({ name, status: 'skipped', entries: [], note: '内容检查未通过' });
}
const rendered = (await cacheChanges()).filter((f) => !before.has(f));
if (rendered.length) {
  steps[1]!.entries.push({
    where: '',
    text: `本次构建用 Chromium 更新了缓存（新生成或删除：${rendered.join('、')}），预览用的是更新后的 — 合并后请开发人员在装有 Chromium 的电脑上运行 npm run diagrams 和 npm run handbook，并提交 cache/ 中的变化`,
    warning: true,
  });
}

const preview = passed(steps)
  ? '网站预览：本次运行的制品 dist/（GitLab 合并请求页面上的“site preview”，Forgejo 运行页面上的“site-preview”），' +
    '就是合并后的网站。它须放在网页服务器上浏览（直接双击 index.html 时站内链接打不开），可请信息化部门放到测试服务器上。'
  : undefined;
const markdown = markdownSummary(steps, preview);
mkdirSync(dirname(join(root, REPORT_FILES.junit)), { recursive: true });
writeFileSync(join(root, REPORT_FILES.junit), junitXml(steps));
writeFileSync(join(root, REPORT_FILES.summary), markdown);
if (process.env.GITHUB_STEP_SUMMARY) appendFileSync(process.env.GITHUB_STEP_SUMMARY, markdown);
// Forgejo and Gitea runners say who they are (FORGEJO_ACTIONS, GITEA_ACTIONS); GitHub's own runner is not our forge.
if (process.env.FORGEJO_ACTIONS === 'true' || process.env.GITEA_ACTIONS === 'true')
  await commentOnPullRequest(markdown);

const lines = plainLines(steps);
(passed(steps) ? console.log : console.error)(`\n${lines.join('\n')}`);
console.log(`报告：${REPORT_FILES.junit}、${REPORT_FILES.summary}`);
process.exit(passed(steps) ? 0 : 1);
