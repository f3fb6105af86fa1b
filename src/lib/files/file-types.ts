/**
 * The kinds of file the site publishes as they are (uploaded originals and the generated Word files), each with the
 * bytes its files start with and the words an editor's message uses for it.
 */

/** What is wrong with a file, and how an editor puts it right: the file itself is named by the caller. */
export interface Finding {
  problem: string;
  fix: string;
}

export interface FileType {
  /** In messages: 内容是…，不是扩展名所说的{label}. */
  label: string;
  magic: number[];
  /** The program that saves it again: 在 {app} 中另存为… */
  app: string;
}

const ZIP = [0x50, 0x4b, 0x03, 0x04];
export const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

/** Allowed extensions (lower case), each with its leading bytes. */
export const FILE_TYPES = {
  pdf: { label: 'PDF 文件', magic: [0x25, 0x50, 0x44, 0x46, 0x2d], app: 'WPS 或 Word' },
  docx: { label: 'Word 文档', magic: ZIP, app: 'Word' },
  xlsx: { label: 'Excel 表格', magic: ZIP, app: 'Excel' },
  doc: { label: 'Word 97-2003 文档', magic: OLE_MAGIC, app: 'Word' },
  xls: { label: 'Excel 97-2003 表格', magic: OLE_MAGIC, app: 'Excel' },
  wps: { label: 'WPS 文字文档', magic: OLE_MAGIC, app: 'WPS 文字' },
  et: { label: 'WPS 表格', magic: OLE_MAGIC, app: 'WPS 表格' },
  png: { label: 'PNG 图片', magic: [0x89, 0x50, 0x4e, 0x47], app: '' },
  jpg: { label: 'JPEG 图片', magic: [0xff, 0xd8, 0xff], app: '' },
} as const satisfies Record<string, FileType>;

export type FileExtension = keyof typeof FILE_TYPES;

/** Leading bytes of things that must never be published, named for the message. */
const DANGEROUS: { label: string; magic: number[] }[] = [
  { label: '可执行程序（.exe）', magic: [0x4d, 0x5a] },
  { label: 'ELF 可执行程序', magic: [0x7f, 0x45, 0x4c, 0x46] },
  { label: 'RAR 压缩包', magic: [0x52, 0x61, 0x72, 0x21] },
  { label: '7z 压缩包', magic: [0x37, 0x7a, 0xbc, 0xaf] },
  { label: 'CAB 压缩包', magic: [0x4d, 0x53, 0x43, 0x46] },
  { label: 'gzip 压缩包', magic: [0x1f, 0x8b] },
];

export const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  bytes.length >= magic.length && magic.every((b, i) => bytes[i] === b);

/** What a file's leading bytes say it is, in Chinese, or null if unrecognised. */
export function sniff(bytes: Uint8Array): string | null {
  const known = [...DANGEROUS, ...Object.values(FILE_TYPES)];
  return known.find((k) => startsWith(bytes, k.magic))?.label ?? null;
}

/** Leading bytes of executables and archives, for parts inside a package: 'executable', 'archive' or undefined. */
export function sniffHidden(bytes: Uint8Array): 'executable' | 'archive' | 'ole' | undefined {
  if (startsWith(bytes, [0x4d, 0x5a]) || startsWith(bytes, [0x7f, 0x45, 0x4c, 0x46])) return 'executable';
  const archives = [ZIP, [0x50, 0x4b, 0x05, 0x06], [0x50, 0x4b, 0x07, 0x08], ...DANGEROUS.slice(2).map((d) => d.magic)];
  if (archives.some((m) => startsWith(bytes, m))) return 'archive';
  if (startsWith(bytes, OLE_MAGIC)) return 'ole';
  return undefined;
}

/** A name from inside a file as a message can show it: control characters replaced. */
export const printable = (name: string) => name.replace(/[\u0000-\u001f\u007f]/g, '\ufffd');

/** Up to three names, then how many more: “a、b、c 等 7 处”. */
export function listed(names: readonly string[]): string {
  const shown = names.slice(0, 3).map(printable).join('、');
  return names.length > 3 ? `${shown} 等 ${names.length} 处` : shown;
}
