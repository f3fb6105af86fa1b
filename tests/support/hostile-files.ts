/**
 * Files built in memory for the publishing gate's tests (tests/unit/file-inspect.test.ts) and for the committed
 * bad-input cases 40–49 (tests/support/make-bad-attachments.ts writes those): minimal but well-formed Word and Excel
 * packages, hand-written PDFs, OLE compound files, and the byte surgery that makes them hostile.
 */
import JSZip from 'jszip';
import { deflateSync } from 'node:zlib';

const DATE = new Date('2022-01-01T00:00:00Z');
const OFFICE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

export type Parts = Record<string, string | Uint8Array>;

/** A zip of the parts in the order given, deterministic. */
export async function zipOf(parts: Parts, options: { level?: number } = {}): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [name, data] of Object.entries(parts)) zip.file(name, data, { date: DATE, createFolders: false });
  return zip.generateAsync({
    type: 'uint8array',
    compression: 'DEFLATE',
    compressionOptions: { level: options.level ?? 6 },
    platform: 'DOS',
  });
}

export const contentTypes = (overrides: Record<string, string>, defaults: Record<string, string> = {}) =>
  `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
  `<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
  `<Default Extension="xml" ContentType="application/xml"/>` +
  Object.entries(defaults)
    .map(([ext, type]) => `<Default Extension="${ext}" ContentType="${type}"/>`)
    .join('') +
  Object.entries(overrides)
    .map(([part, type]) => `<Override PartName="${part}" ContentType="${type}"/>`)
    .join('') +
  '</Types>';

export interface Rel {
  type: string;
  target: string;
  mode?: 'External';
}
export const rels = (list: Rel[]) =>
  `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
  list
    .map(
      (r, i) =>
        `<Relationship Id="rId${i + 1}" Type="${r.type.startsWith('http') ? r.type : `${OFFICE}/${r.type}`}" Target="${r.target}"${r.mode ? ` TargetMode="${r.mode}"` : ''}/>`,
    )
    .join('') +
  '</Relationships>';

export const WORD_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
export const WORD_MACRO_MAIN = 'application/vnd.ms-word.document.macroEnabled.main+xml';
export const EXCEL_MAIN = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml';

export const documentXml = (body = '<w:p><w:r><w:t>党员名册</w:t></w:r></w:p>') =>
  `${XML}<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;

/** The parts of a minimal Word document; `extra` adds or replaces parts. */
export function docxParts(
  extra: Parts = {},
  { main = WORD_MAIN, documentRels = [] as Rel[], types = {} as Record<string, string> } = {},
): Parts {
  return {
    '[Content_Types].xml': contentTypes({ '/word/document.xml': main, ...types }),
    '_rels/.rels': rels([{ type: 'officeDocument', target: 'word/document.xml' }]),
    'word/document.xml': documentXml(),
    'word/_rels/document.xml.rels': rels(documentRels),
    ...extra,
  };
}

/** The parts of a minimal Excel workbook with one sheet. */
export function xlsxParts(
  extra: Parts = {},
  { sheet = '<c r="A1" t="inlineStr"><is><t>姓名</t></is></c>' } = {},
): Parts {
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  return {
    '[Content_Types].xml': contentTypes({
      '/xl/workbook.xml': EXCEL_MAIN,
      '/xl/worksheets/sheet1.xml': 'application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml',
    }),
    '_rels/.rels': rels([{ type: 'officeDocument', target: 'xl/workbook.xml' }]),
    'xl/workbook.xml': `${XML}<workbook xmlns="${ns}" xmlns:r="${OFFICE}"><sheets><sheet name="名册" sheetId="1" r:id="rId1"/></sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': rels([{ type: 'worksheet', target: 'worksheets/sheet1.xml' }]),
    'xl/worksheets/sheet1.xml': `${XML}<worksheet xmlns="${ns}"><sheetData><row r="1">${sheet}</row></sheetData></worksheet>`,
    ...extra,
  };
}

/** Offsets of a zip's central-directory record and local header for the entry of a name. */
function recordsOf(zip: Uint8Array, name: string): { central: number; local: number } {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  const wanted = Buffer.from(name, 'utf8');
  for (let at = 0; at + 46 < zip.length; at += 1) {
    if (view.getUint32(at, true) !== 0x02014b50) continue;
    const length = view.getUint16(at + 28, true);
    if (Buffer.compare(Buffer.from(zip.subarray(at + 46, at + 46 + length)), wanted) === 0)
      return { central: at, local: view.getUint32(at + 42, true) };
  }
  throw new Error(`测试夹具：压缩包中没有 ${name}`);
}

/** A copy of a zip with an entry's declared uncompressed size replaced (in the directory and the local header). */
export function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  const { central, local } = recordsOf(out, name);
  view.setUint32(central + 24, size, true);
  view.setUint32(local + 22, size, true);
  return out;
}

/** A copy of a zip with an entry marked encrypted (general-purpose flag bit 0). */
export function markEncrypted(zip: Uint8Array, name: string): Uint8Array {
  const out = new Uint8Array(zip);
  const view = new DataView(out.buffer);
  const { central, local } = recordsOf(out, name);
  view.setUint16(central + 8, view.getUint16(central + 8, true) | 1, true);
  view.setUint16(local + 6, view.getUint16(local + 6, true) | 1, true);
  return out;
}

/** A copy of a zip with bytes replaced where `from` first occurs (a name in the directory, local header, or both). */
export function replaceBytes(zip: Uint8Array, from: string, to: string, count = 2): Uint8Array {
  const out = Buffer.from(zip);
  const a = Buffer.from(from, 'latin1');
  const b = Buffer.from(to, 'latin1');
  if (a.length !== b.length) throw new Error('测试夹具：替换前后长度应相同');
  for (let i = 0, at = out.indexOf(a); i < count && at >= 0; i += 1, at = out.indexOf(a, at + 1)) b.copy(out, at);
  return new Uint8Array(out);
}

/** A PDF of the given object bodies (numbered from 1; the first is the catalog), with a correct xref table. */
export function pdf(objects: readonly string[], { trailer = '' } = {}): Uint8Array {
  let text = '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(text.length);
    text += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = text.length;
  text += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  text += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  text += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailer}>>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(text, 'latin1'));
}

/** A one-page PDF whose catalog carries `catalog` (e.g. an /OpenAction). */
export const onePagePdf = (catalog = '', more: string[] = []) =>
  pdf([
    `<< /Type /Catalog /Pages 2 0 R ${catalog}>>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>',
    streamObject('<< >>', 'BT /F1 12 Tf 72 720 Td (Hello) Tj ET'),
    ...more,
  ]);

/** A stream object's text: the dictionary with its /Length, and the data. */
export function streamObject(dictionary: string, data: string): string {
  return `${dictionary.replace(/>>$/, `/Length ${data.length} >>`)}\nstream\n${data}\nendstream`;
}

/** Bytes deflated (zlib, as PDF's FlateDecode), as the latin1 text a PDF body is written in. */
export const deflated = (bytes: Uint8Array) => deflateSync(bytes, { level: 1 }).toString('latin1');

/** A compressed object stream (/ObjStm, FlateDecode) holding the given objects, numbered from `first`. */
export function objectStream(objects: readonly string[], first: number): string {
  let header = '';
  let body = '';
  objects.forEach((o, i) => {
    header += `${first + i} ${body.length} `;
    body += `${o}\n`;
  });
  const data = deflated(Buffer.from(header + body, 'latin1'));
  return streamObject(`<< /Type /ObjStm /N ${objects.length} /First ${header.length} /Filter /FlateDecode >>`, data);
}

export interface OleEntry {
  name: string;
  /** A stream's bytes (padded to 4096, so it is read from the main allocation table), or a storage when absent. */
  data?: Uint8Array;
}

/** A version-3 OLE compound file with a root and the given entries, every stream in regular 512-byte sectors. */
export function oleFile(entries: readonly OleEntry[]): Uint8Array {
  const SECTOR = 512;
  const FREE = 0xffffffff;
  const END = 0xfffffffe;
  const all = [{ name: 'Root Entry', type: 5 }, ...entries.map((e) => ({ ...e, type: e.data ? 2 : 1 }))];
  const dirSectors = Math.ceil(all.length / 4);
  const streams = all.map((e) => ('data' in e && e.data ? padded(e.data) : undefined));
  const fat: number[] = [0xfffffffd];
  const chainOf = (count: number) => {
    const start = fat.length;
    for (let i = 0; i < count; i += 1) fat.push(i === count - 1 ? END : fat.length + 1);
    return start;
  };
  const dirStart = chainOf(dirSectors);
  const starts = streams.map((s) => (s ? chainOf(s.length / SECTOR) : END));
  if (fat.length > SECTOR / 4) throw new Error('测试夹具：OLE 文件太大');
  const out = new Uint8Array(SECTOR * (fat.length + 1));
  const view = new DataView(out.buffer);
  out.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  view.setUint16(0x18, 0x3e, true);
  view.setUint16(0x1a, 3, true);
  view.setUint16(0x1c, 0xfffe, true);
  view.setUint16(0x1e, 9, true);
  view.setUint16(0x20, 6, true);
  view.setUint32(0x2c, 1, true);
  view.setUint32(0x30, dirStart, true);
  view.setUint32(0x38, 4096, true);
  view.setUint32(0x3c, END, true);
  view.setUint32(0x44, END, true);
  for (let i = 0; i < 109; i += 1) view.setUint32(0x4c + i * 4, i === 0 ? 0 : FREE, true);
  for (let i = 0; i < SECTOR / 4; i += 1) view.setUint32(SECTOR + i * 4, fat[i] ?? FREE, true);
  all.forEach((entry, i) => {
    const at = SECTOR * (dirStart + 1) + i * 128;
    const name = Buffer.from(`${entry.name}\0`, 'utf16le');
    out.set(name, at);
    view.setUint16(at + 0x40, name.length, true);
    out[at + 0x42] = entry.type;
    out[at + 0x43] = 1;
    view.setUint32(at + 0x44, FREE, true);
    view.setUint32(at + 0x48, i > 0 && i < all.length - 1 ? i + 1 : FREE, true);
    view.setUint32(at + 0x4c, i === 0 && all.length > 1 ? 1 : FREE, true);
    view.setUint32(at + 0x74, starts[i]!, true);
    view.setUint32(at + 0x78, streams[i]?.length ?? 0, true);
    if (streams[i]) out.set(streams[i]!, SECTOR * (starts[i]! + 1));
  });
  for (let i = all.length; i < dirSectors * 4; i += 1) {
    const at = SECTOR * (dirStart + 1) + i * 128;
    view.setUint32(at + 0x44, FREE, true);
    view.setUint32(at + 0x48, FREE, true);
    view.setUint32(at + 0x4c, FREE, true);
  }
  return out;
}

const padded = (data: Uint8Array) => {
  const out = new Uint8Array(Math.max(4096, Math.ceil(data.length / 512) * 512));
  out.set(data);
  return out;
};

/** The start of a Word 97 WordDocument stream (its FIB): wIdent 0xA5EC and the flags word. */
export function wordDocumentStream(flags = 0): Uint8Array {
  const fib = new Uint8Array(64);
  const view = new DataView(fib.buffer);
  view.setUint16(0, 0xa5ec, true);
  view.setUint16(2, 0xc1, true);
  view.setUint16(0x0a, flags, true);
  return fib;
}

/** An Excel 97 Workbook stream: BOF, the given sheets (BoundSheet8 with its type), a FILEPASS if asked, EOF. */
export function workbookStream(sheets: { name: string; type: number }[], { encrypted = false } = {}): Uint8Array {
  const record = (type: number, data: Uint8Array) => {
    const head = new Uint8Array(4);
    new DataView(head.buffer).setUint16(0, type, true);
    new DataView(head.buffer).setUint16(2, data.length, true);
    return Buffer.concat([head, data]);
  };
  const parts = [record(0x0809, new Uint8Array(16))];
  if (encrypted) parts.push(record(0x002f, new Uint8Array(54)));
  for (const sheet of sheets) {
    const name = Buffer.from(sheet.name, 'latin1');
    parts.push(record(0x0085, Uint8Array.from([0, 0, 0, 0, 0, sheet.type, name.length, 0, ...name])));
  }
  parts.push(record(0x000a, new Uint8Array(0)));
  return new Uint8Array(Buffer.concat(parts));
}

/**
 * A copy of an OLE file with one directory entry renamed and turned into an empty storage: how a real Word 97 file
 * is given a “Macros” storage without Word.
 */
export function renameOleEntry(file: Uint8Array, from: string, to: string): Uint8Array {
  const out = Buffer.from(file);
  const at = out.indexOf(Buffer.from(`${from}\0`, 'utf16le'));
  if (at < 0 || at % 128 !== 0) throw new Error(`测试夹具：OLE 文件中没有 ${from}`);
  out.fill(0, at, at + 64);
  const name = Buffer.from(`${to}\0`, 'utf16le');
  name.copy(out, at);
  out.writeUInt16LE(name.length, at + 0x40);
  out[at + 0x42] = 1;
  out.writeUInt32LE(0, at + 0x74);
  out.writeUInt32LE(0, at + 0x78);
  return new Uint8Array(out);
}
