/**
 * A PDF's structure, for what a reader would run or unpack: JavaScript, launch actions, embedded files, rich media,
 * XFA forms, encryption. Names are judged as a reader sees them: #xx escapes decoded (/J#61vaScript is /JavaScript),
 * strings and comments skipped by a tokenizer (so a “stream” written inside a string cannot hide what follows), and
 * compressed object streams (/ObjStm, FlateDecode) inflated under a cap before judging. What cannot be read safely
 * is refused. The longest names are also looked for in the raw bytes of every stream, so an object hidden where the
 * tokenizer saw stream data (and a reader, led by the cross-reference table, would find it) is still seen; the short
 * ones are not (three random bytes spell /JS too often).
 *
 * The handbook's own PDF reader (src/lib/handbook/pdf.ts) parses Chromium's output to add bookmarks; this one reads
 * anything, and only looks.
 */
import { inflateSync } from 'node:zlib';
import { listed, type Finding } from './file-types.ts';
import { MAX_PDF_OBJECT_STREAM_BYTES } from './limits.ts';

type Kind = 'javascript' | 'launch' | 'embedded' | 'richmedia' | 'xfa' | 'encrypted';

/** Names that make a PDF unsafe to publish, by what they do. */
const DANGEROUS: Record<string, Kind> = {
  JavaScript: 'javascript',
  JS: 'javascript',
  Launch: 'launch',
  EmbeddedFile: 'embedded',
  EmbeddedFiles: 'embedded',
  FileAttachment: 'embedded',
  RichMedia: 'richmedia',
  XFA: 'xfa',
  Encrypt: 'encrypted',
};
/** Names long enough to look for in raw stream bytes without false alarms. */
const LONG = new Set([
  'JavaScript',
  'Launch',
  'EmbeddedFile',
  'EmbeddedFiles',
  'FileAttachment',
  'RichMedia',
  'Encrypt',
]);
/** Actions that run by themselves: reported beside JavaScript, which they would start. */
const AUTOMATIC = new Set(['OpenAction', 'AA']);

const decodeName = (raw: string) =>
  raw.includes('#') ? raw.replace(/#([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : raw;

/**
 * One token at a time (a sticky expression is many times faster than walking characters): 1 white space or a
 * comment, 2 the start of a literal string, 3 a hex string, 4 a name, 5 an array bracket, 6 a keyword or number,
 * or any other single delimiter.
 */
const TOKEN =
  /([\0\t\n\f\r ]+|%[^\r\n]*)|(\()|(<(?!<)[^>]*>?)|\/([^\0\t\n\f\r ()<>[\]{}/%]*)|([[\]])|([^\0\t\n\f\r ()<>[\]{}/%]+)|<<|>>|[\s\S]/y;
/** Inside a literal string: the next parenthesis or backslash. */
const IN_STRING = /[()\\]/g;

interface Scan {
  /** Names as written (#xx kept), by what they decode to. */
  names: Map<string, string>;
  problem?: string;
  decoded: number;
}

/** Every name in PDF text outside strings, comments and stream data; object streams are decoded and read too. */
function scan(text: string, state: Scan, allowStreams: boolean): void {
  /** Tokens since the last `obj`: the dictionary of the stream that follows. */
  let dictionary: string[] = [];
  let i = 0;
  while (i < text.length && !state.problem) {
    TOKEN.lastIndex = i;
    const m = TOKEN.exec(text)!;
    i = TOKEN.lastIndex;
    if (m[2]) {
      // A literal string: balanced parentheses, backslash escapes.
      let depth = 1;
      IN_STRING.lastIndex = i;
      for (let c = IN_STRING.exec(text); c && depth > 0; c = IN_STRING.exec(text)) {
        if (c[0] === '\\') IN_STRING.lastIndex += 1;
        else depth += c[0] === '(' ? 1 : -1;
        i = IN_STRING.lastIndex;
      }
      if (depth > 0) i = text.length;
    } else if (m[4] !== undefined) {
      const name = decodeName(m[4]);
      if (!state.names.has(name)) state.names.set(name, m[4]);
      dictionary.push(`/${name}`);
    } else if (m[5]) dictionary.push(m[5]);
    else if (m[6]) {
      if (m[6] === 'obj') dictionary = [];
      else if (m[6] === 'stream' && allowStreams) {
        i = stream(text, i, dictionary, state);
        dictionary = [];
      } else dictionary.push(m[6]);
    }
  }
}

/** Skips a stream's data (decoding it when it is an object stream); returns the position after `endstream`. */
function stream(text: string, at: number, dictionary: string[], state: Scan): number {
  const start = text.startsWith('\r\n', at) ? at + 2 : text[at] === '\n' || text[at] === '\r' ? at + 1 : at;
  const end = text.indexOf('endstream', start);
  if (end < 0) {
    state.problem = '有数据流没有结束标记（文件不完整或已损坏）';
    return text.length;
  }
  const key = (name: string) => dictionary.indexOf(name);
  // An object stream declares /Type /ObjStm, and must carry /N and /First: a reader led to it treats it as one.
  const objectStream =
    (key('/Type') >= 0 && dictionary[key('/Type') + 1] === '/ObjStm') || (key('/N') >= 0 && key('/First') >= 0);
  if (objectStream) {
    const f = key('/Filter');
    const filters: string[] = [];
    if (f >= 0 && dictionary[f + 1] === '[') {
      for (let k = f + 2; k < dictionary.length && dictionary[k] !== ']'; k += 1) filters.push(dictionary[k]!);
    } else if (f >= 0) filters.push(dictionary[f + 1] ?? '');
    const flate = filters.length === 1 && filters[0] === '/FlateDecode';
    if (key('/DecodeParms') >= 0 || (filters.length > 0 && !flate)) {
      state.problem = `有无法检查的压缩对象（${filters.join(' ') || '带有解码参数'}）`;
      return text.length;
    }
    const raw = Buffer.from(text.slice(start, end), 'latin1');
    let data: Buffer;
    try {
      data = flate ? inflateSync(raw, { maxOutputLength: MAX_PDF_OBJECT_STREAM_BYTES - state.decoded + 1 }) : raw;
    } catch (error) {
      state.problem =
        (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE'
          ? `压缩对象解开后超过 ${MAX_PDF_OBJECT_STREAM_BYTES / 1048576} MB 上限，可能是“压缩炸弹”`
          : '有压缩对象已损坏，无法读取';
      return text.length;
    }
    state.decoded += data.length;
    if (state.decoded > MAX_PDF_OBJECT_STREAM_BYTES) {
      state.problem = `压缩对象解开后超过 ${MAX_PDF_OBJECT_STREAM_BYTES / 1048576} MB 上限，可能是“压缩炸弹”`;
      return text.length;
    }
    scan(data.toString('latin1'), state, false);
  }
  return end + 'endstream'.length;
}

export function checkPdf(bytes: Uint8Array): Finding[] {
  const again = '用“打印为 PDF”（WPS 的“输出为 PDF”或 Microsoft Print to PDF）重新生成一份，再上传';
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (!/^%PDF-\d/.test(text)) return [{ problem: 'PDF 文件头已损坏', fix: again }];
  if (!text.slice(-1024).includes('%%EOF')) {
    return [
      {
        problem: 'PDF 文件不完整：末尾没有 %%EOF',
        fix: '重新导出或重新拷贝这个 PDF（常见原因：拷贝中断、没有下载完整）',
      },
    ];
  }
  const state: Scan = { names: new Map(), decoded: 0 };
  // First the long names anywhere in the file (encryption hides the rest, so it is known before anything is decoded).
  // (Each long name starts with one of these letters, or with an escape: the others need not be decoded.)
  for (const m of text.matchAll(/\/([JLEFR#][^\0\t\n\f\r ()<>[\]{}/%]*)/g)) {
    const name = decodeName(m[1]!);
    if (LONG.has(name) && !state.names.has(name)) state.names.set(name, m[1]!);
  }
  if (!state.names.has('Encrypt')) {
    scan(text, state, true);
    if (state.problem) return [{ problem: `PDF 文件无法检查：${state.problem}`, fix: again }];
  }

  const found = new Map<Kind, string[]>();
  for (const [name, raw] of state.names) {
    const kind = DANGEROUS[name];
    if (kind) found.set(kind, [...(found.get(kind) ?? []), raw === name ? `/${name}` : `/${raw} 即 /${name}`]);
  }
  const automatic = [...state.names.keys()].filter((n) => AUTOMATIC.has(n)).map((n) => `/${n}`);
  const messages: Record<Kind, (list: string) => Finding> = {
    encrypted: () => ({
      problem: 'PDF 文件已加密（设置了密码或权限限制），无法检查其内容',
      fix: `去掉密码和权限限制后重新导出，或${again}`,
    }),
    javascript: (list) => ({
      problem: `PDF 文件中含有 JavaScript 脚本（${list}${automatic.length ? `；${automatic.join('、')} 让它在打开时自动运行` : ''}）`,
      fix: `${again}：打印出的 PDF 不含脚本`,
    }),
    launch: (list) => ({ problem: `PDF 文件中含有启动程序的动作（${list}）`, fix: again }),
    embedded: (list) => ({
      problem: `PDF 文件中嵌有其他文件（${list}）`,
      fix: `删除 PDF 中的附件，或${again}；附件单独上传`,
    }),
    richmedia: (list) => ({ problem: `PDF 文件中含有多媒体或 Flash 内容（${list}）`, fix: again }),
    xfa: (list) => ({
      problem: `PDF 文件是 XFA 动态表单（${list}），多数阅读器显示不了，还可能含有脚本`,
      fix: again,
    }),
  };
  // Encryption hides the rest: reported alone.
  if (found.has('encrypted')) return [messages.encrypted('')];
  return (Object.keys(messages) as Kind[]).flatMap((kind) =>
    found.has(kind) ? [messages[kind](listed(found.get(kind)!))] : [],
  );
}
