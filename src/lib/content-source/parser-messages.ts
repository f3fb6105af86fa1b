/**
 * What the YAML and MDX parsers say when they refuse a file, in an editor's words. The parsers' own messages are
 * English and name grammar ("implicit keys", "flow collection"); each known refusal gets its Chinese problem and
 * fix, and an unknown one keeps the parser's words inside a Chinese sentence, so nothing is lost.
 */
import type { ErrorCode } from 'yaml';

export interface Wording {
  problem: string;
  fix: string;
}

const YAML_FIX = '检查这一行的缩进（用空格，不用 Tab）、冒号后的空格和引号是否成对';

const IMPLICIT_KEY: Wording = {
  problem: '这一行与下一行的缩进对不上，或字段写法不对',
  fix: '同一层的字段左边对齐（列表项“- ”下的字段比“-”多缩进两格）；字段写成“字段名: 值”，值里有冒号时整段加引号',
};

const YAML: Partial<Record<ErrorCode, Wording>> = {
  DUPLICATE_KEY: { problem: '同一个字段写了两次', fix: '删除其中一行，或把第二个改成应有的字段名' },
  TAB_AS_INDENT: { problem: '这一行用 Tab 缩进', fix: '把行首的 Tab 换成空格（每层两个空格）' },
  BAD_INDENT: { problem: '缩进不齐', fix: '同一层的字段左边对齐；列表项“- ”下的字段比“-”多缩进两格' },
  MULTIPLE_DOCS: { problem: '文件中有多余的 --- 分隔线', fix: '删除 --- 这一行（一个文件只写一份内容）' },
  MISSING_CHAR: { problem: '括号或引号没有配对', fix: '检查这一行的 [ ]、{ } 和引号是否成对' },
  // Both come, nearly always, from a field indented more or less than its neighbours.
  BLOCK_AS_IMPLICIT_KEY: IMPLICIT_KEY,
  MULTILINE_IMPLICIT_KEY: IMPLICIT_KEY,
  BAD_DQ_ESCAPE: { problem: '双引号中的反斜杠 \\ 写法不对', fix: '去掉反斜杠，或改用单引号' },
  BAD_SCALAR_START: { problem: '值不能以这个符号开头（如 @、`、%）', fix: '给整个值加上引号' },
  BAD_ALIAS: { problem: '引用了不存在的 * 别名', fix: '本站内容不需要 & 和 * 写法：直接写出内容' },
  RESOURCE_EXHAUSTION: { problem: '& 和 * 别名展开后过大', fix: '本站内容不需要 & 和 * 写法：直接写出内容' },
  UNEXPECTED_TOKEN: { problem: '这里出现了意外的符号', fix: YAML_FIX },
};

/** A YAML parser error as the editor reads it. */
export function yamlWording(code: ErrorCode | undefined, message: string): Wording {
  if (/call stack|too much recursion/i.test(message))
    return { problem: '嵌套层次太深，无法读取', fix: '检查是否多写了成串的 [ 或 {' };
  // The parser files an unclosed [ or { under indentation; the bracket is what the editor must fix.
  const bracket = /end with an? ([\]}])/.exec(message)?.[1];
  if (bracket)
    return {
      problem: `${bracket === ']' ? '[' : '{'} 没有配对的 ${bracket}`,
      fix: `在这一项的末尾补上 ${bracket}，或去掉开头的 ${bracket === ']' ? '[' : '{'} 改成普通文字`,
    };
  const known = code && YAML[code];
  return known ?? { problem: `YAML 格式错误（${message}）`, fix: YAML_FIX };
}

const MDX_FIX = '检查标签是否成对闭合（如 <Note>…</Note>）；正文中的 { } < 要写成 \\{ \\} \\< 或放进反引号';

/** MDX refusals by what the parser's message says. */
const MDX: [RegExp, (m: RegExpExecArray) => Wording][] = [
  [
    /Expected a closing tag for `<([^>]*)>`/,
    (m) => ({ problem: `<${m[1]}> 没有结束标签`, fix: `在这一段内容结束处写 </${m[1]}>` }),
  ],
  [
    /Unexpected closing tag `<\/([^>]*)>`, expected corresponding closing tag for `<([^>]*)>`/,
    (m) => ({ problem: `结束标签 </${m[1]}> 与开始标签 <${m[2]}> 不配对`, fix: `先写 </${m[2]}>，或改正标签名` }),
  ],
  [
    /Unexpected closing (slash|tag)/,
    () => ({ problem: '多了一个结束标签', fix: '删除多余的结束标签，或补上对应的开始标签' }),
  ],
  [
    /to create a comment in MDX/,
    () => ({ problem: '正文中不能用 <!-- --> 写注释', fix: '写给编辑的说明改成 {/* 说明 */}，或删除' }),
  ],
  [
    /to create a link in MDX/,
    () => ({ problem: '“<”后面不是标签', fix: '正文中的 < 写成 \\<（如 人数 \\<3 人），或改用“少于”' }),
  ],
  [
    /expected a corresponding closing brace for `\{`/,
    () => ({ problem: '花括号 { 没有配对', fix: '正文中要显示花括号时写成 \\{ 和 \\}' }),
  ],
  [
    /Could not parse expression/,
    () => ({ problem: '花括号 { } 中的内容无法读取', fix: '正文中要显示花括号时写成 \\{ 和 \\}' }),
  ],
  [
    /Unexpected lazy line/,
    () => ({ problem: '引用块或列表中的一行没有对齐', fix: '在这一行行首补上 > 或与上一行相同的缩进' }),
  ],
];

/** An MDX parser error (message without its position) as the editor reads it. */
export function mdxWording(message: string): Wording {
  for (const [pattern, word] of MDX) {
    const m = pattern.exec(message);
    if (m) return word(m);
  }
  return { problem: `MDX 语法错误：${message}`, fix: MDX_FIX };
}
