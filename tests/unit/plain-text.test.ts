import { describe, expect, it } from 'vitest';
import { plainText, plainTextDeep } from '../../src/lib/plain-text.ts';
import { LINE_BREAKS, MARKUP, NOT_TEXT } from '../support/hostile-text.ts';

describe('plainText', () => {
  it('makes every kind of line break one newline', () => {
    expect(plainText(`a${LINE_BREAKS.join('b')}c`)).toBe('a\nb\nb\nb\nb\nb\nb\nb\nc');
    expect(plainText('a\r\n\r\nb')).toBe('a\n\nb');
  });
  it('removes control characters and noncharacters, keeps tabs, and shows a lone surrogate half as U+FFFD', () => {
    expect(plainText(`a${NOT_TEXT.join('')}\tb`)).toBe('a\uFFFD\uFFFD\tb');
    expect(plainText('😀\ud83d')).toBe('😀\uFFFD');
  });
  it('leaves markup, Chinese text and everything printable as it is', () => {
    for (const text of [...MARKUP, '第一隶属海关（示例）——“三会一课”', 'é ñ ß ﬁ ①']) expect(plainText(text)).toBe(text);
  });
  it('cleans every string of a model, leaving other values', () => {
    expect(plainTextDeep({ a: ['x\u2028y', 2], b: { c: 'z\x00', d: true }, e: undefined })).toEqual({
      a: ['x\ny', 2],
      b: { c: 'z', d: true },
      e: undefined,
    });
  });
});
