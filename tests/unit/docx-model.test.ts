import { describe, expect, it } from 'vitest';
import { charWidth, levelOf, signatureIndent, templateDocument } from '../../src/lib/docx/model.ts';
import { columnWidths } from '../../src/lib/docx/render.ts';

const doc = (body: string) => templateDocument(`---\ntitle: x\n---\n\n${body}`);

describe('levels', () => {
  it.each([
    ['一、基本情况。', 1],
    ['十二、其他', 1],
    ['（三）选举办法。', 2],
    ['2.候选人', 3],
    ['（4）计票', 4],
    ['根据规定', undefined],
  ])('%s → %s', (text, level) => expect(levelOf(text)).toBe(level));
});

describe('templateDocument', () => {
  it('reads title, 主送, levels, 附件说明 and 落款', () => {
    const { model, problems } = doc(
      [
        '# 关于××的请示',
        '中共××海关机关委员会：',
        '根据有关规定，现请示如下：',
        '一、基本情况。本单位有党员××名。',
        '（一）正式党员。××名。',
        '妥否，请批示。',
        '附件：1.党员名单',
        '　　　2.情况说明',
        '---',
        '中共××支部委员会',
        '××××年××月××日',
        '（联系人：×××）',
      ].join('\n\n'),
    );
    expect(problems).toEqual([]);
    expect(model!.title).toBe('关于××的请示');
    expect(model!.addressee).toBe('中共××海关机关委员会：');
    expect(
      model!.blocks.map((b) => (b.kind === 'paragraph' ? `${b.level ?? 0}:${b.headingLength ?? ''}` : b.kind)),
    ).toEqual(['0:', '1:7', '2:8', '0:', 'attachments']);
    expect(model!.blocks[4]).toEqual({ kind: 'attachments', items: ['1.党员名单', '2.情况说明'] });
    expect(model!.signature).toEqual({ org: '中共××支部委员会', date: '××××年××月××日', notes: ['（联系人：×××）'] });
  });

  it('reads attachment pages after the 落款, each with its label and bold title', () => {
    const { model, problems } = doc(
      [
        '# 述职报告',
        '特此报告。',
        '附件：申报表',
        '---',
        '中共××支部委员会书记　×××',
        '××××年××月××日',
        '附件',
        '**申报表**',
        '| 项目 | 内容 |\n|---|---|\n| 名称 |  |',
      ].join('\n\n'),
    );
    expect(problems).toEqual([]);
    expect(model!.signature?.date).toBe('××××年××月××日');
    expect(model!.appendices).toEqual([
      {
        label: '附件',
        title: '申报表',
        titleLines: ['申报表'],
        blocks: [
          {
            kind: 'table',
            rows: [
              ['项目', '内容'],
              ['名称', ''],
            ],
          },
        ],
      },
    ]);
  });

  it('reads tables cell by cell, keeping empty cells to fill in', () => {
    const { model } = doc('# 登记表\n\n| 项目 | 内容 |\n|---|---|\n| 姓名 |  |\n| 性别 |  |');
    expect(model!.blocks).toEqual([
      {
        kind: 'table',
        rows: [
          ['项目', '内容'],
          ['姓名', ''],
          ['性别', ''],
        ],
      },
    ]);
  });

  it('explains what is wrong, with the line', () => {
    expect(doc('没有标题').problems[0]).toMatchObject({ line: 5, problem: '文书正文应以标题开头' });
    expect(doc('# 请示\n\n---\n\n中共××支部\n\n2025年13月').problems[0]?.problem).toBe('成文日期格式不对：2025年13月');
    expect(doc('# 请示\n\n```js\nx\n```').problems[0]?.problem).toMatch(/文书正文中不能使用这种内容/);
  });
});

describe('layout helpers', () => {
  it('counts ASCII as half a Chinese character, and ×× placeholders and quotation marks as whole ones', () => {
    // Word sets × “ ” in the eastAsia font (w:hint="eastAsia"), LibreOffice in the Asian font amid Chinese: one em.
    expect(charWidth('2025年3月5日')).toBe(6);
    expect(charWidth('××××年××月××日')).toBe(11);
    expect(charWidth('“三会一课”')).toBe(6);
  });
  it('centres the 署名 over the date, which stands four characters from the right', () => {
    // 署名 9 wide, date 11 wide: the 署名 stands one character in from each end of the date.
    expect(signatureIndent({ org: '中共××支部委员会', date: '××××年××月××日', notes: [] })).toEqual({
      org: 5,
      date: 4,
    });
    expect(
      signatureIndent({ org: '中共××海关××处支部委员会筹备组所属某某单位的长名称', date: '2025年3月5日', notes: [] })
        .org,
    ).toBe(0);
  });
  it('sizes table columns to their text within the type area, giving blank columns room to write', () => {
    const area = Math.round((156 / 25.4) * 1440);
    const byText = columnWidths([
      ['序号', '问题'],
      ['1', '会议记录要素不全，缺少表决情况'],
    ]);
    expect(byText.reduce((a, b) => a + b, 0)).toBe(area);
    expect(byText[1]).toBeGreaterThan(byText[0]!);
    const form = columnWidths([
      ['项目', '内容'],
      ['入党积极分子确定时间', ''],
    ]);
    expect(form.reduce((a, b) => a + b, 0)).toBe(area);
    expect(form[1]).toBeGreaterThan(form[0]!);
  });
});
