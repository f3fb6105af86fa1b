/** npm run new: every skeleton passes the content check as written (counts relaxed as for the fixture). */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content-check/index.ts';
import { ROOT } from '../support/built-site.ts';
import { copyContent, FIXTURE_COUNTS, type ContentCopy } from '../support/content-fixture.ts';

let copy: ContentCopy;
beforeEach(() => {
  copy = copyContent();
});
afterEach(() => copy.cleanup());

const scaffold = (...args: string[]) =>
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

  it('refuses what cannot be added, in Chinese', () => {
    expect(scaffold('duties', 'x').stderr).toContain('由种子材料固定');
    expect(scaffold('procedure', 'Bad_Name').stderr).toContain('只能用小写英文字母');
    expect(scaffold('flowchart', 'x', '--procedure', 'establish-branch').stderr).toContain('已有流程图');
    expect(scaffold('case', 'x').status).toBe(0);
    expect(scaffold('case', 'x').stderr).toContain('已经存在');
  });
});
