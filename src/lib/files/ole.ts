/**
 * The old binary formats (.doc .xls .wps .et) are OLE compound files: a small file system of storages and streams.
 * What is checked, because it is cheap and certain: the header is a valid compound-file header; the directory can be
 * followed through the allocation table; no storage or stream carries a macro project (Word's “Macros”, Excel's
 * “_VBA_PROJECT_CUR”, any “VBA” or “_VBA_PROJECT”) or an embedded object (“Ole10Native” packages, Word's ObjectPool
 * objects, Excel's MBD storages); a .doc or .xls holds its main stream; Word's and Excel's own encryption flags;
 * Excel 4.0 macro sheets (declared in the workbook's sheet list). Not checked: the contents of the text itself.
 *
 * A password-protected .docx or .xlsx is also a compound file (an “EncryptedPackage” stream): it is named as such.
 */
import { FILE_TYPES, listed, type Finding } from './file-types.ts';

export type OleExtension = 'doc' | 'xls' | 'wps' | 'et';

const END_OF_CHAIN = 0xfffffffe;
const FREE = 0xffffffff;
const MACRO_NAMES = new Set(['macros', 'vba', '_vba_project', '_vba_project_cur']);
/** Embedded objects: packaged files, Word's ObjectPool entries (_ and ten digits), Excel's MBD storages. */
const EMBEDDED_NAME = /^(\u0001Ole10Native|_\d{6,}|MBD[0-9A-F]{8})$/i;

interface DirectoryEntry {
  name: string;
  /** 1 storage, 2 stream, 5 root. */
  type: number;
  start: number;
  size: number;
}

interface CompoundFile {
  entries: DirectoryEntry[];
  /** A stream's bytes (up to `limit`), from the allocation table or the mini stream. */
  read: (entry: DirectoryEntry, limit: number) => Uint8Array | undefined;
}

/** The directory of a compound file, or undefined when its header or tables are not what the format requires. */
export function readCompoundFile(bytes: Uint8Array): CompoundFile | undefined {
  if (bytes.length < 512) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const major = u16(0x1a);
  const shift = u16(0x1e);
  if (u16(0x1c) !== 0xfffe || !((major === 3 && shift === 9) || (major === 4 && shift === 12)) || u16(0x20) !== 6)
    return undefined;
  const sectorSize = 1 << shift;
  const sectors = Math.floor((bytes.length - sectorSize) / sectorSize);
  const sectorAt = (n: number) => (n < sectors ? (n + 1) * sectorSize : undefined);

  // The allocation table's sectors: 109 listed in the header, the rest in a chain of DIFAT sectors.
  const fatSectors: number[] = [];
  for (let i = 0; i < 109; i += 1) fatSectors.push(u32(0x4c + i * 4));
  let difat = u32(0x44);
  for (let hops = 0; difat !== END_OF_CHAIN && difat !== FREE; hops += 1) {
    const at = sectorAt(difat);
    if (at === undefined || hops > sectors) return undefined;
    for (let i = 0; i < sectorSize / 4 - 1; i += 1) fatSectors.push(u32(at + i * 4));
    difat = u32(at + sectorSize - 4);
  }
  const fat: number[] = [];
  for (const sector of fatSectors.slice(0, u32(0x2c))) {
    const at = sectorAt(sector);
    if (at === undefined) return undefined;
    for (let i = 0; i < sectorSize / 4; i += 1) fat.push(u32(at + i * 4));
  }
  /** The sectors of a chain (each below `count`), or undefined if it leaves the file or loops. */
  const chain = (start: number, table: number[], count: number): number[] | undefined => {
    const out: number[] = [];
    for (let n = start; n !== END_OF_CHAIN; n = table[n]!) {
      if (n >= table.length || n >= count || out.length >= count) return undefined;
      out.push(n);
    }
    return out;
  };

  const directorySectors = chain(u32(0x30), fat, sectors);
  if (!directorySectors?.length) return undefined;
  const entries: DirectoryEntry[] = [];
  for (const sector of directorySectors) {
    const at = sectorAt(sector);
    if (at === undefined) return undefined;
    for (let e = at; e < at + sectorSize; e += 128) {
      const type = bytes[e + 0x42]!;
      if (type === 0) continue;
      const nameBytes = Math.min(u16(e + 0x40), 64);
      const name = new TextDecoder('utf-16le').decode(bytes.subarray(e, e + Math.max(0, nameBytes - 2)));
      entries.push({ name, type, start: u32(e + 0x74), size: u32(e + 0x78) });
    }
  }
  const root = entries.find((e) => e.type === 5);
  if (!root) return undefined;

  const cutoff = u32(0x38);
  const read = (entry: DirectoryEntry, limit: number): Uint8Array | undefined => {
    const want = Math.min(entry.size, limit);
    const parts: Uint8Array[] = [];
    if (entry.size >= cutoff || entry === root) {
      const list = chain(entry.start, fat, sectors);
      if (!list) return undefined;
      for (const s of list) parts.push(bytes.subarray(sectorAt(s)!, sectorAt(s)! + sectorSize));
    } else {
      // Small streams live in 64-byte sectors of the mini stream (the root's stream), listed in the mini table.
      const miniFat: number[] = [];
      for (const s of chain(u32(0x3c), fat, sectors) ?? []) {
        for (let i = 0; i < sectorSize / 4; i += 1) miniFat.push(u32(sectorAt(s)! + i * 4));
      }
      const mini = read(root, root.size);
      const list = mini && chain(entry.start, miniFat, Math.floor(mini.length / 64));
      if (!mini || !list) return undefined;
      for (const s of list) parts.push(mini.subarray(s * 64, s * 64 + 64));
    }
    const all = Buffer.concat(parts);
    return all.length >= want ? all.subarray(0, want) : undefined;
  };
  return { entries, read };
}

/** Excel's sheet list (BoundSheet8 records of the workbook globals): 'macro' for an Excel 4.0 or VBA module sheet. */
function workbookFlags(stream: Uint8Array): 'encrypted' | 'macro' | undefined {
  const view = new DataView(stream.buffer, stream.byteOffset, stream.byteLength);
  for (let at = 0; at + 4 <= stream.length;) {
    const type = view.getUint16(at, true);
    const length = view.getUint16(at + 2, true);
    if (type === 0x002f) return 'encrypted'; // FILEPASS: the rest is encrypted
    if (type === 0x0085 && at + 4 + 6 <= stream.length && [1, 6].includes(stream[at + 4 + 5]!)) return 'macro';
    if (type === 0x000a) return undefined; // EOF of the globals
    at += 4 + length;
  }
  return undefined;
}

export function checkOle(bytes: Uint8Array, extension: OleExtension): Finding[] {
  const { label, app } = FILE_TYPES[extension];
  const modern = extension === 'doc' || extension === 'wps' ? 'docx' : 'xlsx';
  const saveAs = (what = '') =>
    `在 ${app} 中打开，另存为${what} .${modern}（文件类型选“${modern === 'docx' ? 'Word 文档' : 'Excel 工作簿'}”），再上传`;
  const file = readCompoundFile(bytes);
  if (!file) return [{ problem: `${label}无法读取：文件头或目录已损坏`, fix: saveAs() }];

  const names = file.entries.map((e) => e.name);
  const findings: Finding[] = [];
  const macros = names.filter((n) => MACRO_NAMES.has(n.toLowerCase()));
  const embedded = names.filter((n) => EMBEDDED_NAME.test(n)).map((n) => n.replace('\u0001', ''));
  if (macros.length) findings.push({ problem: `${label}中含有宏（${listed(macros)}）`, fix: saveAs('不含宏的') });
  if (embedded.length) {
    findings.push({
      problem: `${label}中嵌入了对象（${listed(embedded)}）`,
      fix: '删除文档中嵌入的对象（插入的文件、表格、图表），表格、图表改为粘贴成图片，附件单独上传，再保存',
    });
  }

  const encrypted = { problem: `${label}设置了打开密码（已加密），无法检查其内容`, fix: `取消密码后，${saveAs()}` };
  const stream = (name: string) => file.entries.find((e) => e.type === 2 && e.name === name);
  if (extension === 'doc') {
    const word = stream('WordDocument');
    const fib = word && file.read(word, 0x20);
    if (!fib) return [...findings, { problem: `不是有效的${label}：缺少正文数据（WordDocument）`, fix: saveAs() }];
    // The FIB: wIdent 0xA5EC, then fEncrypted (0x0100) and fObfuscated (0x8000) in the flags at 0x0A.
    const flags = fib[0x0a]! | (fib[0x0b]! << 8);
    if (flags & 0x8100) findings.push(encrypted);
  }
  if (extension === 'xls' || extension === 'et') {
    const book = stream('Workbook') ?? stream('Book');
    if (!book && extension === 'xls')
      return [...findings, { problem: `不是有效的${label}：缺少工作簿数据（Workbook）`, fix: saveAs() }];
    const data = book && file.read(book, book.size);
    const flag = data && workbookFlags(data);
    if (flag === 'encrypted') findings.push(encrypted);
    if (flag === 'macro' && !macros.length)
      findings.push({ problem: `${label}中含有宏（宏表）`, fix: saveAs('不含宏的') });
  }
  return findings;
}

/** A .docx or .xlsx saved with a password is a compound file holding the encrypted package. */
export function isEncryptedPackage(bytes: Uint8Array): boolean {
  return !!readCompoundFile(bytes)?.entries.some((e) => e.name === 'EncryptedPackage' || e.name === 'EncryptionInfo');
}
