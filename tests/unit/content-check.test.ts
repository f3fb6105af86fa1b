/**
 * The content checker over real content with one thing broken at a time. Messages are locked by snapshot: an
 * editor-facing wording change must be deliberate.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content-check/index.ts';
import { ROOT } from '../support/builds.ts';
import { copyContent, FIXTURE_COUNTS, type ContentCopy } from '../support/content-fixture.ts';

const PROCEDURE = 'content/guide/organization/establish-branch.mdx';
const BULLETIN = 'content/bulletins/2022-07.yaml';

let copy: ContentCopy;
beforeEach(() => {
  copy = copyContent();
});
afterEach(() => copy.cleanup());

const report = async () => (await checkContent(copy.root, { counts: FIXTURE_COUNTS })).problems.map(formatProblem);

describe('the real content and the fixture', () => {
  it('pass every check', async () => {
    expect((await checkContent(ROOT)).problems.map(formatProblem)).toEqual([]);
    expect(await report()).toEqual([]);
  });
});

describe('seed counts on the site content', () => {
  it('reports a missing template against the seed number 30', async () => {
    const site = copyContent('site');
    try {
      site.remove('content/templates/ballot.mdx');
      site.edit('content/guide/organization/branch-election.mdx', '  - ballot\n', '');
      site.write('content/flowcharts/branch-election.mdx', site.read('content/flowcharts/branch-election.mdx').replace(/^.*\/templates\/ballot\/.*\n/m, ''));
      const problems = (await checkContent(site.root)).problems.map(formatProblem);
      expect(problems).toEqual([expect.stringMatching(/^content\/templates\/[^:]+:\d+ 文书模板应为 30 个（关区经验材料中的数字），现在是 29 个 — 补齐缺少的 1 个$/)]);
    } finally {
      site.cleanup();
    }
  });
});

describe('one broken thing at a time', () => {
  const cases: [string, (c: ContentCopy) => void][] = [
    ['YAML syntax error', (c) => c.edit(BULLETIN, 'issue: 63', 'issue: 63\n  bad: [unclosed')],
    ['missing required field', (c) => c.edit('content/site.yaml', 'owner: 中共成都海关委员会\n', '')],
    ['unknown field (typo)', (c) => c.edit(PROCEDURE, 'summary:', 'sumary:')],
    ['wrong type', (c) => c.edit(BULLETIN, 'issue: 63', 'issue: 第63期')],
    ['impossible date', (c) => c.edit(BULLETIN, 'issuedOn: 2022-07-05', 'issuedOn: 2022-02-30')],
    ['unknown enum value', (c) => c.edit('content/units/unit-01.yaml', 'kind: 隶属海关', 'kind: 海关')],
    ['unknown reference', (c) => c.edit(PROCEDURE, '  - regulation: branch-work-regulation', '  - regulation: branch-work-rule')],
    ['procedure links an unknown flowchart', (c) => c.edit(PROCEDURE, 'flowchart: establish-branch', 'flowchart: establish-branch-flow')],
    ['procedure links an unknown template', (c) => c.edit(PROCEDURE, '  - establish-branch-request', '  - establishment-request')],
    ['unknown reference, nothing close', (c) => c.edit(BULLETIN, 'audience: [branch]', 'audience: [支部]')],
    ['duplicate id', (c) => c.edit('content/guide/chapters.yaml', '- id: fundamentals', '- id: organization')],
    ['duty count off', (c) => c.edit('content/duties/branch.yaml', '  - text:', '  - text: 多出的一条责任\n    basis:\n      - regulation: branch-work-regulation\n  - text:')],
    ['unknown duty list file', (c) => c.write('content/duties/branch-members.yaml', c.read('content/duties/branch.yaml'))],
    ['chapter count off', (c) => c.write('content/guide/chapters.yaml', c.read('content/guide/chapters.yaml').split('\n- id: evaluation')[0]!)],
    ['bulletin month differs from file name', (c) => c.edit(BULLETIN, 'month: "2022-07"', 'month: "2022-08"')],
    ['procedure in an unknown chapter folder', (c) => c.write('content/guide/misc/extra.mdx', c.read(PROCEDURE).replace('order: 1', 'order: 2'))],
    ['missing frontmatter', (c) => c.write('content/publicity/bare.mdx', '# 没有 frontmatter\n')],
    ['non-UTF-8 file', (c) => c.write('content/units/unit-03.yaml', Buffer.from([0x6e, 0x61, 0x6d, 0x65, 0x3a, 0x20, 0xb5, 0xda, 0xd2, 0xbb, 0x0a]))],
    ['mermaid syntax error', (c) => c.edit('content/flowcharts/establish-branch.mdx', 'S1["提出请示"] -->', 'S1["提出请示" -->')],
    ['link in a diagram to a missing page', (c) => c.edit('content/flowcharts/establish-branch.mdx', '```\n', '    click S1 href "/templates/nowhere/"\n```\n')],
    ['template body without a title', (c) => c.edit('content/templates/establish-branch-request.mdx', '# 关于成立中共××支部委员会的请示\n', '')],
    ['请示 without 落款', (c) => c.edit('content/templates/establish-branch-request.mdx', '---\n\n中共××海关××处支部委员会筹备组', '中共××海关××处支部委员会筹备组')],
    ['flowchart with its own rendering directive', (c) => c.edit('content/flowcharts/establish-branch.mdx', '    accTitle:', '    %%{init: {"theme": "dark"}}%%\n    accTitle:')],
    ['flowchart click that calls a script', (c) => c.edit('content/flowcharts/establish-branch.mdx', '```\n', '    click S1 call alert()\n```\n')],
    ['flowchart without accDescr', (c) => c.edit('content/flowcharts/establish-branch.mdx', '    accDescr:', '    %% accDescr:')],
    ['catalogue entry nobody cites', (c) => c.edit('content/regulations.yaml', '- id: party-constitution', '- id: party-constitution-2017\n  title: 旧版党章\n  kind: 党章\n  issuer: 中国共产党全国代表大会\n  issued: "2017-10-24"\n  summary: 旧版。\n\n- id: party-constitution')],
    ['procedure and flowchart disagree', (c) => c.edit(PROCEDURE, 'flowchart: establish-branch', '')],
    ['cover image missing', (c) => c.edit('content/cases/branch-method-example/index.mdx', 'example: true', 'example: true\ncover: ./cover.jpg\ncoverAlt: 支部党员学习')],
    ['drafting word in a frontmatter value', (c) => c.edit(PROCEDURE, 'summary: 正式党员3人以上的单位应当成立党支部。', 'summary: 依据种子材料整理，条文序号待核对。')],
    ['drafting word in the body', (c) => c.edit(PROCEDURE, '成立党支部的主线', '本段撰稿人尚待核实。成立党支部的主线')],
    ['drafting word in a data file', (c) => c.edit(BULLETIN, 'issue: 63', 'issue: 63\nsummary: 未核对')],
    ['district rule that only defers', (c) => c.edit(PROCEDURE, 'practice: 收到请示后1个月内批复', 'practice: 以关区规定为准')],
    ['district rule without a number', (c) => c.edit(PROCEDURE, 'national: 基层党委批复一般不超过1个月（支部条例第七条）\n    practice: 收到请示后1个月内批复', 'national: 基层党委研究批复\n    practice: 及时批复')],
    ['district rule as a Note', (c) => c.edit(PROCEDURE, '## 工作程序\n', '<Note kind="关区规定">批复时限1个月。</Note>\n\n## 工作程序\n')],
    ['duty list without its origin', (c) => c.edit('content/duties/branch.yaml', 'origin: 参照整理\n', '')],
    ['example block without the page flag', (c) => c.write('content/publicity/sample.mdx', "---\ntitle: 示例平台\nkind: 工作机制\norder: 9\nsummary: 用于测试。\n---\n\nimport Example from '../../src/components/content/Example.astro';\n\n<Example>示意的流程。</Example>\n")],
    [
      'cover without description',
      (c) => {
        c.write('content/cases/branch-method-example/cover.png', Buffer.from('89504e47', 'hex'));
        c.edit('content/cases/branch-method-example/index.mdx', 'example: true', 'example: true\ncover: ./cover.png');
      },
    ],
  ];

  it.each(cases)('%s', async (_name, breakIt) => {
    breakIt(copy);
    const problems = await report();
    expect(problems.length).toBeGreaterThan(0);
    expect(problems).toMatchSnapshot();
  });
});

describe('MDX safety', () => {
  const body = (extra: string) => (c: ContentCopy) => c.edit(PROCEDURE, '## 概述\n', `## 概述\n\n${extra}\n`);
  const cases: [string, string, RegExp][] = [
    ['<script>', '<script>alert(1)</script>', /不允许使用 <script> 标签/],
    ['import outside content components', "import fs from 'node:fs';", /不允许导入「node:fs」/],
    ['event attribute', '<Note onClick="x">提示</Note>', /不允许使用事件属性 onClick/],
    ['javascript: link', '[点我](javascript:alert(1))', /javascript:/],
    ['remote image', '![图](http://example.com/a.png)', /不允许引用外部图片/],
    ['broken internal link', '[不存在](/guide/nowhere/)', /站内链接指向不存在的页面：\/guide\/nowhere\//],
    ['relative link', '[相对](../establish-branch/)', /站内链接不能用相对地址/],
    ['expression', '{1 + 1}', /不允许写 \{1 \+ 1\} 这样的表达式/],
    ['MDX syntax error', '<Note>没有闭合', /<Note> 没有结束标签 — 在这一段内容结束处写 <\/Note>/],
  ];
  it.each(cases)('%s', async (_name, snippet, expected) => {
    body(snippet)(copy);
    const problems = await report();
    expect(problems.some((p) => expected.test(p) && p.startsWith(`${PROCEDURE}:`))).toBe(true);
  });

  it('accepts the content components and internal links that exist', async () => {
    body('[流程图](/flowcharts/establish-branch/) [依据](/regulations/#branch-work-regulation)\n\n{/* 待核对：编辑之间的说明写在注释里，不显示在页面上 */}')(copy);
    expect(await report()).toEqual([]);
  });
});

describe('attachment gate', () => {
  const TEMPLATE = 'content/templates/establish-branch-request.mdx';
  const attach = (c: ContentCopy, name: string) =>
    c.edit(TEMPLATE, 'instructions:', `attachments:\n  - file: ${name}\n    label: 印制样表（PDF）\ninstructions:`);
  const cases: [string, (c: ContentCopy) => void, RegExp][] = [
    [
      'a renamed .exe',
      (c) => {
        c.write('content/templates/attachments/form.pdf', Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'));
        attach(c, 'form.pdf');
      },
      /^content\/templates\/attachments\/form\.pdf:1 文件内容是可执行程序（\.exe），不是扩展名所说的PDF 文件 — /,
    ],
    [
      'a file of a type not allowed',
      (c) => {
        c.write('content/templates/attachments/forms.zip', Buffer.from('PK\x03\x04', 'latin1'));
        attach(c, 'forms.zip');
      },
      /forms\.zip:1 不允许上传 \.zip 文件 — 只允许：\.pdf、/,
    ],
    [
      'a file no template references',
      (c) => c.write('content/templates/attachments/orphan.pdf', Buffer.from('%PDF-1.4\n', 'latin1')),
      /orphan\.pdf:1 这个附件没有被任何文书模板引用/,
    ],
    ['a reference to a missing file', (c) => attach(c, 'missing.pdf'), /establish-branch-request\.mdx:\d+ attachments: 找不到附件文件 missing\.pdf/],
    [
      'a file over the size cap',
      (c) => {
        c.write('content/templates/attachments/big.pdf', Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(11 * 1024 * 1024)]));
        attach(c, 'big.pdf');
      },
      /big\.pdf:1 文件太大（11\.0 MB）/,
    ],
  ];
  it.each(cases)('%s', async (_name, breakIt, expected) => {
    breakIt(copy);
    const problems = await report();
    expect(problems.some((p) => expected.test(p)), problems.join('\n')).toBe(true);
  });

  it('accepts a real PDF that a template references', async () => {
    copy.write('content/templates/attachments/form.pdf', Buffer.from('%PDF-1.4\n%âãÏÓ\n', 'latin1'));
    attach(copy, 'form.pdf');
    expect(await report()).toEqual([]);
  });
});

describe('every problem at once', () => {
  it('reports problems in several files in one run, each with file and line', async () => {
    copy.edit(BULLETIN, 'issuedOn: 2022-07-05', 'issuedOn: 2022-02-30');
    copy.edit(PROCEDURE, 'title: 成立党支部', 'title:');
    copy.edit('content/units/unit-01.yaml', 'kind: 隶属海关', 'kind: 海关');
    const problems = await report();
    const files = new Set(problems.map((p) => p.split(':')[0]));
    expect(files).toEqual(new Set([BULLETIN, PROCEDURE, 'content/units/unit-01.yaml']));
    expect(problems.every((p) => /^content\/[^:]+:\d+ /.test(p))).toBe(true);
  });
});
