/**
 * Regulation versions as data: which pages rest on a regulation revised since they were checked against it, the notice
 * they carry, and the review backlog `npm run check` lists as warnings (one broken or revised thing at a time over the
 * fixture content).
 */
import { describe, expect, it } from 'vitest';
import { isBlocking } from '../../src/lib/content-source/problem.ts';
import {
  noticeSentences,
  pendingReviews,
  procedureReliances,
  versionName,
  whenIssued,
  type RegulationVersions,
} from '../../src/lib/regulation-versions.ts';
import { fixtureCopyPerTest, FIXTURE_COUNTS } from '../support/content-fixture.ts';
import { checkContent, formatProblem } from '../../src/lib/content-check/index.ts';

const RULES: RegulationVersions = {
  title: '中国共产党发展党员工作细则',
  issued: '2026-05',
  history: [{ version: '2014', issued: '2014-05' }],
  revision: { changes: ['列为发展对象前的公示', '条文序号'] },
};
const CONSTITUTION: RegulationVersions = { title: '中国共产党章程', issued: '2022-10-22' };
const catalogue = new Map([
  ['rules', RULES],
  ['constitution', CONSTITUTION],
]);

describe('pendingReviews', () => {
  it('names a revised regulation a page follows an older version of, or does not say which it follows', () => {
    expect(pendingReviews(['rules', 'constitution'], { rules: '2014' }, catalogue)).toEqual([
      {
        regulation: 'rules',
        title: '中国共产党发展党员工作细则',
        current: { version: '2026', title: '中国共产党发展党员工作细则', issued: '2026-05', effective: undefined },
        follows: { version: '2014', issued: '2014-05' },
        changes: ['列为发展对象前的公示', '条文序号'],
        source: undefined,
      },
    ]);
    expect(pendingReviews(['rules'], undefined, catalogue)[0]!.follows).toBeUndefined();
  });

  it('is empty for a page on the version in force, for 不涉及, and for a regulation with one version', () => {
    expect(pendingReviews(['rules'], { rules: '2026' }, catalogue)).toEqual([]);
    expect(pendingReviews(['rules'], { rules: '不涉及' }, catalogue)).toEqual([]);
    expect(pendingReviews(['constitution'], undefined, catalogue)).toEqual([]);
  });

  it('takes a timeline limit’s own version over the page’s, and reports the oldest any part follows', () => {
    const reliances = procedureReliances({
      basis: [{ regulation: { id: 'rules' } }],
      timeline: { limits: [{ regulation: { id: 'rules' }, version: '2014' }, { version: undefined }] },
    });
    expect(reliances).toEqual(['rules', { regulation: 'rules', version: '2014' }]);
    expect(pendingReviews(reliances, { rules: '2026' }, catalogue).map((p) => p.follows?.version)).toEqual(['2014']);
  });
});

describe('the notice', () => {
  it('says what was revised and when, what the page follows, what changed, and that the revised text prevails', () => {
    const [pending] = pendingReviews(['rules'], { rules: '2014' }, catalogue);
    expect(noticeSentences(pending!)).toEqual([
      '《中国共产党发展党员工作细则》已修订，现行版本于2026年5月印发。',
      '本页按2014年版撰写，尚未按修订后的文本复核；修订涉及列为发展对象前的公示、条文序号等方面。',
      '以修订后的原文为准。',
    ]);
    const [unsaid] = pendingReviews(['rules'], undefined, { get: () => ({ ...RULES, revision: undefined }) } as never);
    expect(noticeSentences(unsaid!, '本模板')[1]).toBe('本模板尚未按修订后的文本复核。');
  });

  it('names versions and dates as a reader reads them', () => {
    expect(versionName({ version: '2014' })).toBe('2014年版');
    expect(versionName({ version: 'r2' })).toBe('r2版');
    expect(whenIssued({ issued: '2026-05-11', effective: '2026-06-01' })).toBe('2026年5月11日印发、2026年6月1日施行');
  });
});

describe('npm run check on regulation versions', () => {
  const { copy, report } = fixtureCopyPerTest();
  const REGULATIONS = 'content/regulations.yaml';
  const PROCEDURE = 'content/guide/organization/establish-branch.mdx';
  const revise = () =>
    copy().edit(
      REGULATIONS,
      '  issued: "2018-10-28"\n  summary: 党支部工作的基本法规。',
      '  issued: "2030-01"\n  history:\n    - version: "2018"\n      issued: "2018-10-28"\n  revision:\n    changes: [成立程序]\n  summary: 党支部工作的基本法规。',
    );
  const warnings = async () =>
    (await checkContent(copy().root, { counts: FIXTURE_COUNTS })).problems
      .filter((p) => !isBlocking(p))
      .map(formatProblem);

  it('lists every page resting on a revised regulation as a warning, not a failure', async () => {
    revise();
    copy().edit(PROCEDURE, 'basis:\n', 'checked:\n  branch-work-regulation: "2018"\nbasis:\n');
    expect(await report()).toEqual([
      'content/flowcharts/establish-branch.mdx:2 title: 待复核：《中国共产党支部工作条例（试行）》2030年版已于2030年1月印发，本页没有注明按哪一版撰写 — 按修订后的原文复核本页后，写 checked: { branch-work-regulation: "2030" }；复核前页面显示修订提示',
      'content/guide/organization/establish-branch.mdx:9 checked.branch-work-regulation: 待复核：《中国共产党支部工作条例（试行）》2030年版已于2030年1月印发，本页按2018年版撰写 — 按修订后的原文复核本页后，写 checked: { branch-work-regulation: "2030" }；复核前页面显示修订提示',
      'content/templates/establish-branch-request.mdx:2 title: 待复核：《中国共产党支部工作条例（试行）》2030年版已于2030年1月印发，本页没有注明按哪一版撰写 — 按修订后的原文复核本页后，写 checked: { branch-work-regulation: "2030" }；复核前页面显示修订提示',
    ]);
    expect((await checkContent(copy().root, { counts: FIXTURE_COUNTS })).problems.every((p) => !isBlocking(p))).toBe(
      true,
    );
  });

  it('clears a page once it records the version in force, or 不涉及 for a chart', async () => {
    revise();
    copy().edit(PROCEDURE, 'basis:\n', 'checked:\n  branch-work-regulation: "2030"\nbasis:\n');
    copy().edit(
      'content/flowcharts/establish-branch.mdx',
      'summary:',
      'checked:\n  branch-work-regulation: 不涉及\nsummary:',
    );
    expect(await warnings()).toEqual([
      expect.stringMatching(/^content\/templates\/establish-branch-request\.mdx:2 title: 待复核/),
    ]);
  });

  it('refuses versions and regulations that do not exist, and a catalogue history out of order', async () => {
    copy().edit(
      PROCEDURE,
      'basis:\n',
      'checked:\n  branch-work-regulation: "2017"\n  party-constitution: "2022"\n  nowhere: "2020"\nbasis:\n',
    );
    copy().edit(
      REGULATIONS,
      '  issued: "2018-10-28"\n',
      '  issued: "2018-10-28"\n  history:\n    - version: "2019"\n      issued: "2019-01"\n',
    );
    expect(await report()).toEqual([
      'content/flowcharts/establish-branch.mdx:2 title: 待复核：《中国共产党支部工作条例（试行）》2018年版已于2018年10月28日印发，本页没有注明按哪一版撰写 — 按修订后的原文复核本页后，写 checked: { branch-work-regulation: "2018" }；复核前页面显示修订提示',
      'content/guide/organization/establish-branch.mdx:9 checked.branch-work-regulation: 《中国共产党支部工作条例（试行）》没有「2017」这个版本 — 写以下之一：2019、2018',
      'content/guide/organization/establish-branch.mdx:10 checked.party-constitution: 本页不依据《中国共产党章程》 — 删去这一行：只为本页依据的制度写版本',
      'content/guide/organization/establish-branch.mdx:11 checked.nowhere: 制度文件目录中没有「nowhere」 — 写 content/regulations.yaml 中的制度编号',
      'content/regulations.yaml:15 history[0].issued: 版本「2019」的印发时间 2019-01 不早于后一版的 2018-10-28 — history 按从旧到新排列，最外层写现行版本',
      'content/templates/establish-branch-request.mdx:2 title: 待复核：《中国共产党支部工作条例（试行）》2018年版已于2018年10月28日印发，本页没有注明按哪一版撰写 — 按修订后的原文复核本页后，写 checked: { branch-work-regulation: "2018" }；复核前页面显示修订提示',
    ]);
  });
});
