/** The content checker's MDX safety rules and attachment gate, one broken thing at a time over valid content. */
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/builds.ts';
import { fixtureCopyPerTest, type ContentCopy } from '../support/content-fixture.ts';
import { docxParts, onePagePdf, zipOf } from '../support/hostile-files.ts';

const FILES = join(ROOT, 'tests/fixtures/files');

const PROCEDURE = 'content/guide/organization/establish-branch.mdx';

const { copy, report } = fixtureCopyPerTest();

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
    body(snippet)(copy());
    const problems = await report();
    expect(problems.some((p) => expected.test(p) && p.startsWith(`${PROCEDURE}:`))).toBe(true);
  });

  it('accepts the content components and internal links that exist', async () => {
    body(
      '[流程图](/flowcharts/establish-branch/) [依据](/regulations/#branch-work-regulation)\n\n{/* 待核对：编辑之间的说明写在注释里，不显示在页面上 */}',
    )(copy());
    expect(await report()).toEqual([]);
  });
});

describe('attachment gate', () => {
  const TEMPLATE = 'content/templates/establish-branch-request.mdx';
  const attach = (c: ContentCopy, ...names: string[]) =>
    c.edit(
      TEMPLATE,
      'instructions:',
      `attachments:\n${names.map((n) => `  - file: ${n}\n    label: 印制样表\n`).join('')}instructions:`,
    );
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
    [
      'a reference to a missing file',
      (c) => attach(c, 'missing.pdf'),
      /establish-branch-request\.mdx:\d+ attachments: 找不到附件文件 missing\.pdf/,
    ],
    [
      'a file over the size cap',
      (c) => {
        c.write(
          'content/templates/attachments/big.pdf',
          Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(11 * 1024 * 1024)]),
        );
        attach(c, 'big.pdf');
      },
      /big\.pdf:1 文件太大（11\.0 MB，上限 10 MB，超出 1\.0 MB） — 压缩或拆分到 10 MB 以内/,
    ],
  ];
  it.each(cases)('%s', async (_name, breakIt, expected) => {
    breakIt(copy());
    const problems = await report();
    expect(
      problems.some((p) => expected.test(p)),
      problems.join('\n'),
    ).toBe(true);
  });

  it('opens what it accepts: a Word file with a macro is refused where it lies', async () => {
    const macro = await zipOf(docxParts({ 'word/vbaProject.bin': new Uint8Array(8) }));
    copy().write('content/templates/attachments/form.docx', Buffer.from(macro));
    attach(copy(), 'form.docx');
    expect(await report()).toEqual([
      'content/templates/attachments/form.docx:1 Word 文档中含有宏（word/vbaProject.bin） — 在 Word 中另存为不含宏的 .docx（文件类型选“Word 文档”），再上传',
    ]);
  });

  it('refuses a link or a folder in place of a file', async () => {
    copy().write('content/templates/attachments/real.pdf', Buffer.from(onePagePdf()));
    symlinkSync('real.pdf', join(copy().root, 'content/templates/attachments/form.pdf'));
    mkdirSync(join(copy().root, 'content/templates/attachments/forms.pdf'));
    attach(copy(), 'form.pdf', 'forms.pdf', 'real.pdf');
    // Refused where the content tree is read, before anything in it is opened (src/lib/content-source/tree.ts).
    expect(await report()).toEqual([
      'content/templates/attachments/form.pdf:1 这是一个符号链接（指向 real.pdf），不是文件本身 — 删除这个链接，把文件本身复制到这里；内容文件夹中不允许符号链接，以免把仓库以外的文件带进网站',
      'content/templates/attachments/forms.pdf:1 这是一个文件夹，名字却像文件（以 .pdf 结尾） — 把文件夹改名（去掉扩展名），或删除它',
    ]);
  });

  it('accepts real files that a template references: a PDF, a Word file saved by LibreOffice, a PNG', async () => {
    const png = await sharp({ create: { width: 40, height: 30, channels: 3, background: '#c00' } })
      .png()
      .toBuffer();
    copy().write('content/templates/attachments/form.pdf', readFileSync(join(FILES, 'libreoffice-form.pdf')));
    copy().write('content/templates/attachments/form.docx', readFileSync(join(FILES, 'libreoffice-form.docx')));
    copy().write('content/templates/attachments/form.png', png);
    attach(copy(), 'form.pdf', 'form.docx', 'form.png');
    expect(await report()).toEqual([]);
  });

  it('decodes image attachments in full, with the case images', async () => {
    const png = await sharp({ create: { width: 200, height: 200, channels: 3, background: '#c00' } })
      .png()
      .toBuffer();
    copy().write('content/templates/attachments/scan.png', png.subarray(0, png.length - 30));
    attach(copy(), 'scan.png');
    const problems = await report();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^content\/templates\/attachments\/scan\.png:1 图片 scan\.png 已损坏，无法完整读取（/);
  });
});
