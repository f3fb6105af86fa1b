/**
 * The review backlog `npm run check` lists as warnings for pages resting on a revised regulation, one broken or revised
 * thing at a time over a copy of the fixture content (regulation versions as data: tests/unit/regulation-versions.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { isBlocking } from '../../src/lib/content-source/problem.ts';
import { fixtureCopyPerTest, FIXTURE_COUNTS } from '../support/content-fixture.ts';
import { checkContent, formatProblem } from '../../src/lib/content-check/index.ts';

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
