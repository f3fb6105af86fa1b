/**
 * The content checker on the site's content and on the fixture as they are, and with several things broken at
 * once. The checker's messages for one broken thing at a time are in content-check-broken.test.ts and
 * content-check-mdx.test.ts (split so that both test workers share the checker's tests).
 */
import { describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content-check/index.ts';
import { isBlocking } from '../../src/lib/content-source/problem.ts';
import { SEED_COUNTS } from '../../src/schemas/seed-facts.ts';
import { ROOT } from '../support/builds.ts';
import { copyContent, fixtureCopyPerTest } from '../support/content-fixture.ts';

const PROCEDURE = 'content/guide/organization/establish-branch.mdx';
const BULLETIN = 'content/bulletins/2022-07.yaml';

const { copy, report } = fixtureCopyPerTest();

describe('the real content and the fixture', () => {
  it('pass every check, the real content with the review backlog of the 2026 发展党员细则 as warnings', async () => {
    const { problems } = await checkContent(ROOT);
    expect(problems.filter(isBlocking).map(formatProblem)).toEqual([]);
    // Every page that rests on the 细则 and still follows its 2014 text, and nothing else.
    const backlog = problems.filter((p) => !isBlocking(p));
    expect(backlog.map((p) => p.file)).toEqual([
      'content/flowcharts/member-recruitment.mdx',
      'content/guide/fundamentals/affairs-openness.mdx',
      'content/guide/fundamentals/records-archives.mdx',
      'content/guide/members/member-recruitment.mdx',
      'content/guide/org-life/three-meetings-one-lesson.mdx',
      'content/guide/political/request-report.mdx',
      'content/templates/activist-assessment.mdx',
      'content/templates/activist-recommendation.mdx',
      'content/templates/admission-resolution.mdx',
      'content/templates/candidate-filing.mdx',
      'content/templates/meeting-record.mdx',
      'content/templates/political-review.mdx',
      'content/templates/probation-resolution.mdx',
    ]);
    for (const p of backlog)
      expect(p.problem).toMatch(
        /^待复核：《中国共产党发展党员工作细则》2026年版已于2026年5月印发，本页按2014年版撰写$/,
      );
    expect(await report()).toEqual([]);
  });
});

describe('seed counts on the site content', () => {
  const { count, label } = SEED_COUNTS.templates;
  it(`reports a missing template against the seed's count (${count})`, async () => {
    const site = copyContent('site');
    try {
      site.remove('content/templates/ballot.mdx');
      site.edit('content/guide/organization/branch-election.mdx', '  - ballot\n', '');
      site.edit('content/guide/organization/branch-election.mdx', '      template: ballot\n', '');
      site.edit('content/revisions.yaml', '        - ballot\n', '');
      site.write(
        'content/flowcharts/branch-election.mdx',
        site.read('content/flowcharts/branch-election.mdx').replace(/^.*\/templates\/ballot\/.*\n/m, ''),
      );
      const problems = (await checkContent(site.root)).problems.filter(isBlocking).map(formatProblem);
      const message = `${label}应为 ${count} 个（关区经验材料中的数字），现在是 ${count - 1} 个 — 补齐缺少的 1 个`;
      expect(problems).toEqual([expect.stringMatching(new RegExp(`^content/templates/[^:]+:\\d+ ${message}$`))]);
    } finally {
      site.cleanup();
    }
  });
});

describe('every problem at once', () => {
  it('reports problems in several files in one run, each with file and line', async () => {
    copy().edit(BULLETIN, 'issuedOn: 2022-07-05', 'issuedOn: 2022-02-30');
    copy().edit(PROCEDURE, 'title: 成立党支部', 'title:');
    copy().edit('content/units/unit-01.yaml', 'kind: 隶属海关', 'kind: 海关');
    const problems = await report();
    const files = new Set(problems.map((p) => p.split(':')[0]));
    expect(files).toEqual(new Set([BULLETIN, PROCEDURE, 'content/units/unit-01.yaml']));
    expect(problems.every((p) => /^content\/[^:]+:\d+ /.test(p))).toBe(true);
  });
});
