import { describe, expect, it } from 'vitest';
import { latinWordsOf } from '../../src/lib/reader-latin-words.ts';

describe('latinWordsOf', () => {
  it('finds format jargon a reader does not use', () => {
    expect(latinWordsOf('下载图片（SVG）、工作时限日历（.ics）、下载全部模板（.zip）')).toEqual(['SVG', 'ics', 'zip']);
    expect(latinWordsOf('需要浏览器启用脚本（JavaScript）')).toEqual(['JavaScript']);
  });

  it('lets names and file names stand', () => {
    expect(latinWordsOf('下载 Word 文档，可用 Excel、WPS 打开；A4，2.7 MB；仿宋_GB2312；GB/T 9704—2012')).toEqual([]);
    expect(latinWordsOf('另存为 发展党员.docx，见共产党员网（12371.cn）')).toEqual([]);
    expect(latinWordsOf('用浏览器的“查找”（Ctrl+F）')).toEqual(['Ctrl+F']);
  });

  it('reports each word once, in order', () => {
    expect(latinWordsOf('CSV 文件和 CSV 表格，SVG')).toEqual(['CSV', 'SVG']);
  });

  it('reads no Chinese, digits or punctuation as a word', () => {
    expect(latinWordsOf('第十七条：每月 1 日前，10% 以上。')).toEqual([]);
  });
});
