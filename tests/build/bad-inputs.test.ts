/**
 * The corpus of bad inputs in tests/fixtures/bad-inputs/ (tests/support/bad-inputs.ts): each case is laid over a copy
 * of the site's content (and frozen editions, for a case that has editions/); the checker must report every message of
 * the case's expect.txt, in Chinese, with no stack trace. A new case folder is picked up as it is added; one case of
 * each class also goes through `npm run build` (bad-inputs-build.test.ts).
 *
 * The cases run in the checker itself (each is a full check of the site's content, ~0.5 s; in the unit loop they
 * would double it, hence here); one case runs through `npm run check` as an editor meets it.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content-check/index.ts';
import { ROOT } from '../support/builds.ts';
import {
  CASES as cases,
  expectedMessages as expected,
  layCase,
  STACK_TRACE,
  touchesEditions,
} from '../support/bad-inputs.ts';
import { copyContent, type ContentCopy } from '../support/content-fixture.ts';

let copy: ContentCopy | undefined;
afterEach(() => copy?.cleanup());

/** The site's content (and, where the case concerns them, frozen editions) with the case laid over it. */
function withCase(name: string): ContentCopy {
  copy = copyContent('site', { editions: touchesEditions(name) });
  layCase(name, copy.root);
  return copy;
}

describe('bad inputs', () => {
  it('number at least 15 distinct cases', () => {
    expect(cases.length).toBeGreaterThanOrEqual(15);
    expect(new Set(cases.map((c) => expected(c).join('\n'))).size).toBe(cases.length);
  });

  it.each(cases)('%s', async (name) => {
    const report = (await checkContent(withCase(name).root)).problems.map(formatProblem).join('\n');
    for (const pattern of expected(name)) expect(report, report).toMatch(new RegExp(`^${pattern}`, 'm'));
    expect(report).not.toMatch(STACK_TRACE);
  });

  it(`fail npm run check with their messages in Chinese (case ${cases[0]})`, () => {
    const run = spawnSync(process.execPath, [join(ROOT, 'scripts/check-content.ts'), withCase(cases[0]!).root], {
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/^内容检查发现 \d+ 个问题：/);
    for (const pattern of expected(cases[0]!)) expect(run.stderr, run.stderr).toMatch(new RegExp(`^  ${pattern}`, 'm'));
    expect(run.stderr).not.toMatch(STACK_TRACE);
  });
});
