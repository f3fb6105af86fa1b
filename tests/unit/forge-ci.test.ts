/**
 * The forges' CI files (.gitlab-ci.yml, .forgejo/workflows/check.yml) are YAML the forge accepts, run exactly the
 * one npm script, upload what the script writes and keep the preview: so the two files and the script cannot drift.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { REPORT_FILES } from '../../src/lib/content-check/merge-request-report.ts';
import { ROOT } from '../support/builds.ts';

const SCRIPT = 'check:merge-request';
/** The install step: npm ci only when the kept node_modules was installed from another lock file. */
const INSTALL = 'node scripts/ci-install.ts';
/** What both forges keep between runs besides npm's download cache. */
const CACHED = ['node_modules/'];
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
/** Strict: a duplicate key or a tab indent is an error, as the forges' parsers make it. */
const yamlOf = (path: string) => parse(read(path), { uniqueKeys: true, strict: true }) as Record<string, any>;

const gitlab = yamlOf('.gitlab-ci.yml');
const forgejo = yamlOf('.forgejo/workflows/check.yml');
/** GitLab's top-level keywords; every other top-level key is a job. */
const GLOBAL = new Set(['workflow', 'variables', 'default', 'stages', 'include', 'image', 'services', 'cache']);
const gitlabJobs = Object.entries(gitlab).filter(([key]) => !GLOBAL.has(key) && !key.startsWith('.'));
const forgejoSteps = Object.values(forgejo.jobs as Record<string, { steps: Record<string, string>[] }>).flatMap(
  (job) => job.steps,
);
const nodeMajor = read('.nvmrc').trim();

describe('the npm script', () => {
  it('runs scripts/merge-request-check.ts', () => {
    const { scripts } = JSON.parse(read('package.json')) as { scripts: Record<string, string> };
    // The lead adds this line to package.json with this change; until then this test says so.
    expect(scripts[SCRIPT], `package.json: "${SCRIPT}": "node scripts/merge-request-check.ts"`).toBe(
      'node scripts/merge-request-check.ts',
    );
  });
});

describe('.gitlab-ci.yml', () => {
  const [, job] = gitlabJobs[0]!;

  it('has one job, on merge requests and the default branch, running exactly the npm script', () => {
    expect(gitlabJobs).toHaveLength(1);
    const rules = (gitlab.workflow.rules as { if: string }[]).map((r) => r.if);
    expect(rules).toEqual(['$CI_PIPELINE_SOURCE == "merge_request_event"', '$CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH']);
    expect(job.script).toEqual([`npm run ${SCRIPT}`]);
    expect(job.before_script.at(-1)).toBe(INSTALL);
  });

  it('uses Node of .nvmrc and caches npm and node_modules keyed on package-lock.json', () => {
    expect(job.image).toBe('$NODE_IMAGE');
    expect(gitlab.variables.NODE_IMAGE).toMatch(new RegExp(`^node:${nodeMajor}\\b`));
    expect(job.cache.key.files).toEqual(['package-lock.json']);
    expect(job.cache.paths).toEqual(['.npm/', ...CACHED]);
    expect(gitlab.variables.npm_config_cache).toBe('$CI_PROJECT_DIR/.npm');
  });

  it('keeps the preview and the report, also when the check fails', () => {
    const { artifacts } = job;
    expect(artifacts.when).toBe('always');
    expect(artifacts.reports.junit).toBe(REPORT_FILES.junit);
    expect(artifacts.paths).toEqual(['dist/', `${REPORT_FILES.junit.replace(/[^/]+$/, '')}`]);
    expect(artifacts.expire_in).toBe('2 weeks');
    // GitLab refuses the whole file when expose_as has other characters (EXPOSE_AS_REGEX, ASCII \w in Ruby).
    expect(artifacts.expose_as).toMatch(/^[A-Za-z0-9_][-A-Za-z0-9_ ]*$/);
  });
});

describe('.forgejo/workflows/check.yml', () => {
  it('runs on pull requests and main, in a Node container of .nvmrc', () => {
    expect(Object.keys(forgejo.on)).toEqual(['pull_request', 'push']);
    expect(forgejo.on.push.branches).toEqual(['main']);
    const [job] = Object.values(forgejo.jobs) as { 'runs-on': string; container: { image: string } }[];
    expect(job!['runs-on']).toBe('docker');
    expect(job!.container.image).toContain(`'node:${nodeMajor}-`);
  });

  it('runs exactly the npm script, after the install step', () => {
    const runs = forgejoSteps.filter((s) => s.run).map((s) => s.run!);
    expect(runs.filter((r) => r.includes('npm run'))).toEqual([`npm run ${SCRIPT}`]);
    expect(runs.indexOf(INSTALL)).toBeGreaterThan(-1);
    expect(runs.indexOf(INSTALL)).toBeLessThan(runs.indexOf(`npm run ${SCRIPT}`));
    const cache = forgejoSteps.find((s) => s.uses?.startsWith('actions/cache@')) as unknown as {
      with: { key: string; path: string };
    };
    expect(cache.with.key).toContain("hashFiles('package-lock.json')");
    expect(
      cache.with.path
        .trim()
        .split('\n')
        .map((p) => p.trim()),
    ).toEqual(['~/.npm', ...CACHED.map((p) => p.replace(/\/$/, ''))]);
  });

  it('uploads the preview and the report with the artifact action Forgejo supports, also after a failure', () => {
    const uploads = forgejoSteps.filter((s) => s.uses?.startsWith('actions/upload-artifact@')) as unknown as {
      uses: string;
      if: string;
      with: { path: string };
    }[];
    // Forgejo serves the artifact protocol of v3 (v4 only patched): docs/user/actions/advanced-features.md there.
    expect(uploads.map((u) => u.uses)).toEqual(['actions/upload-artifact@v3', 'actions/upload-artifact@v3']);
    expect(uploads.map((u) => u.if)).toEqual(['always()', 'always()']);
    expect(uploads.map((u) => u.with.path)).toEqual(['dist/', `${REPORT_FILES.junit.replace(/[^/]+$/, '')}`]);
  });
});
