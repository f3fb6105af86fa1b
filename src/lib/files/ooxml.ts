/**
 * A .docx or .xlsx opened as the OOXML package it claims to be, all the way down: sizes, ratios and entry count
 * judged from the central directory before anything is inflated; then every part inflated under its declared size
 * and judged by name, leading bytes, content type and relationships; then the package itself (content types, the
 * main document the root relationships name, of the right type). Refused: macros, embedded objects and controls,
 * executables, archives, external relationships, fields or formulas that call out, unsafe paths, encryption.
 */
import { FILE_TYPES, listed, printable, sniffHidden, type Finding } from './file-types.ts';
import {
  MAX_COMPRESSION_RATIO,
  MAX_PACKAGE_ENTRIES,
  MAX_UNPACKED_BYTES,
  megabytes,
  RATIO_GRACE_BYTES,
} from './limits.ts';
import { inflatePart, readZipDirectory, type ZipPart } from './zip-directory.ts';

export type OoxmlExtension = 'docx' | 'xlsx';

const MAIN_TYPE = 'application/vnd.openxmlformats-officedocument.';
/** The main document's content type, for each kind of package (a template, .dotx or .xltx, opens the same way). */
const MAIN_TYPES: Record<string, { label: string; types: string[] }> = {
  docx: {
    label: FILE_TYPES.docx.label,
    types: [`${MAIN_TYPE}wordprocessingml.document.main+xml`, `${MAIN_TYPE}wordprocessingml.template.main+xml`],
  },
  xlsx: {
    label: FILE_TYPES.xlsx.label,
    types: [`${MAIN_TYPE}spreadsheetml.sheet.main+xml`, `${MAIN_TYPE}spreadsheetml.template.main+xml`],
  },
  pptx: {
    label: 'PowerPoint 演示文稿',
    types: [`${MAIN_TYPE}presentationml.presentation.main+xml`, `${MAIN_TYPE}presentationml.template.main+xml`],
  },
};
const SAVE_AS: Record<OoxmlExtension, string> = { docx: 'Word 文档', xlsx: 'Excel 工作簿' };

const EXECUTABLE = /\.(exe|dll|bat|cmd|ps1|vbs|vbe|js|jse|wsf|hta|jar|msi|scr|com|pif|cpl|lnk|sh)$/i;
const ARCHIVE = /\.(zip|rar|7z|cab|gz|tgz|tar|bz2|xz)$/i;
const MACRO_PART = /(^|\/)(vbaProject\.bin|vbaProjectSignature\.bin|vbaData\.xml)$|(^|\/)macrosheets\//i;
const EMBEDDED_PART = /(^|\/)(embeddings|activeX)\/|(^|\/)oleObject\d*\.bin$/i;
const MACRO_TYPE = /macroEnabled|vbaProject|vbaData|macrosheet/i;
const EMBEDDED_TYPE = /activeX|oleObject/i;
const EMBEDDED_RELATIONSHIP = /\/(oleObject|control|activeXControlBinary|package)$/i;
/** Word fields that run a program (DDE) or pull in another file when the document is opened or updated. */
const CALLING_FIELD = /\b(DDEAUTO|DDE|INCLUDETEXT|INCLUDEPICTURE|LINK|IMPORT)\b/i;

type Kind =
  'path' | 'encrypted' | 'bomb' | 'executable' | 'macro' | 'embedded' | 'archive' | 'external' | 'field' | 'formula';

/** An unsafe name: outside the package (../, /, C:), Windows separators, control characters or a link. */
function unsafePath(part: ZipPart): boolean {
  const { name } = part;
  return (
    part.symlink ||
    name.startsWith('/') ||
    name.includes('\\') ||
    /^[a-z]:/i.test(name) ||
    /(^|\/)\.\.?(\/|$)/.test(name) ||
    name.includes('//') ||
    /[\u0000-\u001f]/.test(name)
  );
}

/** What a part's name alone says it is. */
function kindByName(name: string): Kind | undefined {
  if (MACRO_PART.test(name)) return 'macro';
  if (EXECUTABLE.test(name)) return 'executable';
  if (EMBEDDED_PART.test(name)) return 'embedded';
  if (ARCHIVE.test(name)) return 'archive';
  return undefined;
}

const decodeXml = (data: Uint8Array) =>
  new TextDecoder(data[0] === 0xff && data[1] === 0xfe ? 'utf-16le' : data[0] === 0xfe ? 'utf-16be' : 'utf-8').decode(
    data,
  );

const unescape = (value: string) =>
  value
    .replace(/&#x([0-9a-f]+);/gi, (_, hex: string) => String.fromCodePoint(parseInt(hex, 16)))
    .replace(/&#(\d+);/g, (_, dec: string) => String.fromCodePoint(Number(dec)))
    .replace(/&(lt|gt|quot|apos|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' })[e]!);

/** The attributes of every element of a local name, whatever its namespace prefix, quoted values that hold `>` too. */
function elements(xml: string, local: string): Map<string, string>[] {
  const tag = new RegExp(`<(?:[\\w.-]+:)?${local}\\b((?:[^>"']|"[^"]*"|'[^']*')*)>`, 'g');
  return [...xml.matchAll(tag)].map(
    (m) =>
      new Map(
        [...m[1]!.matchAll(/([\w.:-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)].map((a) => [
          a[1]!.replace(/^[\w.-]+:/, ''),
          unescape(a[2] ?? a[3] ?? ''),
        ]),
      ),
  );
}

interface Relationship {
  type: string;
  target: string;
  external: boolean;
}

function relationships(xml: string): Relationship[] {
  const found = elements(xml, 'Relationship').map((a) => ({
    type: a.get('Type') ?? '',
    target: a.get('Target') ?? '',
    external: (a.get('TargetMode') ?? '').trim().toLowerCase() === 'external',
  }));
  // A TargetMode our reading missed (an odd prefix, a stray quote) still counts.
  if (!found.some((r) => r.external) && /TargetMode\s*=\s*["']\s*External/i.test(xml))
    found.push({ type: '', target: '（无法读出的地址）', external: true });
  return found;
}

export function checkOoxml(bytes: Uint8Array, extension: OoxmlExtension): Finding[] {
  const { label, app } = FILE_TYPES[extension];
  const again = `在 ${app} 中打开原始文档，另存为新的 .${extension}（文件类型选“${SAVE_AS[extension]}”），再上传`;
  const unreadable = (fault: string): Finding => ({ problem: `${label}无法读取：${fault}`, fix: again });
  const notPackage = (why: string): Finding => ({
    problem: `不是有效的${label}：${why}`,
    fix: `这可能是改了扩展名的压缩包或其他文件：上传用 ${app} 保存的 .${extension} 原始文件`,
  });

  const directory = readZipDirectory(bytes);
  if ('fault' in directory) return [unreadable(directory.fault)];
  const { parts } = directory;

  // Before inflating anything: what the central directory declares.
  if (parts.length > MAX_PACKAGE_ENTRIES) {
    return [
      {
        problem: `${label}中的部分太多（${parts.length} 个，上限 ${MAX_PACKAGE_ENTRIES} 个，超出 ${parts.length - MAX_PACKAGE_ENTRIES} 个）`,
        fix: `${again}；仍然这么多时，拆成几个文件`,
      },
    ];
  }
  const total = parts.reduce((sum, p) => sum + p.size, 0);
  if (total > MAX_UNPACKED_BYTES) {
    return [
      {
        problem: `${label}解压后太大（${megabytes(total)}，上限 ${MAX_UNPACKED_BYTES / 1048576} MB，超出 ${megabytes(total - MAX_UNPACKED_BYTES)}）`,
        fix: '删除或压缩文档中的大图片，或拆成几个文件；文件本身不大而解压后这么大，可能是“压缩炸弹”，不要上传',
      },
    ];
  }
  const found = new Map<Kind, string[]>();
  const note = (kind: Kind, what: string) => found.set(kind, [...(found.get(kind) ?? []), what]);
  const seen = new Set<string>();
  for (const part of parts) {
    if (seen.has(part.name.toLowerCase())) return [unreadable(`有两个名为 ${printable(part.name)} 的部分`)];
    seen.add(part.name.toLowerCase());
    if (part.method !== 0 && part.method !== 8)
      return [unreadable(`${printable(part.name)} 使用了办公软件不用的压缩方式（${part.method}）`)];
    if (unsafePath(part)) note('path', part.name);
    else if (part.encrypted) note('encrypted', part.name);
    else if (part.size > RATIO_GRACE_BYTES && part.size > part.compressedSize * MAX_COMPRESSION_RATIO) {
      const ratio = Math.round(part.size / Math.max(1, part.compressedSize));
      note('bomb', `${part.name} 解压后 ${megabytes(part.size)}，是压缩后的 ${ratio} 倍`);
    } else {
      const kind = kindByName(part.name);
      if (kind) note(kind, part.name);
    }
  }
  const refused = (): Finding[] => findings(found, { label, app, extension, again });
  // What cannot be inflated safely, or need not be: the file is refused as it is.
  if (found.has('path') || found.has('encrypted') || found.has('bomb')) return refused();

  // Every part inflated, one at a time, capped at its declared size.
  const texts = new Map<string, string>();
  const rels: [string, Relationship[]][] = [];
  for (const part of parts) {
    if (part.name.endsWith('/') && part.size === 0) continue;
    const read = inflatePart(bytes, part);
    if ('fault' in read) return [unreadable(read.fault)];
    if (!kindByName(part.name)) {
      const hidden = sniffHidden(read.data);
      if (hidden === 'ole' || (hidden === 'archive' && EMBEDDED_PART.test(part.name))) note('embedded', part.name);
      else if (hidden) note(hidden, part.name);
    }
    const lower = part.name.toLowerCase();
    if (lower === '[content_types].xml' || lower.endsWith('.rels')) texts.set(lower, decodeXml(read.data));
    if (lower.endsWith('.rels')) rels.push([part.name, relationships(texts.get(lower)!)]);
    if (extension === 'docx' && /^word\/[^/]+\.xml$/.test(lower)) {
      const xml = decodeXml(read.data);
      const instructions = [
        ...[...xml.matchAll(/<(?:[\w.-]+:)?instrText\b[^>]*>([^<]*)</g)].map((m) => m[1]),
        ...[...xml.matchAll(/\b(?:[\w.-]+:)?instr\s*=\s*"([^"]*)"/g)].map((m) => m[1]),
      ].join('');
      const field = CALLING_FIELD.exec(unescape(instructions));
      if (field) note('field', `${field[1]!.toUpperCase()}，在 ${part.name} 中`);
    }
    if (extension === 'xlsx' && /^xl\/worksheets\/[^/]+\.xml$/.test(lower)) {
      // A DDE formula names a program and a topic: =cmd|'/c calc'!A1.
      const formula = /<(?:[\w.-]+:)?f\b[^>]*>([^<]*\|[^<]*!)/.exec(decodeXml(read.data));
      if (formula) note('formula', `${part.name}：${unescape(formula[1]!).slice(0, 40)}`);
    }
  }

  // Relationships and content types confirm a macro or an object the part names did not show (a renamed part).
  const noteIfNew = (kind: Kind, what: string) => (found.has(kind) ? undefined : note(kind, what));
  for (const [name, list] of rels) {
    for (const r of list) {
      if (r.external)
        note('external', `${r.target.length > 60 ? `${r.target.slice(0, 60)}…` : r.target}，在 ${name} 中`);
      else if (/\/vbaProject$/i.test(r.type)) noteIfNew('macro', r.target);
      else if (EMBEDDED_RELATIONSHIP.test(r.type)) noteIfNew('embedded', r.target);
      else if (/\/externalLink(Path)?$/i.test(r.type)) note('external', `${r.target}，在 ${name} 中`);
    }
  }

  // The package: content types, and the main document the root relationships name.
  const types = texts.get('[content_types].xml');
  if (types === undefined) return [...refused(), notPackage('压缩包中没有 [Content_Types].xml')];
  const defaults = new Map(elements(types, 'Default').map((a) => [(a.get('Extension') ?? '').toLowerCase(), a]));
  const overrides = new Map(elements(types, 'Override').map((a) => [(a.get('PartName') ?? '').toLowerCase(), a]));
  const typeOf = (name: string) =>
    (overrides.get(`/${name.toLowerCase()}`) ?? defaults.get(name.split('.').pop()!.toLowerCase()))?.get(
      'ContentType',
    ) ?? '';
  for (const part of parts) {
    const type = typeOf(part.name);
    if (MACRO_TYPE.test(type)) noteIfNew('macro', `${part.name}：${type}`);
    else if (EMBEDDED_TYPE.test(type)) noteIfNew('embedded', part.name);
    else if (/spreadsheetml\.externalLink/i.test(type)) noteIfNew('external', part.name);
  }
  const root = rels.find(([name]) => name === '_rels/.rels')?.[1];
  if (!root) return [...refused(), notPackage('压缩包中没有 _rels/.rels')];
  const main = root.find((r) => /\/officeDocument$/.test(r.type) && !r.external);
  if (!main) return [...refused(), notPackage('_rels/.rels 中没有指明主文档')];
  const mainName = main.target.replace(/^\//, '');
  if (!seen.has(mainName.toLowerCase())) return [...refused(), notPackage(`缺少主文档 ${printable(mainName)}`)];
  const mainType = typeOf(mainName);
  if (MAIN_TYPES[extension]!.types.includes(mainType) || MACRO_TYPE.test(mainType)) return refused();
  const actual = Object.values(MAIN_TYPES).find((m) => m.types.includes(mainType));
  if (actual) {
    return [
      ...refused(),
      { problem: `内容是${actual.label}，不是扩展名所说的${label}`, fix: '上传原始文件，不要只改扩展名' },
    ];
  }
  return [
    ...refused(),
    notPackage(`主文档 ${printable(mainName)} 的类型不对（${printable(mainType) || '没有写明类型'}）`),
  ];
}

/** The findings by kind, each in its own words, in the order an editor should read them. */
function findings(
  found: Map<Kind, string[]>,
  { label, app, extension, again }: { label: string; app: string; extension: OoxmlExtension; again: string },
): Finding[] {
  const recreate = `这个文件被改动过：不要上传；${again}`;
  const messages: Record<Kind, (list: string) => Finding> = {
    path: (list) => ({
      problem: `${label}中的文件路径不安全（${list}：含 ../、以 / 开头、含反斜杠或是链接）`,
      fix: recreate,
    }),
    encrypted: (list) => ({ problem: `${label}中有加密的部分（${list}）`, fix: `这不是 ${app} 保存的文档：${again}` }),
    bomb: (list) => ({
      problem: `${label}中有压缩比异常的部分（${list}；上限 ${MAX_COMPRESSION_RATIO} 倍），可能是“压缩炸弹”`,
      fix: recreate,
    }),
    executable: (list) => ({
      problem: `${label}中藏有可执行程序（${list}）`,
      fix: `这个文件可能带有病毒：不要上传，交信息中心查杀；需要时在 ${app} 中重新制作`,
    }),
    macro: (list) => ({
      problem: `${label}中含有宏（${list}）`,
      fix: `在 ${app} 中另存为不含宏的 .${extension}（文件类型选“${SAVE_AS[extension]}”），再上传`,
    }),
    embedded: (list) => ({
      problem: `${label}中嵌入了对象或控件（${list}）`,
      fix: '删除文档中嵌入的对象（插入的文件、表格、图表数据）和控件，表格、图表改为粘贴成图片，附件单独上传，再保存',
    }),
    archive: (list) => ({
      problem: `${label}中藏有压缩包（${list}）`,
      fix: '删除文档中嵌入的文件后重新保存，再上传；附件单独上传',
    }),
    external: (list) => ({
      problem: `${label}引用了外部地址（${list}）`,
      fix: `${extension === 'xlsx' ? '删除超链接，在“数据 → 编辑链接”中断开与其他工作簿的链接' : '删除超链接（右键 → 取消超链接）、链接到外部的图片和模板'}后重新保存，再上传：外部地址在内网打不开，还可能在打开时从外部下载内容`,
    }),
    field: (list) => ({
      problem: `${label}中有调用程序或外部文件的域（${list}）`,
      fix: '全选正文，按 Ctrl+Shift+F9 把域转为普通文字，再保存上传',
    }),
    formula: (list) => ({
      problem: `${label}中有调用其他程序的公式（${list}）`,
      fix: '删除这些公式（改为填写数值），再保存上传',
    }),
  };
  return (Object.keys(messages) as Kind[]).flatMap((kind) =>
    found.has(kind) ? [messages[kind](listed(found.get(kind)!))] : [],
  );
}
