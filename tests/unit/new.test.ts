/**
 * npm run new: every skeleton passes the content check as written (counts relaxed as for the fixture). The
 * scaffolder is called as a function; one test runs the command line itself.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content-check/index.ts';
import { scaffold as scaffoldEntry, ScaffoldError } from '../../scripts/lib/scaffold.ts';
import { ROOT } from '../support/builds.ts';
import { copyContent, FIXTURE_COUNTS, type ContentCopy } from '../support/content-fixture.ts';

let copy: ContentCopy;
beforeEach(() => {
  copy = copyContent();
});
afterEach(() => copy.cleanup());

/** The scaffolder in-process, reporting like the command line: exit status and the refusal on stderr. */
const scaffold = (...args: string[]) => {
  try {
    return { status: 0, stdout: scaffoldEntry(copy.root, args).join('\n'), stderr: '' };
  } catch (error) {
    if (!(error instanceof ScaffoldError)) throw error;
    return { status: 1, stdout: '', stderr: error.message };
  }
};
const cli = (...args: string[]) =>
  spawnSync(process.execPath, [join(ROOT, 'scripts/new.ts'), ...args], { encoding: 'utf8', env: { ...process.env, DJZY_ROOT: copy.root } });
const problems = async () => (await checkContent(copy.root, { counts: FIXTURE_COUNTS })).problems.map(formatProblem);

describe('npm run new', () => {
  it.each([
    ['procedure', 'organization/party-group-setup'],
    ['template', 'party-group-request', '--procedure', 'establish-branch'],
    ['bulletin', '2022-08'],
    ['case', 'new-case'],
    ['publicity', 'new-activity'],
    ['unit', 'unit-02'],
    ['regulation', 'new-regulation'],
    ['problem', 'p02'],
    ['revision', '2023'],
  ])('%s %s gives a valid entry', async (...args) => {
    const run = scaffold(...args);
    expect(run.status, run.stderr).toBe(0);
    expect(await problems()).toEqual([]);
  });

  it('a flowchart is linked both ways with its procedure', async () => {
    expect(scaffold('procedure', 'org-life/party-lesson').status).toBe(0);
    const run = scaffold('flowchart', 'party-lesson', '--procedure', 'party-lesson');
    expect(run.status, run.stderr).toBe(0);
    expect(copy.read('content/guide/org-life/party-lesson.mdx')).toContain('flowchart: party-lesson');
    expect(await problems()).toEqual([]);
  });

  it('runs from the command line, in Chinese', () => {
    const made = cli('publicity', 'from-cli');
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain('已创建 content/publicity/from-cli.mdx');
    const refused = cli('duties', 'x');
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('由种子材料固定');
  });

  it('refuses what cannot be added, in Chinese', () => {
    expect(scaffold('duties', 'x').stderr).toContain('由种子材料固定');
    expect(scaffold('procedure', 'Bad_Name').stderr).toContain('只能用小写英文字母');
    expect(scaffold('flowchart', 'x', '--procedure', 'establish-branch').stderr).toContain('已有流程图');
    expect(scaffold('case', 'x').status).toBe(0);
    expect(scaffold('case', 'x').stderr).toContain('已经存在');
  });
});
