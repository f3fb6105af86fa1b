/**
 * A template's document model as a Word file laid out to GB/T 9704-2012: A4, margins
 * 3.7/3.5/2.8/2.6 cm, title 方正小标宋简体 2号 centred, body 仿宋_GB2312 3号, levels 黑体/楷体_GB2312/仿宋,
 * fixed 28 pt lines, 2-character first-line indent, 落款 and 成文日期 placed by the standard, page numbers “— n —”
 * (odd pages right, even pages left). A long title is broken between words into balanced lines (title-lines.ts).
 * Fonts are named, never embedded, with fallbacks and classes declared in the font table.
 * Identical input gives identical bytes.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeightRule,
  LineRuleType,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
  type IRunOptions,
} from 'docx';
import JSZip from 'jszip';
import { charWidth, MARGINS_MM, mm, PAGE_SIZE, SIZE, signatureIndent, TYPE_AREA_WIDTH } from './geometry.ts';
import type { Block, DocModel, Run } from './model.ts';
import { plainTextDeep } from '../plain-text.ts';

/**
 * Fonts as GB/T 9704 names them, each with what Word and WPS need to substitute it where it is not installed: the
 * name Windows 7 and later ship (altName: 仿宋, 楷体 have no _GB2312 suffix there), the PANOSE numbers Word writes
 * for the real face, the GB2312 charset, and the family class: roman for the serif faces (宋, 仿宋, 小标宋, 楷), swiss
 * for 黑体, so that a substitute comes from the same class. fontconfig.ts gives Linux machines the same classes.
 */
export const FONTS = {
  title: { name: '方正小标宋简体', altName: '宋体', panose: '02010600030101010101', serif: true },
  body: { name: '仿宋_GB2312', altName: '仿宋', panose: '02010609030101010101', serif: true },
  level1: { name: '黑体', altName: 'SimHei', panose: '02010609060101010101', serif: false },
  level2: { name: '楷体_GB2312', altName: '楷体', panose: '02010609030101010101', serif: true },
  pageNumber: { name: '宋体', altName: 'SimSun', panose: '02010600030101010101', serif: true },
  latin: { name: 'Times New Roman', altName: '', panose: '02020603050405020304', serif: true },
} as const;

/** One character of 3号 text in twips (16 pt × 20). */
const CHAR = SIZE.body * 10;
/** Fixed line pitch: 28 pt, in 240ths of a line as Word stores “exactly” spacing (twips). */
const LINE = 560;
/** Title line pitch: 35 pt, so the 22 pt lines of a broken title stand apart as in printed 公文. */
const TITLE_LINE = 700;
/** Core-properties date written into every file, so rebuilding gives identical bytes. */
export const DOCUMENT_DATE = '2022-01-01T00:00:00Z';

const font = (face: { name: string }): IRunOptions['font'] => ({
  ascii: FONTS.latin.name,
  hAnsi: FONTS.latin.name,
  eastAsia: face.name,
  hint: 'eastAsia',
});

const bodyRun = (text: string, face: { name: string } = FONTS.body, bold = false) =>
  new TextRun({ text, font: font(face), size: SIZE.body, ...(bold ? { bold } : {}) });

const fixedLines = { spacing: { line: LINE, lineRule: LineRuleType.EXACT, before: 0, after: 0 } } as const;

const empty = () => new Paragraph({ ...fixedLines, children: [] });

/** A body paragraph's runs, the level's opening words in the level's face (一、黑体, （一）楷体). */
function levelRuns(runs: Run[], level: number | undefined, headingLength: number | undefined): TextRun[] {
  const face = level === 1 ? FONTS.level1 : level === 2 ? FONTS.level2 : FONTS.body;
  let remaining = level && level <= 2 ? (headingLength ?? 0) : 0;
  const out: TextRun[] = [];
  for (const run of runs) {
    const chars = [...run.text];
    const head = chars.slice(0, remaining).join('');
    const rest = chars.slice(remaining).join('');
    remaining = Math.max(0, remaining - chars.length);
    if (head) out.push(bodyRun(head, face, run.bold));
    if (rest) {
      rest.split('\n').forEach((line, i) => {
        if (i > 0) out.push(new TextRun({ break: 1 }));
        if (line) out.push(bodyRun(line, FONTS.body, run.bold));
      });
    }
  }
  return out;
}

/**
 * Column widths within the type area, in proportion to the longest text in each column; a column whose body cells
 * are all empty is where people write, so it gets generous room.
 */
export function columnWidths(rows: string[][], total = TYPE_AREA_WIDTH): number[] {
  const columns = Math.max(...rows.map((r) => r.length));
  const weights = Array.from({ length: columns }, (_, c) => {
    const blank = rows.length > 1 && rows.slice(1).every((r) => !(r[c] ?? '').trim());
    return blank ? 12 : Math.min(12, Math.max(3, ...rows.map((r) => charWidth(r[c] ?? ''))));
  });
  return sharedWidths(weights, total);
}

/** Shares of the type area (any scale) as column widths in twips. */
function sharedWidths(shares: number[], total = TYPE_AREA_WIDTH): number[] {
  const sum = shares.reduce((a, b) => a + b, 0);
  const widths = shares.map((w) => Math.floor((w / sum) * total));
  widths[widths.length - 1]! += total - widths.reduce((a, b) => a + b, 0);
  return widths;
}

function tableOf(rows: string[][], shares?: number[], light = false): Table {
  const widths = shares ? sharedWidths(shares) : columnWidths(rows);
  const border = { style: BorderStyle.SINGLE, size: 6, color: '000000' };
  const cellMargins = { left: 100, right: 100, top: 40, bottom: 40 };
  return new Table({
    layout: TableLayoutType.FIXED,
    width: { size: TYPE_AREA_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    ...(light ? { margins: cellMargins } : {}),
    borders: {
      top: border,
      bottom: border,
      left: border,
      right: border,
      insideHorizontal: border,
      insideVertical: border,
    },
    rows: rows.map(
      (row, r) =>
        new TableRow({
          // Rows left blank for filling in get the height of two written lines.
          height: {
            value: row.every((cell) => !cell) || row.slice(1).every((c) => !c) ? 900 : 480,
            rule: HeightRule.ATLEAST,
          },
          tableHeader: r === 0,
          children: widths.map(
            (width, c) =>
              new TableCell({
                ...(light
                  ? {}
                  : {
                      width: { size: width, type: WidthType.DXA },
                      verticalAlign: VerticalAlignTable.CENTER,
                      margins: cellMargins,
                    }),
                children: [
                  new Paragraph({
                    alignment: r === 0 ? AlignmentType.CENTER : AlignmentType.LEFT,
                    spacing: { line: 400, lineRule: LineRuleType.EXACT },
                    children: row[c]
                      ? [new TextRun({ text: row[c], font: font(FONTS.body), size: SIZE.table, bold: r === 0 })]
                      : [],
                  }),
                ],
              }),
          ),
        }),
    ),
  });
}

function blockElements(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'paragraph':
      return [
        new Paragraph({
          ...fixedLines,
          alignment: AlignmentType.BOTH,
          indent: { firstLine: 2 * CHAR },
          children: levelRuns(block.runs, block.level, block.headingLength),
        }),
      ];
    case 'heading': {
      const face = block.level === 1 ? FONTS.level1 : block.level === 2 ? FONTS.level2 : FONTS.body;
      return [new Paragraph({ ...fixedLines, indent: { firstLine: 2 * CHAR }, children: [bodyRun(block.text, face)] })];
    }
    case 'table':
      return [tableOf(block.rows, block.widths, block.light)];
    case 'attachments':
      // 附件说明: one blank line below the text, “附件：” two characters in, further items aligned under the first.
      return [
        empty(),
        ...block.items.map(
          (item, i) =>
            new Paragraph({
              ...fixedLines,
              indent: i === 0 ? { firstLine: 2 * CHAR } : { left: 5 * CHAR },
              children: [bodyRun(i === 0 ? `附件：${item}` : item)],
            }),
        ),
      ];
  }
}

/** Blocks in order; two tables in a row get an empty line between them, or Word would merge them into one. */
function blocksElements(blocks: Block[]): (Paragraph | Table)[] {
  return blocks.flatMap((block, i) => [
    ...(block.kind === 'table' && blocks[i - 1]?.kind === 'table' ? [empty()] : []),
    ...blockElements(block),
  ]);
}

/** A title centred in 2号 小标宋, its lines (title-lines.ts) set apart by line breaks within the one paragraph. */
const titleParagraph = (lines: string[]) =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { line: TITLE_LINE, lineRule: LineRuleType.EXACT },
    children: lines.map(
      (line, i) =>
        new TextRun({ text: line, font: font(FONTS.title), size: SIZE.title, ...(i > 0 ? { break: 1 } : {}) }),
    ),
  });

function pageNumberFooter(alignment: 'left' | 'right'): Footer {
  return new Footer({
    children: [
      new Paragraph({
        alignment: alignment === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT,
        // 单页码居右空一字，双页码居左空一字 (one character of 4号 text).
        indent: alignment === 'right' ? { right: 280 } : { left: 280 },
        children: [
          new TextRun({
            children: ['— ', PageNumber.CURRENT, ' —'],
            font: font(FONTS.pageNumber),
            size: SIZE.pageNumber,
          }),
        ],
      }),
    ],
  });
}

/**
 * The 使用提示 above a template's title, framed and in 楷体 so it reads as a note to the user, not as part of the
 * document, and says to delete it before printing.
 */
function noticeParagraphs(notices: readonly string[]): Paragraph[] {
  if (!notices.length) return [];
  const border = { style: BorderStyle.SINGLE, size: 6, color: '8A6100', space: 4 };
  return notices.map(
    (text) =>
      new Paragraph({
        ...fixedLines,
        border: { top: border, bottom: border, left: border, right: border },
        children: [bodyRun(`使用提示（打印前请删除本段）：${text}`, FONTS.level2)],
      }),
  );
}

export interface DocxMeta {
  /** Shown in the file's properties. */
  title: string;
  subject: string;
}

/** The model as a Word document (deterministic bytes), for the build in Node. */
export async function renderTemplateDocx(model: DocModel, meta: DocxMeta): Promise<Buffer> {
  const bytes = await renderDocxBytes(model, meta);
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * The same file as plain bytes, which a browser can also make (it has no Buffer). Every string of the model and
 * the properties is plain text first (plain-text.ts): a control character or U+FFFE in a template or a reader's
 * note would otherwise make document.xml invalid XML, and Word refuses to open such a file.
 */
export async function renderDocxBytes(dirtyModel: DocModel, dirtyMeta: DocxMeta): Promise<Uint8Array> {
  const model = plainTextDeep(dirtyModel);
  const meta = plainTextDeep(dirtyMeta);
  const children: (Paragraph | Table)[] = [
    ...noticeParagraphs(model.notice ?? []),
    titleParagraph(model.titleLines),
    empty(),
  ];
  if (model.addressee) children.push(new Paragraph({ ...fixedLines, children: [bodyRun(model.addressee)] }));
  children.push(...blocksElements(model.blocks));
  if (model.signature) {
    const indent = signatureIndent(model.signature);
    children.push(
      empty(),
      empty(),
      new Paragraph({
        ...fixedLines,
        alignment: AlignmentType.RIGHT,
        indent: { right: Math.round(indent.org * CHAR) },
        children: [bodyRun(model.signature.org)],
      }),
      new Paragraph({
        ...fixedLines,
        alignment: AlignmentType.RIGHT,
        indent: { right: indent.date * CHAR },
        children: [bodyRun(model.signature.date)],
      }),
      ...model.signature.notes.map(
        (note) => new Paragraph({ ...fixedLines, indent: { firstLine: 2 * CHAR }, children: [bodyRun(note)] }),
      ),
    );
  }
  // 附件另面编排: each attachment starts a page, “附件N” in 黑体 top left, its title centred like a document title.
  for (const appendix of model.appendices) {
    children.push(
      new Paragraph({ ...fixedLines, pageBreakBefore: true, children: [bodyRun(appendix.label, FONTS.level1)] }),
      empty(),
    );
    if (appendix.title) {
      children.push(titleParagraph(appendix.titleLines ?? [appendix.title]), empty());
    }
    children.push(...blocksElements(appendix.blocks));
  }

  const document = new Document({
    title: meta.title,
    subject: meta.subject,
    creator: meta.subject,
    lastModifiedBy: meta.subject,
    evenAndOddHeaderAndFooters: true,
    styles: {
      default: {
        document: {
          // zh-CN for East Asian text: Word's and LibreOffice's Chinese line-breaking rules, and the Simplified
          // Chinese face where a machine's fallback font covers several CJK languages (Noto CJK's SC, not its JP).
          run: { font: font(FONTS.body), size: SIZE.body, language: { value: 'en-US', eastAsia: 'zh-CN' } },
          paragraph: { spacing: { line: LINE, lineRule: LineRuleType.EXACT } },
        },
      },
    },
    sections: [
      {
        properties: {
          page: {
            size: PAGE_SIZE,
            // In twips: Word 2007 and older WPS read only plain numbers here, not “3.7cm”.
            margin: {
              top: mm(MARGINS_MM.top),
              bottom: mm(MARGINS_MM.bottom),
              left: mm(MARGINS_MM.left),
              right: mm(MARGINS_MM.right),
              header: mm(MARGINS_MM.header),
              footer: mm(MARGINS_MM.footer),
              gutter: 0,
            },
          },
        },
        footers: { default: pageNumberFooter('right'), even: pageNumberFooter('left') },
        children,
      },
    ],
  });
  return deterministic(await Packer.toArrayBuffer(document));
}

/** One w:font entry of the font table: name, the Windows name to use in its place, and its class. */
const fontEntry = (f: (typeof FONTS)[keyof typeof FONTS]) =>
  `<w:font w:name="${f.name}">` +
  (f.altName ? `<w:altName w:val="${f.altName}"/>` : '') +
  `<w:panose1 w:val="${f.panose}"/>` +
  `<w:charset w:val="${f === FONTS.latin ? '00' : '86'}"/>` +
  `<w:family w:val="${f.serif ? 'roman' : 'swiss'}"/><w:pitch w:val="variable"/></w:font>`;

/**
 * The font table. Word and WPS read it to substitute a missing font (altName first, then PANOSE, charset and family).
 * LibreOffice reads only the names: its DOCX import skips altName, panose1 and family, and on Linux it asks
 * fontconfig for the missing name itself, which answers sans-serif for a name it has no rule for; fontconfig.ts
 * holds the rules that make such a machine choose a serif for 仿宋/宋/小标宋/楷 and a sans for 黑体.
 */
const fontTableXml = () =>
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  Object.values(FONTS).map(fontEntry).join('') +
  '</w:fonts>';

/**
 * Rewrite the package so identical input gives identical bytes: fixed core-property dates and zip entry times, and
 * a font table naming each Chinese font's fallback (仿宋_GB2312 → 仿宋 …), which Word and WPS use when the
 * first font is not installed.
 */
async function deterministic(buffer: ArrayBuffer): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(buffer);
  const core = zip.file('docProps/core.xml');
  if (core) {
    const xml = (await core.async('string')).replace(
      /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g,
      `$1${DOCUMENT_DATE}$3`,
    );
    zip.file('docProps/core.xml', xml);
  }
  zip.file('word/fontTable.xml', fontTableXml());
  const out = new JSZip();
  const date = new Date(DOCUMENT_DATE);
  for (const name of Object.keys(zip.files).sort()) {
    const entry = zip.files[name]!;
    if (entry.dir) continue;
    out.file(name, await entry.async('uint8array'), { date, createFolders: false });
  }
  return out.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: 9 },
    platform: 'DOS',
  });
}
