/**
 * The publishing gate (src/lib/files/inspect.ts): real files pass (LibreOffice's Word, Word 97 and PDF output,
 * images), and every refusal is said in Chinese, with the file's part and a fix. Hostile files are built here, in
 * memory (tests/support/hostile-files.ts). The site's generated Word files, Chromium's handbook PDF and a sweep of
 * randomly damaged files are in tests/build/file-inspect.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { inspectFile, inspectFileFully } from '../../src/lib/files/inspect.ts';
import { zipBytes } from '../../src/lib/zip.ts';
import * as make from '../support/hostile-files.ts';
import { ROOT } from '../support/builds.ts';

const said = (findings: { problem: string; fix: string }[]) => findings.map((f) => `${f.problem} — ${f.fix}`);
const problems = (findings: { problem: string }[]) => findings.map((f) => f.problem);
const fixture = (name: string) => new Uint8Array(readFileSync(join(ROOT, 'tests/fixtures/files', name)));
const docx = (...args: Parameters<typeof make.docxParts>) => make.zipOf(make.docxParts(...args));
const VBA_RELATIONSHIP = 'http://schemas.microsoft.com/office/2006/relationships/vbaProject';

describe('files that pass', () => {
  it('Word, Word 97-2003 and PDF files saved by LibreOffice', () => {
    for (const name of ['libreoffice-form.docx', 'libreoffice-form.doc', 'libreoffice-form.pdf'])
      expect(inspectFile(fixture(name), name), name).toEqual([]);
  });

  it('minimal Word and Excel packages, Word 97 and Excel 97 files, a plain PDF', async () => {
    expect(inspectFile(await docx(), 'a.docx')).toEqual([]);
    expect(inspectFile(await make.zipOf(make.xlsxParts()), 'a.xlsx')).toEqual([]);
    expect(inspectFile(make.oleFile([{ name: 'WordDocument', data: make.wordDocumentStream() }]), 'a.doc')).toEqual([]);
    const sheets = make.workbookStream([{ name: 'Sheet1', type: 0 }]);
    expect(inspectFile(make.oleFile([{ name: 'Workbook', data: sheets }]), 'a.xls')).toEqual([]);
    expect(inspectFile(make.onePagePdf('/OpenAction [3 0 R /Fit]'), 'a.pdf')).toEqual([]);
  });

  it('PNG and JPEG images, decoded in full', async () => {
    const image = sharp({ create: { width: 40, height: 30, channels: 3, background: '#c00' } });
    expect(await inspectFileFully(await image.clone().png().toBuffer(), 'a.png')).toEqual([]);
    expect(await inspectFileFully(await image.clone().jpeg().toBuffer(), 'a.jpg')).toEqual([]);
  });
});

describe('the type and the size', () => {
  it('refuses a renamed program, a type not allowed, and a file over the cap, saying the limit and how far over', () => {
    expect(said(inspectFile(Buffer.from('MZ\x90\x00', 'latin1'), 'form.pdf'))).toEqual([
      '文件内容是可执行程序（.exe），不是扩展名所说的PDF 文件 — 上传原始文件，不要只改扩展名；可执行程序和压缩包不允许上传',
    ]);
    expect(problems(inspectFile(new Uint8Array(4), 'setup.exe'))).toEqual(['不允许上传 .exe 文件']);
    const big = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.alloc(11 * 1024 * 1024)]);
    expect(said(inspectFile(big, 'big.pdf'))).toEqual([
      '文件太大（11.0 MB，上限 10 MB，超出 1.0 MB） — 压缩或拆分到 10 MB 以内（扫描件可降低分辨率）',
    ]);
  });
});

describe('Word and Excel packages', () => {
  const refusals: [string, () => Promise<Uint8Array>, string[]][] = [
    [
      'a macro project, named by its part',
      () =>
        docx(
          { 'word/vbaProject.bin': make.oleFile([{ name: 'VBA' }]) },
          {
            main: make.WORD_MACRO_MAIN,
            documentRels: [{ type: VBA_RELATIONSHIP, target: 'vbaProject.bin' }],
            types: { '/word/vbaProject.bin': 'application/vnd.ms-office.vbaProject' },
          },
        ),
      ['Word 文档中含有宏（word/vbaProject.bin） — 在 Word 中另存为不含宏的 .docx（文件类型选“Word 文档”），再上传'],
    ],
    [
      'a macro-enabled main document without a macro part',
      () => docx({}, { main: make.WORD_MACRO_MAIN }),
      [
        'Word 文档中含有宏（word/document.xml：application/vnd.ms-word.document.macroEnabled.main+xml） — 在 Word 中另存为不含宏的 .docx（文件类型选“Word 文档”），再上传',
      ],
    ],
    [
      'an Excel 4.0 macro sheet',
      () => make.zipOf(make.xlsxParts({ 'xl/macrosheets/sheet1.xml': '<xm:macrosheet/>' })),
      [
        'Excel 表格中含有宏（xl/macrosheets/sheet1.xml） — 在 Excel 中另存为不含宏的 .xlsx（文件类型选“Excel 工作簿”），再上传',
      ],
    ],
    [
      'ActiveX controls and OLE objects',
      () =>
        docx({
          'word/activeX/activeX1.bin': new Uint8Array(8),
          'word/embeddings/oleObject1.bin': make.oleFile([{ name: '\u0001Ole10Native' }]),
          'word/media/image9.emf': make.oleFile([]),
        }),
      [
        'Word 文档中嵌入了对象或控件（word/activeX/activeX1.bin、word/embeddings/oleObject1.bin、word/media/image9.emf） — 删除文档中嵌入的对象（插入的文件、表格、图表数据）和控件，表格、图表改为粘贴成图片，附件单独上传，再保存',
      ],
    ],
    [
      'executables, by name and by their MZ or ELF bytes',
      () =>
        docx({
          'word/embeddings/setup.exe': Buffer.from('MZ\x90\x00', 'latin1'),
          'word/media/image1.png': Buffer.from('MZ\x90\x00', 'latin1'),
          'word/media/image2.png': Buffer.from('\x7fELF\x02\x01', 'latin1'),
          'word/run.ps1': 'calc',
        }),
      [
        'Word 文档中藏有可执行程序（word/embeddings/setup.exe、word/run.ps1、word/media/image1.png 等 4 处） — 这个文件可能带有病毒：不要上传，交信息中心查杀；需要时在 Word 中重新制作',
      ],
    ],
    [
      'nested archives, by name and by their zip, rar or 7z bytes',
      () =>
        docx({
          'word/media/forms.zip': new Uint8Array(8),
          'word/media/image1.png': Buffer.from('Rar!\x1a\x07\x00', 'latin1'),
          'word/media/image2.png': Buffer.from('7z\xbc\xaf\x27\x1c', 'latin1'),
        }),
      [
        'Word 文档中藏有压缩包（word/media/forms.zip、word/media/image1.png、word/media/image2.png） — 删除文档中嵌入的文件后重新保存，再上传；附件单独上传',
      ],
    ],
    [
      'external relationships: a hyperlink, a remote template',
      () =>
        docx(
          {
            'word/_rels/settings.xml.rels': make.rels([
              { type: 'attachedTemplate', target: 'http://example.com/t.dotm', mode: 'External' },
            ]),
          },
          { documentRels: [{ type: 'hyperlink', target: 'http://example.com/', mode: 'External' }] },
        ),
      [
        'Word 文档引用了外部地址（http://example.com/，在 word/_rels/document.xml.rels 中、http://example.com/t.dotm，在 word/_rels/settings.xml.rels 中） — 删除超链接（右键 → 取消超链接）、链接到外部的图片和模板后重新保存，再上传：外部地址在内网打不开，还可能在打开时从外部下载内容',
      ],
    ],
    [
      'fields that run a program (DDE)',
      () =>
        docx({
          'word/document.xml': make.documentXml(
            '<w:p><w:r><w:instrText> DD</w:instrText></w:r><w:r><w:instrText>EAUTO cmd "/k calc"</w:instrText></w:r></w:p>',
          ),
        }),
      [
        'Word 文档中有调用程序或外部文件的域（DDEAUTO，在 word/document.xml 中） — 全选正文，按 Ctrl+Shift+F9 把域转为普通文字，再保存上传',
      ],
    ],
    [
      'Excel formulas that call a program, and links to other workbooks',
      () =>
        make.zipOf(
          make.xlsxParts(
            {
              'xl/externalLinks/externalLink1.xml': '<externalLink/>',
              '[Content_Types].xml': make.contentTypes({
                '/xl/workbook.xml': make.EXCEL_MAIN,
                '/xl/externalLinks/externalLink1.xml':
                  'application/vnd.openxmlformats-officedocument.spreadsheetml.externalLink+xml',
              }),
            },
            { sheet: `<c r="A1"><f>cmd|'/c calc'!A0</f></c>` },
          ),
        ),
      [
        'Excel 表格引用了外部地址（xl/externalLinks/externalLink1.xml） — 删除超链接，在“数据 → 编辑链接”中断开与其他工作簿的链接后重新保存，再上传：外部地址在内网打不开，还可能在打开时从外部下载内容',
        "Excel 表格中有调用其他程序的公式（xl/worksheets/sheet1.xml：cmd|'/c calc'!） — 删除这些公式（改为填写数值），再保存上传",
      ],
    ],
    [
      'names that leave the package: ../, a leading /, backslashes',
      () => docx({ '../evil.xml': 'x', '/etc/evil.xml': 'x', 'word\\evil.xml': 'x' }),
      [
        'Word 文档中的文件路径不安全（../evil.xml、/etc/evil.xml、word\\evil.xml：含 ../、以 / 开头、含反斜杠或是链接） — 这个文件被改动过：不要上传；在 Word 中打开原始文档，另存为新的 .docx（文件类型选“Word 文档”），再上传',
      ],
    ],
    [
      'an encrypted entry',
      async () => make.markEncrypted(await docx(), 'word/document.xml'),
      [
        'Word 文档中有加密的部分（word/document.xml） — 这不是 Word 保存的文档：在 Word 中打开原始文档，另存为新的 .docx（文件类型选“Word 文档”），再上传',
      ],
    ],
    [
      'a zip bomb: a part that inflates a thousandfold, refused by its declared sizes',
      () => docx({ 'word/padding.xml': new Uint8Array(2 * 1024 * 1024) }),
      [
        'Word 文档中有压缩比异常的部分（word/padding.xml 解压后 2.0 MB，是压缩后的 1024 倍；上限 100 倍），可能是“压缩炸弹” — 这个文件被改动过：不要上传；在 Word 中打开原始文档，另存为新的 .docx（文件类型选“Word 文档”），再上传',
      ],
    ],
    [
      'a central directory declaring gigabytes',
      async () => make.declareSize(await docx({ 'word/padding.xml': 'x'.repeat(1000) }), 'word/padding.xml', 3e9),
      [
        'Word 文档解压后太大（2861.0 MB，上限 100 MB，超出 2761.0 MB） — 删除或压缩文档中的大图片，或拆成几个文件；文件本身不大而解压后这么大，可能是“压缩炸弹”，不要上传',
      ],
    ],
    [
      'a declared size that lies (inflation stops at it)',
      async () => make.declareSize(await docx({ 'word/padding.xml': 'x'.repeat(100_000) }), 'word/padding.xml', 10),
      [
        'Word 文档无法读取：word/padding.xml 解压后比压缩目录声明的 10 字节大（声明的大小是假的） — 在 Word 中打开原始文档，另存为新的 .docx（文件类型选“Word 文档”），再上传',
      ],
    ],
    [
      'too many entries',
      () => docx(Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`word/media/p${i}.png`, '']))),
      [
        'Word 文档中的部分太多（1004 个，上限 1000 个，超出 4 个） — 在 Word 中打开原始文档，另存为新的 .docx（文件类型选“Word 文档”），再上传；仍然这么多时，拆成几个文件',
      ],
    ],
    [
      'two entries of one name',
      async () => make.replaceBytes(await docx({ 'word/a.xml': 'a', 'word/b.xml': 'b' }), 'word/b.xml', 'word/a.xml'),
      [
        'Word 文档无法读取：有两个名为 word/a.xml 的部分 — 在 Word 中打开原始文档，另存为新的 .docx（文件类型选“Word 文档”），再上传',
      ],
    ],
    [
      'a local header that names another file than the directory',
      async () => make.replaceBytes(await docx({ 'word/a.xml': 'a' }), 'word/a.xml', 'word/z.xml', 1),
      [
        'Word 文档无法读取：word/a.xml 的数据与压缩目录不一致 — 在 Word 中打开原始文档，另存为新的 .docx（文件类型选“Word 文档”），再上传',
      ],
    ],
    [
      'a plain zip renamed .docx',
      () => make.zipOf({ '党员名册.docx': 'x' }),
      [
        '不是有效的Word 文档：压缩包中没有 [Content_Types].xml — 这可能是改了扩展名的压缩包或其他文件：上传用 Word 保存的 .docx 原始文件',
      ],
    ],
    [
      'a package whose main document is missing',
      () => make.zipOf(Object.fromEntries(Object.entries(make.docxParts()).filter(([n]) => n !== 'word/document.xml'))),
      [
        '不是有效的Word 文档：缺少主文档 word/document.xml — 这可能是改了扩展名的压缩包或其他文件：上传用 Word 保存的 .docx 原始文件',
      ],
    ],
    [
      'a PowerPoint file renamed .docx',
      () => docx({}, { main: 'application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml' }),
      ['内容是PowerPoint 演示文稿，不是扩展名所说的Word 文档 — 上传原始文件，不要只改扩展名'],
    ],
    [
      'a truncated file',
      async () => (await docx()).subarray(0, 600),
      [
        'Word 文档无法读取：找不到压缩目录（文件不完整、已损坏，或末尾附加了其他数据） — 在 Word 中打开原始文档，另存为新的 .docx（文件类型选“Word 文档”），再上传',
      ],
    ],
  ];
  it.each(refusals)('refuses %s', async (_description, build, expected) => {
    // The Excel cases are named .xlsx by their message.
    const name = expected[0]!.startsWith('Excel') ? 'form.xlsx' : 'form.docx';
    expect(said(inspectFile(await build(), name))).toEqual(expected);
  });

  it('names a password-protected Word file (an encrypted package inside an OLE file)', () => {
    const encrypted = make.oleFile([
      { name: 'EncryptionInfo', data: new Uint8Array(8) },
      { name: 'EncryptedPackage', data: new Uint8Array(8) },
    ]);
    expect(said(inspectFile(encrypted, 'form.docx'))).toEqual([
      'Word 文档设置了打开密码（已加密），无法检查其内容 — 在 Word 中取消密码（文件 → 信息 → 保护文档 → 用密码进行加密，清空密码）后重新保存，再上传',
    ]);
  });
});

describe('Word 97-2003 and Excel 97-2003 files', () => {
  const word = (flags = 0) => ({ name: 'WordDocument', data: make.wordDocumentStream(flags) });
  it('refuses a macro storage, an embedded package, encryption, a missing main stream, a broken header', () => {
    expect(said(inspectFile(make.oleFile([word(), { name: 'Macros' }, { name: '_VBA_PROJECT' }]), 'a.doc'))).toEqual([
      'Word 97-2003 文档中含有宏（Macros、_VBA_PROJECT） — 在 Word 中打开，另存为不含宏的 .docx（文件类型选“Word 文档”），再上传',
    ]);
    expect(problems(inspectFile(make.oleFile([word(), { name: '\u0001Ole10Native' }]), 'a.wps'))).toEqual([
      'WPS 文字文档中嵌入了对象（Ole10Native）',
    ]);
    expect(said(inspectFile(make.oleFile([word(0x0100)]), 'a.doc'))).toEqual([
      'Word 97-2003 文档设置了打开密码（已加密），无法检查其内容 — 取消密码后，在 Word 中打开，另存为 .docx（文件类型选“Word 文档”），再上传',
    ]);
    expect(problems(inspectFile(make.oleFile([{ name: '1Table', data: new Uint8Array(8) }]), 'a.doc'))).toEqual([
      '不是有效的Word 97-2003 文档：缺少正文数据（WordDocument）',
    ]);
    const broken = new Uint8Array(fixture('libreoffice-form.doc').subarray(0, 600));
    expect(problems(inspectFile(broken, 'a.doc'))).toEqual(['Word 97-2003 文档无法读取：文件头或目录已损坏']);
  });

  it('refuses an Excel 4.0 macro sheet, a VBA project and a password', () => {
    const book = (sheets: { name: string; type: number }[], options = {}) => ({
      name: 'Workbook',
      data: make.workbookStream(sheets, options),
    });
    const macroSheet = make.oleFile([
      book([
        { name: 'Sheet1', type: 0 },
        { name: 'Auto_Open', type: 1 },
      ]),
    ]);
    expect(said(inspectFile(macroSheet, 'a.xls'))).toEqual([
      'Excel 97-2003 表格中含有宏（宏表） — 在 Excel 中打开，另存为不含宏的 .xlsx（文件类型选“Excel 工作簿”），再上传',
    ]);
    const vba = make.oleFile([book([{ name: 'Sheet1', type: 0 }]), { name: '_VBA_PROJECT_CUR' }, { name: 'VBA' }]);
    expect(problems(inspectFile(vba, 'a.et'))).toEqual(['WPS 表格中含有宏（_VBA_PROJECT_CUR、VBA）']);
    const password = make.oleFile([book([{ name: 'Sheet1', type: 0 }], { encrypted: true })]);
    expect(problems(inspectFile(password, 'a.xls'))).toEqual([
      'Excel 97-2003 表格设置了打开密码（已加密），无法检查其内容',
    ]);
  });
});

describe('PDF files', () => {
  const AGAIN = '用“打印为 PDF”（WPS 的“输出为 PDF”或 Microsoft Print to PDF）重新生成一份，再上传';
  const js = '<< /S /JavaScript /JS (app.alert\\(1\\)) >>';
  it('refuse JavaScript, and say when it runs on opening', () => {
    expect(said(inspectFile(make.onePagePdf(`/OpenAction ${js}`), 'a.pdf'))).toEqual([
      `PDF 文件中含有 JavaScript 脚本（/JavaScript、/JS；/OpenAction 让它在打开时自动运行） — ${AGAIN}：打印出的 PDF 不含脚本`,
    ]);
    expect(problems(inspectFile(make.onePagePdf(`/Names << /JavaScript 5 0 R >>`), 'a.pdf'))).toEqual([
      'PDF 文件中含有 JavaScript 脚本（/JavaScript）',
    ]);
  });

  it('decode #xx escapes in names before judging them', () => {
    expect(problems(inspectFile(make.onePagePdf('/AA << /O << /S /J#61vaScript /J#53 (x) >> >>'), 'a.pdf'))).toEqual([
      'PDF 文件中含有 JavaScript 脚本（/J#61vaScript 即 /JavaScript、/J#53 即 /JS；/AA 让它在打开时自动运行）',
    ]);
  });

  it('decode compressed object streams (FlateDecode) before judging them', () => {
    const hidden = make.onePagePdf('/OpenAction 6 0 R', [make.objectStream(['<< /S /Launch /F (cmd.exe) >>'], 6)]);
    expect(Buffer.from(hidden).includes('/Launch')).toBe(false);
    expect(said(inspectFile(hidden, 'a.pdf'))).toEqual([`PDF 文件中含有启动程序的动作（/Launch） — ${AGAIN}`]);
  });

  it('read names a “stream” inside a string would hide from a naive scan', () => {
    const tricky = make.onePagePdf('/Title (stream\n) /AcroForm << /XFA 5 0 R >>');
    expect(problems(inspectFile(tricky, 'a.pdf'))).toEqual([
      'PDF 文件是 XFA 动态表单（/XFA），多数阅读器显示不了，还可能含有脚本',
    ]);
  });

  it('refuse embedded files, rich media, encryption', () => {
    const embedded = make.onePagePdf('/Names << /EmbeddedFiles << /Names [(a.exe) 5 0 R] >> >>');
    expect(said(inspectFile(embedded, 'a.pdf'))).toEqual([
      `PDF 文件中嵌有其他文件（/EmbeddedFiles） — 删除 PDF 中的附件，或${AGAIN}；附件单独上传`,
    ]);
    expect(problems(inspectFile(make.onePagePdf('', ['<< /Type /Annot /Subtype /RichMedia >>']), 'a.pdf'))).toEqual([
      'PDF 文件中含有多媒体或 Flash 内容（/RichMedia）',
    ]);
    const encrypted = make.pdf(['<< /Type /Catalog >>', '<< /Filter /Standard /V 2 >>'], {
      trailer: '/Encrypt 2 0 R ',
    });
    expect(said(inspectFile(encrypted, 'a.pdf'))).toEqual([
      `PDF 文件已加密（设置了密码或权限限制），无法检查其内容 — 去掉密码和权限限制后重新导出，或${AGAIN}`,
    ]);
  });

  it('refuse what cannot be read safely: other filters, an object stream bomb, a truncated file', () => {
    const lzw = make.streamObject('<< /Type /ObjStm /N 1 /First 4 /Filter /LZWDecode >>', '\x80\x0b\x60\x50');
    expect(said(inspectFile(make.onePagePdf('', [lzw]), 'a.pdf'))).toEqual([
      `PDF 文件无法检查：有无法检查的压缩对象（/LZWDecode） — ${AGAIN}`,
    ]);
    const bomb = make.streamObject(
      '<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode >>',
      make.deflated(new Uint8Array(21 * 1024 * 1024)),
    );
    expect(problems(inspectFile(make.onePagePdf('', [bomb]), 'a.pdf'))).toEqual([
      'PDF 文件无法检查：压缩对象解开后超过 20 MB 上限，可能是“压缩炸弹”',
    ]);
    const whole = make.onePagePdf();
    expect(said(inspectFile(whole.subarray(0, whole.length - 200), 'a.pdf'))).toEqual([
      'PDF 文件不完整：末尾没有 %%EOF — 重新导出或重新拷贝这个 PDF（常见原因：拷贝中断、没有下载完整）',
    ]);
  });
});

describe('images', () => {
  it('refuse one that declares too many pixels, before decoding it', () => {
    // A PNG header declaring 20000×20000: the pixel cap answers from the header alone.
    const header = Buffer.from('89504e470d0a1a0a0000000d4948445200004e2000004e2008020000000000000000', 'hex');
    expect(said(inspectFile(header, 'scan.png'))).toEqual([
      '图片像素太多（20000×20000，40000 万像素，上限 5000 万，超出 35000 万） — 缩小图片（长边 8000 像素以内；扫描件用 300 dpi 即可）后重新导出',
    ]);
  });

  it('refuse one that does not decode to the end', async () => {
    const png = await sharp({ create: { width: 200, height: 200, channels: 3, background: '#c00' } })
      .png()
      .toBuffer();
    const [finding] = await inspectFileFully(png.subarray(0, png.length - 30), 'scan.png');
    expect(finding!.problem).toMatch(/^图片 scan\.png 已损坏，无法完整读取（.+）$/);
  });
});

describe('publishing', () => {
  it('zips files that pass, and stops the build in Chinese at one that does not', async () => {
    const good = await docx();
    const zip = await zipBytes([
      { name: '模板05-请示.docx', bytes: good },
      { name: '原件/样表.pdf', bytes: make.onePagePdf() },
    ]);
    expect(zip.length).toBeGreaterThan(0);
    const macro = await docx({ 'word/vbaProject.bin': new Uint8Array(8) });
    await expect(zipBytes([{ name: '原件/样表.docx', bytes: macro }])).rejects.toThrow(
      '以下文件没有通过发布前的检查，构建已停止：\n  样表.docx: Word 文档中含有宏（word/vbaProject.bin） — ',
    );
  });
});
