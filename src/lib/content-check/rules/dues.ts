/**
 * The 党费交纳标准 (frontmatter `dues`) across entries: the 党费计算 tool reads one procedure's, so only one may
 * have it; and the page's table is made from it, so the body holds no hand-written table of rates beside it.
 */
import type { Problem } from '../../content-source/problem.ts';
import { entriesOf, problemAt, type RuleInput } from './input.ts';

export function duesRule({ valid }: RuleInput): Problem[] {
  const withDues = entriesOf(valid, 'procedures').filter((e) => e.parsed.dues !== undefined);
  const problems = withDues
    .slice(1)
    .map((e) =>
      problemAt(
        e,
        ['dues'],
        `交纳标准只能写在一个工作程序中，已写在 ${withDues[0]!.file}`,
        '删去这里的 dues，或删去那里的，党费计算工具只读一份',
      ),
    );
  for (const e of withDues) {
    const lines = (e.mdxSource ?? '').split('\n');
    // The body starts after the frontmatter's closing ---.
    const bodyFrom = lines.indexOf('---', 1) + 1;
    lines.forEach((line, i) => {
      if (i >= bodyFrom && bodyFrom > 0 && /^\s*\|.*\d\s*%/.test(line)) {
        problems.push({
          file: e.file,
          line: i + 1,
          field: '正文',
          problem: '正文中手写了党费比例表，页面上的“交纳标准”表已由 dues 生成',
          fix: '删去这张表，改在 frontmatter 的 dues 中修改比例，正文写“见交纳标准”',
        });
      }
    });
  }
  return problems;
}
