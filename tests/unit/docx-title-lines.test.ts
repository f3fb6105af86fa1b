/** Titles broken as GB/T 9704-2012 7.3.3 asks: between words, balanced, 梯形 or 菱形; the editor's “｜” honoured. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  charsPerLine,
  charWidth,
  MARGINS_MM,
  mm,
  PAGE_SIZE,
  SIZE,
  TITLE_CHARS_PER_LINE,
  TYPE_AREA_WIDTH,
} from '../../src/lib/docx/geometry.ts';
import { templateDocument } from '../../src/lib/docx/model.ts';
import { readTitleMarks, splitTitle, titleLines } from '../../src/lib/docx/title-lines.ts';

const widths = (lines: string[]) => lines.map(charWidth);

describe('line measure', () => {
  it('is computed from the type area: 156 mm of 2号 (22 pt) holds 20 characters, of 3号 (16 pt) 27', () => {
    expect(charsPerLine(44, mm(156))).toBe(20);
    expect(charsPerLine(32, mm(156))).toBe(27);
    // The type area and the margins fill the A4 width, to the twip or two that rounding millimetres costs.
    expect(Math.abs(mm(MARGINS_MM.left) + TYPE_AREA_WIDTH + mm(MARGINS_MM.right) - PAGE_SIZE.width)).toBeLessThan(3);
    // The title splitter measures against that line: a title as long as the line stays whole, one more breaks.
    const title = '中共××海关××处支部委员会党员大会决议';
    expect(charsPerLine(SIZE.title)).toBe(TITLE_CHARS_PER_LINE);
    expect(charWidth(title)).toBe(TITLE_CHARS_PER_LINE);
    expect(splitTitle(title)).toHaveLength(1);
    expect(splitTitle(`${title}书`)).toHaveLength(2);
  });
});

describe('splitTitle', () => {
  it('keeps a title that fits on one line', () => {
    expect(splitTitle('关于增补支部委员的请示')).toEqual(['关于增补支部委员的请示']);
    expect(splitTitle('中共××海关××处支部委员会党员大会决议')).toHaveLength(1); // exactly 20
  });

  it('breaks after the 发文机关, before or after “关于”, never inside a word', () => {
    expect(splitTitle('中共××海关××处支部委员会关于增补支部委员的请示')).toEqual([
      '中共××海关××处支部委员会',
      '关于增补支部委员的请示',
    ]);
    expect(splitTitle('中共××海关××处支部委员会关于召开党员大会进行换届选举的请示')).toEqual([
      '中共××海关××处支部委员会关于',
      '召开党员大会进行换届选举的请示',
    ]);
  });

  it('never breaks inside 《…》, “…” or （…）, nor before closing punctuation', () => {
    const title = '中共××海关××处支部委员会关于学习贯彻《中国共产党支部工作条例（试行）》的实施方案';
    const lines = splitTitle(title);
    expect(lines.join('')).toBe(title);
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) {
      expect((line.match(/《/g) ?? []).length).toBe((line.match(/》/g) ?? []).length);
      expect(line).not.toMatch(/^[》”）、，]/);
    }
    const quoted = splitTitle('关于在全体党员中开展“学党章党规、学系列讲话，做合格党员”学习教育的实施方案');
    for (const line of quoted) expect((line.match(/“/g) ?? []).length).toBe((line.match(/”/g) ?? []).length);
  });

  it('never breaks inside ×× placeholders, dates or the guideline’s compound terms', () => {
    expect(splitTitle('中共××海关××处支部委员会××××年××月主题党日活动方案和记录')).toEqual([
      '中共××海关××处支部委员会',
      '××××年××月主题党日活动方案和记录',
    ]);
    expect(splitTitle('中共××海关××处支部党员大会选举监票、计票结果报告单')).toEqual([
      '中共××海关××处支部党员大会',
      '选举监票、计票结果报告单',
    ]);
  });

  it('balances the lines, the upper one longer when they cannot be equal (倒梯形)', () => {
    const lines = splitTitle('中共××海关××处支部委员会筹备组关于成立中共××海关××处支部委员会的请示');
    expect(widths(lines)).toEqual([19, 19]);
    const uneven = splitTitle('中共××海关××处支部党员大会选举新一届支部委员会的选举办法（草案）');
    expect(Math.abs(charWidth(uneven[0]!) - charWidth(uneven[1]!))).toBeLessThanOrEqual(2);
  });

  it('takes three lines when two cannot hold the title, swelling in the middle (菱形) rather than narrowing', () => {
    const lines = splitTitle('中共××海关××处支部委员会关于撤销（合并）中共××海关××处支部委员会的请示');
    expect(lines).toHaveLength(3);
    const [a, b, c] = widths(lines) as [number, number, number];
    expect(b < a && b < c).toBe(false); // no 沙漏形
    expect(lines[1]).toMatch(/^关于撤销（合并）/);
  });

  it('fits every line in the measure it is given', () => {
    for (const perLine of [10, 14, 20]) {
      const lines = splitTitle('中共××海关直属机关委员会关于同意成立中共××海关××处支部委员会的批复', perLine);
      for (const w of widths(lines)) expect(w).toBeLessThanOrEqual(perLine);
    }
  });
});

describe('the editor’s “｜” marks', () => {
  it('are honoured as written, full-width or ASCII, and removed from the title', () => {
    const marked = readTitleMarks('中共××海关××处支部委员会关于新一届｜支部委员会委员候选人预备人选的请示');
    expect(marked.problems).toEqual([]);
    expect(marked.title).toBe('中共××海关××处支部委员会关于新一届支部委员会委员候选人预备人选的请示');
    expect(titleLines(marked)).toEqual(['中共××海关××处支部委员会关于新一届', '支部委员会委员候选人预备人选的请示']);
    expect(titleLines(readTitleMarks('关于增补支部委员 | 的请示'))).toEqual(['关于增补支部委员', '的请示']);
  });

  it('are refused with a Chinese message when a line would not fit', () => {
    const { problems } = readTitleMarks('中共××海关××处支部委员会关于撤销（合并）中共××海关｜××处支部委员会的请示');
    expect(problems).toHaveLength(1);
    expect(problems[0]!.problem).toBe(
      '标题第1行“中共××海关××处支部委员会关于撤销（合并）中共××海关”有28个字，2号字一行最多排20个字',
    );
    expect(problems[0]!.fix).toMatch(/再加一个“｜”/);
  });

  it('are refused inside 《》 and before closing punctuation, and when a line is empty', () => {
    expect(readTitleMarks('关于学习《中国共产党｜支部工作条例》的通知').problems[0]!.problem).toBe(
      '标题第1行和第2行在书名号、引号或括号中间断开了',
    );
    expect(readTitleMarks('关于学习《条例》｜、《规定》的通知').problems.map((p) => p.problem)).toContain(
      '标题第2行以标点“、”开头',
    );
    expect(readTitleMarks('｜关于增补支部委员的请示').problems[0]!.problem).toMatch(/前后都要有字/);
  });

  it('reach the content checker through the document model, at the title’s line', () => {
    const bad = templateDocument('---\ntitle: x\n---\n\n# 关于学习《中国共产党｜支部工作条例》的通知\n\n正文。');
    expect(bad.model).toBeUndefined();
    expect(bad.problems).toEqual([
      {
        line: 5,
        problem: '标题第1行和第2行在书名号、引号或括号中间断开了',
        fix: '把“｜”移到《》“”（）之外，书名、引语和括注要排在同一行',
      },
    ]);
    const good = templateDocument('---\ntitle: x\n---\n\n# 关于增补支部委员｜的请示\n\n正文。');
    expect(good.model!.title).toBe('关于增补支部委员的请示');
    expect(good.model!.titleLines).toEqual(['关于增补支部委员', '的请示']);
  });
});

describe('the 30 real template titles', () => {
  const dir = join(import.meta.dirname, '../../content/templates');
  const models = readdirSync(dir)
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => [f, templateDocument(readFileSync(join(dir, f), 'utf8')).model!] as const);

  it.each(models)('%s: lines fit, join back to the title, break only where allowed', (_, model) => {
    expect(model.titleLines.join('')).toBe(model.title);
    for (const w of widths(model.titleLines)) expect(w).toBeLessThanOrEqual(TITLE_CHARS_PER_LINE);
    if (charWidth(model.title) <= TITLE_CHARS_PER_LINE) expect(model.titleLines).toHaveLength(1);
    for (const line of model.titleLines) {
      expect(line).not.toMatch(/^[、，。）》”]|[（《“×]$|中共$/);
      expect(line).not.toMatch(/^(会|届|员会|大会|积极分子|党员大会)/);
    }
  });
});
