/**
 * Just enough PDF to finish Chromium's print of the handbook, with no dependency: read the page tree, the named
 * destinations (Chromium writes one for every element a link in the document points to: the contents' entries)
 * and the page count; and append an incremental update with our own bookmarks. Chromium's own outline (from every
 * heading, 300+ entries, all open) is left out of the print; ours lists the chapters with their procedures.
 *
 * Chromium (Skia) writes a classic cross-reference table without object streams; anything else is refused with a
 * clear error rather than misread.
 */

export type PdfValue =
  | number
  | boolean
  | null
  | { ref: number }
  | { name: string }
  | { str: string } // bytes as latin1 characters
  | PdfValue[]
  | PdfDict;
export interface PdfDict {
  dict: Map<string, PdfValue>;
}

const isRef = (v: PdfValue | undefined): v is { ref: number } => typeof v === 'object' && v !== null && 'ref' in v;
const isDict = (v: PdfValue | undefined): v is PdfDict => typeof v === 'object' && v !== null && 'dict' in v;

const WHITE = /[\0\t\n\f\r ]/;
const DELIM = /[()<>[\]{}/%]/;

/** Parses one value at `at` in latin1 text `s`; returns it and the position after it. */
function parseValue(s: string, at: number): [PdfValue, number] {
  const skip = () => {
    for (;;) {
      while (at < s.length && WHITE.test(s[at]!)) at += 1;
      if (s[at] !== '%') return;
      while (at < s.length && s[at] !== '\n' && s[at] !== '\r') at += 1;
    }
  };
  skip();
  const c = s[at];
  if (c === '<' && s[at + 1] === '<') {
    at += 2;
    const dict = new Map<string, PdfValue>();
    for (;;) {
      skip();
      if (s.startsWith('>>', at)) return [{ dict }, at + 2];
      const [key, afterKey] = parseValue(s, at);
      if (typeof key !== 'object' || key === null || !('name' in key)) throw new Error(`PDF：字典键无效（位置 ${at}）`);
      const [value, afterValue] = parseValue(s, afterKey);
      dict.set(key.name, value);
      at = afterValue;
    }
  }
  if (c === '[') {
    at += 1;
    const items: PdfValue[] = [];
    for (;;) {
      skip();
      if (s[at] === ']') return [items, at + 1];
      const [value, after] = parseValue(s, at);
      items.push(value);
      at = after;
    }
  }
  if (c === '/') {
    let end = at + 1;
    while (end < s.length && !WHITE.test(s[end]!) && !DELIM.test(s[end]!)) end += 1;
    const name = s
      .slice(at + 1, end)
      .replace(/#([0-9a-fA-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    return [{ name }, end];
  }
  if (c === '(') {
    let depth = 1;
    let out = '';
    at += 1;
    while (depth > 0) {
      const ch = s[at++];
      if (ch === undefined) throw new Error('PDF：字符串未结束');
      if (ch === '\\') {
        const next = s[at++]!;
        const simple: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };
        if (next in simple) out += simple[next];
        else if (/[0-7]/.test(next)) {
          let oct = next;
          while (oct.length < 3 && /[0-7]/.test(s[at]!)) oct += s[at++];
          out += String.fromCharCode(parseInt(oct, 8) & 0xff);
        } else if (next === '\r' || next === '\n') {
          if (next === '\r' && s[at] === '\n') at += 1;
        } else out += next;
      } else {
        if (ch === '(') depth += 1;
        if (ch === ')') depth -= 1;
        if (depth > 0) out += ch;
      }
    }
    return [{ str: out }, at];
  }
  if (c === '<') {
    const end = s.indexOf('>', at);
    const hex = s.slice(at + 1, end).replace(/\s+/g, '');
    const padded = hex.length % 2 ? `${hex}0` : hex;
    let out = '';
    for (let i = 0; i < padded.length; i += 2) out += String.fromCharCode(parseInt(padded.slice(i, i + 2), 16));
    return [{ str: out }, end + 1];
  }
  const word = /^[^\0\t\n\f\r ()<>[\]{}/%]+/.exec(s.slice(at, at + 64))?.[0];
  if (!word) throw new Error(`PDF：无法解析的内容（位置 ${at}）`);
  if (word === 'true' || word === 'false') return [word === 'true', at + word.length];
  if (word === 'null') return [null, at + word.length];
  const ref = /^(\d+)\s+(\d+)\s+R(?![^\0\t\n\f\r ()<>[\]{}/%])/.exec(s.slice(at, at + 40));
  if (ref) return [{ ref: Number(ref[1]) }, at + ref[0].length];
  const n = Number(word);
  if (Number.isNaN(n)) throw new Error(`PDF：无法解析的内容“${word}”`);
  return [n, at + word.length];
}

export interface PdfFile {
  text: string;
  /** Object number → byte offset, newest revision winning. */
  offsets: Map<number, number>;
  trailer: Map<string, PdfValue>;
  startxref: number;
}

export function openPdf(bytes: Uint8Array): PdfFile {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  const found = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-1024));
  if (!found) throw new Error('PDF：文件末尾没有 startxref（文件不完整？）');
  const startxref = Number(found[1]);
  const offsets = new Map<number, number>();
  let trailer: Map<string, PdfValue> | undefined;
  for (let at: number | undefined = startxref; at !== undefined;) {
    if (!text.startsWith('xref', at)) throw new Error('PDF：交叉引用不是表格形式（不支持交叉引用流）');
    let pos = at + 4;
    for (;;) {
      const head = /^\s*(\d+)\s+(\d+)[ \t]*\r?\n/.exec(text.slice(pos, pos + 40));
      if (!head) break;
      const first = Number(head[1]);
      const count = Number(head[2]);
      pos += head[0].length;
      for (let i = 0; i < count; i += 1) {
        const entry = text.slice(pos, pos + 20);
        if (entry[17] === 'n' && !offsets.has(first + i)) offsets.set(first + i, Number(entry.slice(0, 10)));
        pos += 20;
      }
    }
    const t = text.indexOf('trailer', pos);
    const [dict] = parseValue(text, t + 7);
    if (!isDict(dict)) throw new Error('PDF：trailer 无效');
    trailer ??= dict.dict;
    const prev = dict.dict.get('Prev');
    at = typeof prev === 'number' ? prev : undefined;
  }
  return { text, offsets, trailer: trailer!, startxref };
}

export function getObject(pdf: PdfFile, num: number): PdfValue {
  const offset = pdf.offsets.get(num);
  if (offset === undefined) throw new Error(`PDF：找不到对象 ${num}`);
  const head = /^\s*\d+\s+\d+\s+obj/.exec(pdf.text.slice(offset, offset + 32));
  if (!head) throw new Error(`PDF：对象 ${num} 的位置不对`);
  return parseValue(pdf.text, offset + head[0].length)[0];
}

const resolve = (pdf: PdfFile, v: PdfValue | undefined): PdfValue | undefined => (isRef(v) ? getObject(pdf, v.ref) : v);

function dictOf(pdf: PdfFile, v: PdfValue | undefined, what: string): Map<string, PdfValue> {
  const d = resolve(pdf, v);
  if (!isDict(d)) throw new Error(`PDF：${what}不是字典`);
  return d.dict;
}

export const catalogRef = (pdf: PdfFile): number => {
  const root = pdf.trailer.get('Root');
  if (!isRef(root)) throw new Error('PDF：trailer 中没有 /Root');
  return root.ref;
};

/** Object numbers of the pages, in reading order. */
export function pageRefs(pdf: PdfFile): number[] {
  const out: number[] = [];
  const walk = (num: number) => {
    const node = dictOf(pdf, { ref: num }, '页面树节点');
    const kids = node.get('Kids');
    if (Array.isArray(kids)) for (const kid of kids) if (isRef(kid)) walk(kid.ref);
    if (!Array.isArray(kids)) out.push(num);
  };
  const pages = dictOf(pdf, { ref: catalogRef(pdf) }, '目录对象').get('Pages');
  if (!isRef(pages)) throw new Error('PDF：目录对象中没有 /Pages');
  walk(pages.ref);
  return out;
}

export function pageCount(bytes: Uint8Array): number {
  return pageRefs(openPdf(bytes)).length;
}

export interface Destination {
  /** 1-based page number. */
  page: number;
  /** The explicit destination array as Chromium wrote it ([page /XYZ left top zoom]). */
  target: PdfValue[];
}

/** Named destinations (catalog /Dests) by name, with their page numbers. */
export function namedDestinations(pdf: PdfFile): Map<string, Destination> {
  const pages = new Map(pageRefs(pdf).map((num, i) => [num, i + 1]));
  const out = new Map<string, Destination>();
  const dests = resolve(pdf, dictOf(pdf, { ref: catalogRef(pdf) }, '目录对象').get('Dests'));
  if (!isDict(dests)) return out;
  for (const [name, value] of dests.dict) {
    const target = resolve(pdf, value);
    const array = Array.isArray(target) ? target : isDict(target) ? resolve(pdf, target.dict.get('D')) : undefined;
    if (!Array.isArray(array) || !isRef(array[0])) continue;
    const page = pages.get(array[0].ref);
    if (page) out.set(name, { page, target: array });
  }
  return out;
}

/** Text as a PDF text string: UTF-16BE with its byte-order mark, written as hex. */
const textString = (text: string) =>
  `<FEFF${[...text]
    .map((ch) => {
      const code = ch.codePointAt(0)!;
      if (code < 0x10000) return code.toString(16).padStart(4, '0');
      const c = code - 0x10000;
      return ((0xd800 + (c >> 10)).toString(16) + (0xdc00 + (c & 0x3ff)).toString(16)).padStart(8, '0');
    })
    .join('')
    .toUpperCase()}>`;

export function serialize(v: PdfValue): string {
  if (v === null) return 'null';
  if (typeof v === 'boolean') return String(v);
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : String(Number(v.toFixed(5)));
  if (Array.isArray(v)) return `[${v.map(serialize).join(' ')}]`;
  if ('ref' in v) return `${v.ref} 0 R`;
  if ('name' in v)
    return `/${v.name.replace(/[^!-~]|[#()<>[\]{}/%]/g, (c) => `#${c.charCodeAt(0).toString(16).padStart(2, '0')}`)}`;
  if ('str' in v) return `<${[...v.str].map((c) => c.charCodeAt(0).toString(16).padStart(2, '0')).join('')}>`;
  return `<<${[...v.dict].map(([k, value]) => `${serialize({ name: k })} ${serialize(value)}`).join('\n')}>>`;
}

export interface Bookmark {
  title: string;
  /** A named destination of the document. */
  dest: string;
  children?: Bookmark[];
}

/**
 * The PDF with its bookmarks replaced by `bookmarks` (chapters open, so their procedures show), appended as an
 * incremental update: Chromium's bytes, tags included, stay exactly as they were. A bookmark whose destination the
 * document lacks is an error, not a silent gap.
 */
export function withBookmarks(bytes: Uint8Array, bookmarks: Bookmark[]): Uint8Array {
  const pdf = openPdf(bytes);
  const dests = namedDestinations(pdf);
  const size = Number(pdf.trailer.get('Size'));
  let next = size;
  const objects: string[] = [];
  const rootNum = next++;

  const place = (items: Bookmark[], parent: number): { first: number; last: number; count: number } => {
    const nums = items.map(() => next++);
    let count = items.length;
    items.forEach((item, i) => {
      const dest = dests.get(item.dest);
      if (!dest) throw new Error(`PDF：书签“${item.title}”的目标 #${item.dest} 不在文件中`);
      const entries = [`/Title ${textString(item.title)}`, `/Parent ${parent} 0 R`, `/Dest ${serialize(dest.target)}`];
      if (i > 0) entries.push(`/Prev ${nums[i - 1]} 0 R`);
      if (i < items.length - 1) entries.push(`/Next ${nums[i + 1]} 0 R`);
      if (item.children?.length) {
        const sub = place(item.children, nums[i]!);
        entries.push(`/First ${sub.first} 0 R`, `/Last ${sub.last} 0 R`, `/Count ${sub.count}`);
        count += sub.count;
      }
      objects[nums[i]! - size] = `${nums[i]} 0 obj\n<<${entries.join('\n')}>>\nendobj\n`;
    });
    return { first: nums[0]!, last: nums.at(-1)!, count };
  };
  const top = place(bookmarks, rootNum);
  objects[0] = `${rootNum} 0 obj\n<</Type /Outlines\n/First ${top.first} 0 R\n/Last ${top.last} 0 R\n/Count ${top.count}>>\nendobj\n`;

  const catalogNum = catalogRef(pdf);
  const catalog = new Map(dictOf(pdf, { ref: catalogNum }, '目录对象'));
  catalog.set('Outlines', { ref: rootNum });
  catalog.set('PageMode', { name: 'UseOutlines' });

  let offset = bytes.byteLength;
  const parts: string[] = ['\n'];
  offset += 1;
  const at = new Map<number, number>();
  const add = (num: number, body: string) => {
    at.set(num, offset);
    parts.push(body);
    offset += Buffer.byteLength(body, 'latin1');
  };
  add(catalogNum, `${catalogNum} 0 obj\n${serialize({ dict: catalog })}\nendobj\n`);
  objects.forEach((body, i) => add(size + i, body));
  const entry = (num: number) => `${String(at.get(num)).padStart(10, '0')} 00000 n\r\n`;
  const xref = [
    'xref\n',
    `${catalogNum} 1\n`,
    entry(catalogNum),
    `${size} ${next - size}\n`,
    ...Array.from({ length: next - size }, (_, i) => entry(size + i)),
  ].join('');
  const trailer = new Map(pdf.trailer);
  trailer.set('Size', next);
  trailer.set('Prev', pdf.startxref);
  trailer.delete('XRefStm');
  parts.push(xref, `trailer\n${serialize({ dict: trailer })}\nstartxref\n${offset}\n%%EOF\n`);
  const tail = Buffer.from(parts.join(''), 'latin1');
  const out = new Uint8Array(bytes.byteLength + tail.byteLength);
  out.set(bytes, 0);
  out.set(tail, bytes.byteLength);
  return out;
}
