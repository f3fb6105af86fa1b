/**
 * What the content check remembers between runs (src/lib/content-check/check-memo.ts) never changes what it reports:
 * on a copy of the site's content and frozen editions, a check that remembers a clean run reports, after each kind of
 * damage the memo covers (YAML, a flowchart, a timeline, an image), exactly what a check from scratch reports.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content-check/index.ts';
import { openCheckMemo } from '../../src/lib/content-check/check-memo.ts';
import { ROOT } from '../support/builds.ts';
import { copyContent } from '../support/content-fixture.ts';

const lines = async (root: string, remember: boolean) => {
  const memo = remember ? openCheckMemo(root, ROOT) : undefined;
  const { problems } = await checkContent(root, { memo });
  memo?.save();
  return { lines: problems.map(formatProblem), stats: memo?.stats };
};

describe('the check with its memo', () => {
  it('reports what a check from scratch reports, before and after the memo has seen the content', async () => {
    const site = copyContent('site', { editions: true });
    const scratch = await lines(site.root, false);
    const first = await lines(site.root, true);
    const second = await lines(site.root, true);
    expect(first.lines).toEqual(scratch.lines);
    expect(second.lines).toEqual(scratch.lines);
    expect(second.stats!.misses).toBe(0);
    expect(second.stats!.hits).toBeGreaterThan(200);

    // Damage of each kind the memo covers, all at once.
    site.edit('content/bulletins/2022-07.yaml', 'issue:', 'issue: [\nbroken:');
    site.edit('content/flowcharts/branch-election.mdx', 'flowchart TD', 'flowchart TD\n  X[["未闭合"] --> Y');
    site.edit('content/guide/members/member-recruitment.mdx', 'offset: 1个月后', 'offset: 1个月前');
    const cover = join(site.root, 'content/cases/branch-method-example/cover.jpg');
    site.write('content/cases/branch-method-example/cover.jpg', readFileSync(cover).subarray(0, 30_000));
    const damaged = await lines(site.root, false);
    expect(damaged.lines.length).toBeGreaterThan(scratch.lines.length + 3);
    expect((await lines(site.root, true)).lines).toEqual(damaged.lines);
    expect((await lines(site.root, true)).lines).toEqual(damaged.lines);
  });
});
