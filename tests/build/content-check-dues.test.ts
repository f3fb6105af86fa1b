/**
 * The 党费交纳标准 (frontmatter `dues` of content/guide/members/party-dues.mdx) through the content checker: each
 * mistake an editor could make in the brackets or the categories is reported at its line, in Chinese, with what to
 * change (the gap between two brackets and a rate of 0 are bad-input cases 73 and 74).
 */
import { afterEach, describe, expect, it } from 'vitest';
import { checkContent, formatProblem } from '../../src/lib/content-check/index.ts';
import { copyContent, type ContentCopy } from '../support/content-fixture.ts';

const FILE = 'content/guide/members/party-dues.mdx';
let copy: ContentCopy | undefined;
afterEach(() => copy?.cleanup());

async function problemsAfter(from: string, to: string, file = FILE): Promise<string[]> {
  copy = copyContent('site');
  copy.edit(file, from, to);
  // The review backlog of revised regulations is listed as 待复核, not as a problem of this file.
  return (await checkContent(copy.root)).problems
    .map(formatProblem)
    .filter((p) => p.includes('dues') || p.includes('正文'));
}

describe('交纳标准 in the 党费 procedure', () => {
  it('the last bracket with an upper limit', async () => {
    expect(
      await problemsAfter(
        '        - from: 10000\n          rate: 2',
        '        - from: 10000\n          upTo: 20000\n          rate: 2',
      ),
    ).toEqual([
      `${FILE}:58 dues.categories[0].brackets[3].upTo: 最后一档不写上限 — 删去 upTo：最后一档是“10000元以上”`,
    ]);
  });

  it('a rate lower than the bracket below it', async () => {
    expect(
      await problemsAfter('          upTo: 10000\n          rate: 1.5', '          upTo: 10000\n          rate: 0.8'),
    ).toEqual([
      `${FILE}:56 dues.categories[0].brackets[2].rate: 第3档的比例0.8%不高于上一档的1% — 收入越高的档次比例越高：核对各档的比例`,
    ]);
  });

  it('a category borrowing the brackets of one that does not exist', async () => {
    expect(
      await problemsAfter('      bracketsOf: employed\n      regulation', '      bracketsOf: staff\n      regulation'),
    ).toEqual([
      `${FILE}:64 dues.categories[1].bracketsOf: 「staff」不是本表中写了分档比例的类别 — 改成以下之一：employed、retired`,
    ]);
  });

  it('a category with both brackets and a fixed amount', async () => {
    expect(
      await problemsAfter(
        '      amount: 0.2\n      regulation',
        '      amount: 0.2\n      bracketsOf: employed\n      base: 收入\n      regulation',
      ),
    ).toEqual([
      `${FILE}:90 dues.categories[5]: 「学生党员、下岗失业的党员、依靠抚恤或救济生活的党员、领取当地最低生活保障金的党员」须写明怎样交纳，且只写一种 — 写 brackets（分档比例），或 bracketsOf（参照哪个类别的分档），或 amount（每月固定金额）`,
    ]);
  });

  it('a hand-written table of rates left in the body', async () => {
    const problems = await problemsAfter(
      '1. **年初核定**',
      '| 档次 | 比例 |\n|---|---|\n| 3000元以下 | 0.5% |\n\n1. **年初核定**',
    );
    expect(problems).toEqual([
      expect.stringMatching(
        /^content\/guide\/members\/party-dues\.mdx:\d+ 正文: 正文中手写了党费比例表，页面上的“交纳标准”表已由 dues 生成 — 删去这张表/,
      ),
    ]);
  });
});
