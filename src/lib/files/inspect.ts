/**
 * Is this file what its name claims, and safe to publish? One answer for bytes and a name, used wherever the site
 * publishes a file as it is: the content checker's attachment gate, the attachment endpoint and the zip builder
 * (which also gates the generated Word files). Answers are Chinese findings (problem and fix); the caller names the
 * file. The extension decides what the file must be; its leading bytes must agree; then its structure is opened:
 * PDFs (pdf.ts), Word and Excel packages (ooxml.ts), the old binary formats (ole.ts), images (image.ts).
 */
import { createHash } from 'node:crypto';
import { FILE_TYPES, OLE_MAGIC, sniff, startsWith, type FileExtension, type Finding } from './file-types.ts';
import { checkImageHeader, decodeImage, undecodable } from './image.ts';
import { MAX_FILE_BYTES, megabytes } from './limits.ts';
import { checkOle, isEncryptedPackage } from './ole.ts';
import { checkOoxml } from './ooxml.ts';
import { checkPdf } from './pdf.ts';

export type { Finding } from './file-types.ts';

const extensionOf = (name: string) => (name.includes('.') ? name.split('.').pop()!.toLowerCase() : '');
const isAllowed = (extension: string): extension is FileExtension => Object.hasOwn(FILE_TYPES, extension);

/** The size cap, said with the limit and how far over; undefined when within it. */
export function sizeFinding(bytes: number): Finding | undefined {
  if (bytes <= MAX_FILE_BYTES) return undefined;
  return {
    problem: `文件太大（${megabytes(bytes)}，上限 ${MAX_FILE_BYTES / 1048576} MB，超出 ${megabytes(bytes - MAX_FILE_BYTES)}）`,
    fix: `压缩或拆分到 ${MAX_FILE_BYTES / 1048576} MB 以内（扫描件可降低分辨率）`,
  };
}

/** Everything that can be judged without decoding an image: synchronous, so the checker's rules can call it. */
export function inspectFile(bytes: Uint8Array, name: string): Finding[] {
  const extension = extensionOf(name);
  if (!isAllowed(extension)) {
    const allowed = Object.keys(FILE_TYPES).map((e) => `.${e}`);
    return [{ problem: `不允许上传 .${extension} 文件`, fix: `只允许：${allowed.join('、')}` }];
  }
  const tooBig = sizeFinding(bytes.length);
  if (tooBig) return [tooBig];
  const type = FILE_TYPES[extension];
  if (!startsWith(bytes, type.magic)) {
    if ((extension === 'docx' || extension === 'xlsx') && startsWith(bytes, OLE_MAGIC) && isEncryptedPackage(bytes)) {
      return [
        {
          problem: `${type.label}设置了打开密码（已加密），无法检查其内容`,
          fix: `在 ${type.app} 中取消密码（文件 → 信息 → 保护文档 → 用密码进行加密，清空密码）后重新保存，再上传`,
        },
      ];
    }
    const actual = sniff(bytes.subarray(0, 16));
    return [
      {
        problem: `文件内容${actual ? `是${actual}` : '无法识别'}，不是扩展名所说的${type.label}`,
        fix: '上传原始文件，不要只改扩展名；可执行程序和压缩包不允许上传',
      },
    ];
  }
  try {
    if (extension === 'pdf') return checkPdf(bytes);
    if (extension === 'docx' || extension === 'xlsx') return checkOoxml(bytes, extension);
    if (extension === 'png' || extension === 'jpg') return checkImageHeader(bytes, type.label);
    return checkOle(bytes, extension);
  } catch {
    // A reader's bug must not become a stack trace for an editor, nor let the file through.
    return [
      {
        problem: `${type.label}无法检查（读取时出错）`,
        fix: `在 ${type.app || '原来的程序'} 中另存为新文件再上传；仍然如此时请告知网站维护人员`,
      },
    ];
  }
}

/** The whole answer: the structure, and for an image a full decode. */
export async function inspectFileFully(bytes: Uint8Array, name: string): Promise<Finding[]> {
  const findings = inspectFile(bytes, name);
  if (findings.length || !['png', 'jpg'].includes(extensionOf(name))) return findings;
  const reason = await decodeImage(bytes);
  return reason ? [undecodable(name, reason)] : [];
}

/** Answers by name and content: a build publishes the same Word file in many zips, and inspects it once. */
const answers = new Map<string, Promise<Finding[]>>();

/**
 * Stops the build, in Chinese, if any file is not safe to publish: the last gate before a file leaves the site,
 * for files the content checker never saw (the generated Word files) and those it did (uploaded originals).
 */
export async function assertSafeToPublish(files: readonly { name: string; bytes: Uint8Array }[]): Promise<void> {
  const refused: string[] = [];
  for (const { name, bytes } of files) {
    const key = `${name}:${createHash('sha256').update(bytes).digest('hex')}`;
    if (!answers.has(key)) answers.set(key, inspectFileFully(bytes, name));
    for (const f of await answers.get(key)!) refused.push(`  ${name}: ${f.problem} — ${f.fix}`);
  }
  if (refused.length) throw new Error(`以下文件没有通过发布前的检查，构建已停止：\n${refused.join('\n')}`);
}
