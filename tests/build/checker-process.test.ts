/**
 * The dev server's checker (startChecker, src/pipeline/checker-process.ts): one process that stays and answers each
 * request with the problems of the content as it is then — a save breaks and mends the content between requests —
 * and that hands over to a new process when the checker's own code changes, so a developer's edited rule is used.
 */
import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { isBlocking } from '../../src/lib/content-source/problem.ts';
import { formatProblem } from '../../src/lib/content-check/index.ts';
import { startChecker } from '../../src/pipeline/checker-process.ts';
import { copyBuildInputs } from '../../scripts/lib/project-files.ts';
import { ROOT } from '../support/builds.ts';

const FILE = 'content/guide/members/member-recruitment.mdx';

describe('the checker the dev server keeps', () => {
  const project = mkdtempSync(join(tmpdir(), 'djzy-checker-'));
  copyBuildInputs(ROOT, project);
  symlinkSync(join(ROOT, 'node_modules'), join(project, 'node_modules'), 'dir');
  const checker = startChecker(project);
  afterAll(() => {
    checker.stop();
    rmSync(project, { recursive: true, force: true });
  });
  const blocking = async () => (await checker.check()).filter(isBlocking).map(formatProblem);

  it('answers each request for the content as it is, and after a change of its own code', async () => {
    expect(await blocking()).toEqual([]);
    const original = readFileSync(join(project, FILE), 'utf8');
    writeFileSync(join(project, FILE), original.replace('offset: 1个月后', 'offset: 1个月前'));
    const broken = await blocking();
    expect(broken).toHaveLength(2);
    expect(broken[0]).toMatch(/^content\/guide\/members\/member-recruitment\.mdx:\d+ timeline\.limits\[0\]: 时限/);
    writeFileSync(join(project, FILE), original);
    expect(await blocking()).toEqual([]);
    // A message edited by a developer: the process that has the old code loaded hands over to a new one.
    const wording = join(project, 'src/lib/timeline/consistency.ts');
    writeFileSync(wording, readFileSync(wording, 'utf8').replace('改正写错的一条', '改正写错的那一条'));
    writeFileSync(join(project, FILE), original.replace('offset: 1个月后', 'offset: 1个月前'));
    expect(await blocking()).toEqual(broken.map((line) => line.replace('改正写错的一条', '改正写错的那一条')));
  }, 120_000);

  it('answers requests made at once in turn, each with the content as it was when its turn came', async () => {
    const answers = await Promise.all([checker.check(), checker.check(), checker.check()]);
    expect(new Set(answers.map((a) => JSON.stringify(a))).size).toBe(1);
  }, 120_000);
});
