/**
 * The attachment gate for uploaded originals (content/templates/attachments/): a file's contents must be what its
 * extension says (a renamed .exe is not a PDF), it must stay under the size cap, and every file must be referenced
 * by a template and every reference must exist.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Problem } from './problem.ts';

export const ATTACHMENT_DIR = 'content/templates/attachments';
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Allowed extensions, each with the leading bytes its files start with. */
export const ATTACHMENT_TYPES: Record<string, { label: string; magic: number[] }> = {
  pdf: { label: 'PDF 文件', magic: [0x25, 0x50, 0x44, 0x46] },
  docx: { label: 'Word 文档', magic: ZIP },
  xlsx: { label: 'Excel 表格', magic: ZIP },
  doc: { label: 'Word 97-2003 文档', magic: OLE },
  xls: { label: 'Excel 97-2003 表格', magic: OLE },
  wps: { label: 'WPS 文字文档', magic: OLE },
  et: { label: 'WPS 表格', magic: OLE },
  png: { label: 'PNG 图片', magic: [0x89, 0x50, 0x4e, 0x47] },
  jpg: { label: 'JPEG 图片', magic: [0xff, 0xd8, 0xff] },
};

const KNOWN_CONTENT: { label: string; magic: number[] }[] = [
  { label: '可执行程序（.exe）', magic: [0x4d, 0x5a] },
  { label: 'ELF 可执行程序', magic: [0x7f, 0x45, 0x4c, 0x46] },
  { label: 'RAR 压缩包', magic: [0x52, 0x61, 0x72, 0x21] },
  { label: '7z 压缩包', magic: [0x37, 0x7a, 0xbc, 0xaf] },
  ...Object.values(ATTACHMENT_TYPES),
];

const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** What a file's leading bytes say it is, in Chinese, or null if unrecognised. */
export function sniff(bytes: Uint8Array): string | null {
  return KNOWN_CONTENT.find((k) => startsWith(bytes, k.magic))?.label ?? null;
}

export interface AttachmentRef {
  /** The template file that names the attachment. */
  file: string;
  line: number;
  name: string;
}

export function checkAttachments(root: string, refs: AttachmentRef[]): Problem[] {
  const problems: Problem[] = [];
  const dir = join(root, ATTACHMENT_DIR);
  const present = existsSync(dir) ? readdirSync(dir).filter((f) => !f.startsWith('.') && f !== 'README.md') : [];
  const referenced = new Set(refs.map((r) => r.name));

  for (const ref of refs) {
    if (!present.includes(ref.name)) {
      problems.push({
        file: ref.file,
        line: ref.line,
        field: 'attachments',
        problem: `找不到附件文件 ${ref.name}`,
        fix: `把文件放进 ${ATTACHMENT_DIR}/，文件名与这里写的一致`,
      });
    }
  }
  for (const name of present) {
    const file = `${ATTACHMENT_DIR}/${name}`;
    const add = (problem: string, fix: string) => problems.push({ file, line: 1, field: '', problem, fix });
    const extension = name.split('.').pop()?.toLowerCase() ?? '';
    const type = ATTACHMENT_TYPES[extension];
    if (!type) {
      add(
        `不允许上传 .${extension} 文件`,
        `只允许：${Object.keys(ATTACHMENT_TYPES)
          .map((e) => `.${e}`)
          .join('、')}`,
      );
      continue;
    }
    const size = statSync(join(dir, name)).size;
    if (size > ATTACHMENT_MAX_BYTES) {
      add(
        `文件太大（${(size / 1048576).toFixed(1)} MB）`,
        `压缩或拆分到 ${ATTACHMENT_MAX_BYTES / 1048576} MB 以内（扫描件可降低分辨率）`,
      );
    }
    const head = readFileSync(join(dir, name)).subarray(0, 16);
    if (!startsWith(head, type.magic)) {
      const actual = sniff(head);
      add(
        `文件内容${actual ? `是${actual}` : '无法识别'}，不是扩展名所说的${type.label}`,
        '上传原始文件，不要只改扩展名；可执行程序和压缩包不允许上传',
      );
    }
    if (!referenced.has(name)) {
      add('这个附件没有被任何文书模板引用', '在对应模板的 attachments 中写上它，或删除这个文件');
    }
  }
  return problems;
}
