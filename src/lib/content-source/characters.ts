/**
 * Characters an editor cannot see or cannot tell apart, named so a message can explain them: invisible and format
 * characters (zero-width spaces, bidirectional controls that reorder what a reviewer reads, soft hyphens, control
 * codes such as a terminal's ESC), full-width forms of ASCII (２０２２ for 2022) and letters of other scripts that look
 * like English ones (Cyrillic о for o). Pure: the checker scans every text file with it and words field problems.
 */
import type { Problem } from './problem.ts';

export interface OddCharacter {
  /** The character itself. */
  char: string;
  /** U+200B. */
  code: string;
  /** 1-based column (in characters) on its line. */
  column: number;
  /** What it is, in Chinese: 零宽空格, 从右到左覆盖（双向文字控制符）… */
  name: string;
}

const NAMES: Record<number, string> = {
  0x00ad: '软连字符',
  0x061c: '阿拉伯字母标记（双向文字控制符）',
  0x180e: '蒙古文元音分隔符',
  0x200b: '零宽空格',
  0x200c: '零宽不连字',
  0x200d: '零宽连字',
  0x200e: '从左到右标记（双向文字控制符）',
  0x200f: '从右到左标记（双向文字控制符）',
  0x2028: '行分隔符',
  0x2029: '段分隔符',
  0x202a: '从左到右嵌入（双向文字控制符）',
  0x202b: '从右到左嵌入（双向文字控制符）',
  0x202c: '方向嵌入结束（双向文字控制符）',
  0x202d: '从左到右覆盖（双向文字控制符）',
  0x202e: '从右到左覆盖（双向文字控制符，会把后面的文字倒过来显示）',
  0x2060: '词连接符',
  0x2066: '从左到右隔离（双向文字控制符）',
  0x2067: '从右到左隔离（双向文字控制符）',
  0x2068: '首强隔离（双向文字控制符）',
  0x2069: '方向隔离结束（双向文字控制符）',
  0xfeff: '零宽不换行空格（字节顺序标记）',
  0xfffd: '替换字符（多为转换编码时损坏的文字）',
  0x001b: 'ESC 控制符（可改变终端显示）',
};

/**
 * Invisible or format characters: Unicode's format (Cf), control (Cc, except tab and line ends), private-use and
 * surrogate categories, the line and paragraph separators, variation selectors, and the replacement character.
 */
const INVISIBLE =
  /[\p{Cf}\p{Co}\p{Cs}\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u2028\u2029\ufe00-\ufe0f\ufffd]|[\u{e0100}-\u{e01ef}]/gu;

export const codeOf = (char: string): string => `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

function nameOf(char: string): string {
  const cp = char.codePointAt(0)!;
  if (NAMES[cp]) return NAMES[cp];
  if (cp < 0x20 || (cp >= 0x7f && cp <= 0x9f)) return '控制字符';
  if ((cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef)) return '异体字选择符';
  if (cp >= 0xe0000 && cp <= 0xe007f) return '标签字符';
  if ((cp >= 0xe000 && cp <= 0xf8ff) || cp >= 0xf0000) return '私用区字符（各电脑显示不同）';
  return '看不见的格式字符';
}

/** Every invisible or format character of one line, with its column. */
export function invisibleCharacters(line: string): OddCharacter[] {
  const found: OddCharacter[] = [];
  let column = 0;
  for (const char of line) {
    column += 1;
    INVISIBLE.lastIndex = 0;
    if (INVISIBLE.test(char)) found.push({ char, code: codeOf(char), column, name: nameOf(char) });
  }
  return found;
}

/** The text with each invisible character shown as ‹U+200B›, so a message can show what the eye cannot. */
export const showInvisible = (text: string): string => text.replace(INVISIBLE, (c) => `‹${codeOf(c)}›`);

/** Full-width forms of ASCII (Ａ–ｚ, ０–９, ＋－：／…) and spaces other than the ordinary one and the ideographic one. */
const LOOK_LIKE_ASCII = /[\uff01-\uff5e\u00a0\u2000-\u200a\u202f\u205f\u3000]/gu;
const LETTER_OF_OTHER_SCRIPT = /[\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Armenian}]/gu;

/**
 * In a value that should be plain ASCII (an id, a date, an offset such as “1个月后”'s digits): the characters that
 * look like ASCII but are not, each named, and the value as it was meant (full-width forms folded by NFKC), or
 * undefined when nothing of the kind is there.
 */
export function lookalikes(value: string): { explained: string; meant?: string } | undefined {
  const parts: string[] = [];
  const seen = new Set<string>();
  for (const char of value) {
    if (seen.has(char)) continue;
    LOOK_LIKE_ASCII.lastIndex = 0;
    LETTER_OF_OTHER_SCRIPT.lastIndex = 0;
    INVISIBLE.lastIndex = 0;
    if (LOOK_LIKE_ASCII.test(char)) {
      const cp = char.codePointAt(0)!;
      const kind =
        cp >= 0xff10 && cp <= 0xff19
          ? '全角数字'
          : (cp >= 0xff21 && cp <= 0xff3a) || (cp >= 0xff41 && cp <= 0xff5a)
            ? '全角字母'
            : cp <= 0xff5e && cp >= 0xff01
              ? '全角符号'
              : '特殊空格';
      parts.push(`“${kind === '特殊空格' ? showSpace(char) : char}”是${kind}（${codeOf(char)}）`);
    } else if (LETTER_OF_OTHER_SCRIPT.test(char) && /[a-z]/i.test(value)) {
      parts.push(`“${char}”是${scriptName(char)}（${codeOf(char)}），与英文字母看起来一样`);
    } else if (INVISIBLE.test(char)) {
      parts.push(`有看不见的${nameOf(char)}（${codeOf(char)}）`);
    } else continue;
    seen.add(char);
  }
  if (!parts.length) return undefined;
  const folded = value
    .normalize('NFKC')
    .replace(INVISIBLE, '')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .trim();
  LETTER_OF_OTHER_SCRIPT.lastIndex = 0;
  const meant = folded !== value && !LETTER_OF_OTHER_SCRIPT.test(folded) ? folded : undefined;
  return { explained: parts.join('，'), meant };
}

const showSpace = (char: string) => `‹${codeOf(char)}›`;

function scriptName(char: string): string {
  if (/\p{Script=Cyrillic}/u.test(char)) return '西里尔字母';
  if (/\p{Script=Greek}/u.test(char)) return '希腊字母';
  return '亚美尼亚字母';
}

/**
 * Every invisible character of a text file, one problem per line that has any: refused everywhere, since none is
 * needed in Chinese text and each can hide something (a zero-width space splits a word the drafting-word check looks
 * for; a bidirectional override shows a reviewer other text than the reader gets).
 */
export function invisibleCharacterProblems(file: string, text: string): Problem[] {
  const problems: Problem[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((line, i) => {
      const odd = invisibleCharacters(line);
      if (!odd.length) return;
      const where = odd.map((c) => `第 ${c.column} 个字符是${c.name}（${c.code}）`).join('，');
      const around = showInvisible(line.trim()).slice(0, 60);
      problems.push({
        file,
        line: i + 1,
        field: '',
        problem: `这一行有看不见的字符：${where}；显示出来是「${around}」`,
        fix: odd.some((c) => /双向/.test(c.name))
          ? '删除这些字符：双向文字控制符会让审核的人看到的文字与读者看到的不同'
          : '删除这些字符（多为从网页、微信或 Word 中复制时带入）：把这一行重新输入一遍即可',
      });
    });
  return problems;
}
