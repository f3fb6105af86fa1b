/**
 * A procedure's 时间节点 against its own page: the 时间推算 tool lists the steps, and works their dates out, in the
 * order the page's “工作程序” section presents them (src/lib/timeline/text-order.ts says how the two are tied).
 */
import type { TimelineData } from '../../timeline/content.ts';
import { procedureSectionText, textOrderProblems } from '../../timeline/text-order.ts';
import type { Problem } from '../../content-source/problem.ts';
import { entriesOf, problemAt, type RuleInput } from './input.ts';

export function timelineTextRule({ valid }: RuleInput): Problem[] {
  return entriesOf(valid, 'procedures').flatMap((e) => {
    const timeline = e.parsed.timeline as TimelineData | undefined;
    if (!timeline || e.mdxSource === undefined) return [];
    return textOrderProblems(timeline, procedureSectionText(e.mdxSource)).map((p) =>
      problemAt(e, p.path, p.problem, p.fix),
    );
  });
}
