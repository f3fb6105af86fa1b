/** Characters an editor cannot see or tell apart: found, named and shown, so a message can explain them. */
import { describe, expect, it } from 'vitest';
import {
  invisibleCharacterProblems,
  invisibleCharacters,
  lookalikes,
  showInvisible,
} from '../../src/lib/content-source/characters.ts';
import { formatProblem } from '../../src/lib/content-source/problem.ts';

describe('invisible characters', () => {
  it('names each with its column, and lets ordinary Chinese text, tabs and the ideographic space through', () => {
    expect(invisibleCharacters('党员\u200b大会\u202e')).toEqual([
      { char: '\u200b', code: 'U+200B', column: 3, name: '零宽空格' },
      { char: '\u202e', code: 'U+202E', column: 6, name: '从右到左覆盖（双向文字控制符，会把后面的文字倒过来显示）' },
    ]);
    expect(invisibleCharacters('\t党员大会\u3000召开（第１次）《条例》')).toEqual([]);
  });

  it('covers controls, soft hyphens, tag characters, private use and the replacement character', () => {
    const found = invisibleCharacters('a\u001bb\u00adc\u{e0041}d\ue000e\ufffd').map((c) => `${c.code} ${c.name}`);
    expect(found).toEqual([
      'U+001B ESC 控制符（可改变终端显示）',
      'U+00AD 软连字符',
      'U+E0041 标签字符',
      'U+E000 私用区字符（各电脑显示不同）',
      'U+FFFD 替换字符（多为转换编码时损坏的文字）',
    ]);
  });

  it('are shown as ‹U+…› in every message, and tabs and line breaks never break the one-line format', () => {
    expect(showInvisible('establish\u200b-branch')).toBe('establish‹U+200B›-branch');
    const line = formatProblem({ file: 'a.yaml', line: 3, field: 'x', problem: '「a\u202eb\nc\td」', fix: '改' });
    expect(line).toBe('a.yaml:3 x: 「a‹U+202E›b‹换行›c‹Tab›d」 — 改');
  });

  it('are reported once per line of a file, the BOM at its start excepted', () => {
    const problems = invisibleCharacterProblems('content/x.yaml', '\ufefftitle: 党员\n\nid: a\u200bb\u200c\n');
    expect(problems.map(formatProblem)).toEqual([
      'content/x.yaml:3 这一行有看不见的字符：第 6 个字符是零宽空格（U+200B），第 8 个字符是零宽不连字（U+200C）；显示出来是「id: a‹U+200B›b‹U+200C›」 — 删除这些字符（多为从网页、微信或 Word 中复制时带入）：把这一行重新输入一遍即可',
    ]);
  });
});

describe('look-alike characters in values that should be ASCII', () => {
  it('explain full-width digits and give the value as meant', () => {
    expect(lookalikes('２０２２-07-0５')).toEqual({
      explained: '“２”是全角数字（U+FF12），“０”是全角数字（U+FF10），“５”是全角数字（U+FF15）',
      meant: '2022-07-05',
    });
    expect(lookalikes('１个月后')?.meant).toBe('1个月后');
    expect(lookalikes('ｅｓｔａｂｌｉｓｈ')?.explained).toMatch(/^“ｅ”是全角字母（U\+FF45）/);
  });

  it('name letters of other scripts that look English, without offering a wrong fold', () => {
    expect(lookalikes('br\u0430nch')).toEqual({
      explained: '“\u0430”是西里尔字母（U+0430），与英文字母看起来一样',
      meant: undefined,
    });
    // In Chinese text (no English letters) a Greek or Cyrillic letter is left alone.
    expect(lookalikes('α粒子')).toBeUndefined();
  });

  it('name odd spaces and invisible characters, and leave plain values alone', () => {
    expect(lookalikes('2022-07-05\u00a0')).toEqual({
      explained: '“‹U+00A0›”是特殊空格（U+00A0）',
      meant: '2022-07-05',
    });
    expect(lookalikes('a\u200bb')).toEqual({ explained: '有看不见的零宽空格（U+200B）', meant: 'ab' });
    expect(lookalikes('establish-branch')).toBeUndefined();
    expect(lookalikes('党支部换届')).toBeUndefined();
  });
});
