/**
 * The content checker over valid content with one thing broken at a time. Messages are locked by snapshot: an
 * editor-facing wording change must be deliberate.
 */
import { describe, expect, it } from 'vitest';
import { fixtureCopyPerTest, type ContentCopy } from '../support/content-fixture.ts';

const PROCEDURE = 'content/guide/organization/establish-branch.mdx';
const BULLETIN = 'content/bulletins/2022-07.yaml';

const { copy, report } = fixtureCopyPerTest();

describe('one broken thing at a time', () => {
  const cases: [string, (c: ContentCopy) => void][] = [
    ['YAML syntax error', (c) => c.edit(BULLETIN, 'issue: 63', 'issue: 63\n  bad: [unclosed')],
    ['missing required field', (c) => c.edit('content/site.yaml', 'owner: 中共成都海关委员会\n', '')],
    ['unknown field (typo)', (c) => c.edit(PROCEDURE, 'summary:', 'sumary:')],
    ['wrong type', (c) => c.edit(BULLETIN, 'issue: 63', 'issue: 第63期')],
    ['impossible date', (c) => c.edit(BULLETIN, 'issuedOn: 2022-07-05', 'issuedOn: 2022-02-30')],
    ['unknown enum value', (c) => c.edit('content/units/unit-01.yaml', 'kind: 隶属海关', 'kind: 海关')],
    [
      'unknown reference',
      (c) => c.edit(PROCEDURE, '  - regulation: branch-work-regulation', '  - regulation: branch-work-rule'),
    ],
    [
      'procedure links an unknown flowchart',
      (c) => c.edit(PROCEDURE, 'flowchart: establish-branch', 'flowchart: establish-branch-flow'),
    ],
    [
      'procedure links an unknown template',
      (c) => c.edit(PROCEDURE, '  - establish-branch-request', '  - establishment-request'),
    ],
    ['unknown reference, nothing close', (c) => c.edit(BULLETIN, 'audience: [branch]', 'audience: [支部]')],
    ['duplicate id', (c) => c.edit('content/guide/chapters.yaml', '- id: fundamentals', '- id: organization')],
    [
      'duty count off',
      (c) =>
        c.edit(
          'content/duties/branch.yaml',
          '  - text:',
          '  - text: 多出的一条责任\n    basis:\n      - regulation: branch-work-regulation\n  - text:',
        ),
    ],
    [
      'unknown duty list file',
      (c) => c.write('content/duties/branch-members.yaml', c.read('content/duties/branch.yaml')),
    ],
    [
      'chapter count off',
      (c) =>
        c.write('content/guide/chapters.yaml', c.read('content/guide/chapters.yaml').split('\n- id: evaluation')[0]!),
    ],
    ['bulletin month differs from file name', (c) => c.edit(BULLETIN, 'month: "2022-07"', 'month: "2022-08"')],
    [
      'procedure in an unknown chapter folder',
      (c) => c.write('content/guide/misc/extra.mdx', c.read(PROCEDURE).replace('order: 1', 'order: 2')),
    ],
    ['missing frontmatter', (c) => c.write('content/publicity/bare.mdx', '# 没有 frontmatter\n')],
    [
      'non-UTF-8 file',
      (c) =>
        c.write(
          'content/units/unit-03.yaml',
          Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xb5, 0xda, 0xd2, 0xbb, 0x0a]),
        ),
    ],
    [
      'mermaid syntax error',
      (c) => c.edit('content/flowcharts/establish-branch.mdx', 'S1["提出请示"] -->', 'S1["提出请示" -->'),
    ],
    [
      'link in a diagram to a missing page',
      (c) =>
        c.edit('content/flowcharts/establish-branch.mdx', '```\n', '    click S1 href "/templates/nowhere/"\n```\n'),
    ],
    [
      'template body without a title',
      (c) => c.edit('content/templates/establish-branch-request.mdx', '# 关于成立中共××支部委员会的请示\n', ''),
    ],
    [
      '请示 without 落款',
      (c) =>
        c.edit(
          'content/templates/establish-branch-request.mdx',
          '---\n\n中共××海关××处支部委员会筹备组',
          '中共××海关××处支部委员会筹备组',
        ),
    ],
    [
      'flowchart with its own rendering directive',
      (c) =>
        c.edit(
          'content/flowcharts/establish-branch.mdx',
          '    accTitle:',
          '    %%{init: {"theme": "dark"}}%%\n    accTitle:',
        ),
    ],
    [
      'flowchart click that calls a script',
      (c) => c.edit('content/flowcharts/establish-branch.mdx', '```\n', '    click S1 call alert()\n```\n'),
    ],
    [
      'flowchart without accDescr',
      (c) => c.edit('content/flowcharts/establish-branch.mdx', '    accDescr:', '    %% accDescr:'),
    ],
    [
      'catalogue entry nobody cites',
      (c) =>
        c.edit(
          'content/regulations.yaml',
          '- id: party-constitution',
          '- id: party-constitution-2017\n  title: 旧版党章\n  kind: 党章\n  issuer: 中国共产党全国代表大会\n  issued: "2017-10-24"\n  summary: 旧版。\n\n- id: party-constitution',
        ),
    ],
    ['procedure and flowchart disagree', (c) => c.edit(PROCEDURE, 'flowchart: establish-branch', '')],
    [
      'cover image missing',
      (c) =>
        c.edit(
          'content/cases/branch-method-example/index.mdx',
          'example: true',
          'example: true\ncover: ./cover.jpg\ncoverAlt: 支部党员学习',
        ),
    ],
    [
      'drafting word in a frontmatter value',
      (c) =>
        c.edit(
          PROCEDURE,
          'summary: 正式党员3人以上的单位应当成立党支部。',
          'summary: 依据种子材料整理，条文序号待核对。',
        ),
    ],
    ['drafting word in the body', (c) => c.edit(PROCEDURE, '成立党支部的主线', '本段撰稿人尚待核实。成立党支部的主线')],
    ['drafting word in a data file', (c) => c.edit(BULLETIN, 'issue: 63', 'issue: 63\nsummary: 未核对')],
    [
      'district rule that only defers',
      (c) => c.edit(PROCEDURE, 'practice: 收到请示后1个月内批复', 'practice: 以关区规定为准'),
    ],
    [
      'district rule without a number',
      (c) =>
        c.edit(
          PROCEDURE,
          'national: 基层党委批复一般不超过1个月（支部条例第七条）\n    practice: 收到请示后1个月内批复',
          'national: 基层党委研究批复\n    practice: 及时批复',
        ),
    ],
    [
      'district rule as a Note',
      (c) =>
        c.edit(
          PROCEDURE,
          '## 工作程序\n',
          `import Note from '../../../src/components/content/Note.astro';\n\n<Note kind="关区规定">批复时限1个月。</Note>\n\n## 工作程序\n`,
        ),
    ],
    ['duty list without its origin', (c) => c.edit('content/duties/branch.yaml', 'origin: 参照整理\n', '')],
    [
      'example block without the page flag',
      (c) =>
        c.write(
          'content/publicity/sample.mdx',
          "---\ntitle: 示例平台\nkind: 工作机制\norder: 9\nsummary: 用于测试。\n---\n\nimport Example from '../../src/components/content/Example.astro';\n\n<Example>示意的流程。</Example>\n",
        ),
    ],
    [
      'cover without description',
      (c) => {
        c.write('content/cases/branch-method-example/cover.png', Buffer.from('89504e47', 'hex'));
        c.edit('content/cases/branch-method-example/index.mdx', 'example: true', 'example: true\ncover: ./cover.png');
      },
    ],
  ];

  it.each(cases)('%s', async (_name, breakIt) => {
    breakIt(copy());
    const problems = await report();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems).toMatchSnapshot();
  });
});
