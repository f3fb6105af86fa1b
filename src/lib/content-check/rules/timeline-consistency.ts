/**
 * A procedure's 时间节点 hold together: once the steps and limits are right as written (src/schemas/timeline.ts), the
 * date solver (src/lib/timeline/solve.ts) must be able to use every limit, and limits that cannot all hold, wherever
 * they sit, are reported at the line of every limit involved. Frozen editions' procedures are held to it too
 * (edition-entries.ts).
 */
import type { RawEntry } from '../../content-source/entries.ts';
import type { Problem } from '../../content-source/problem.ts';
import { formatPath } from '../../content-source/problem.ts';
import { wordIssue } from '../../content-source/schema-messages.ts';
import { msg } from '../../../schemas/fields.ts';
import { timelineSchema, timelineShapeIssues } from '../../../schemas/timeline.ts';
import { conflictWording, ruleConflicts } from '../../timeline/consistency.ts';
import { timelineRules, type TimelineData } from '../../timeline/content.ts';
import { CALENDAR_2025_2026 } from '../../timeline/holidays.ts';
import { ruleProblems } from '../../timeline/rules.ts';
import { checkerContext } from '../validate.ts';
import type { RuleInput } from './input.ts';

/** Marks this rule's own issues among those of the timeline's schema (which the schema check reports already). */
const CONSISTENCY = 'timeline-consistency';

/**
 * The timeline's schema with this check added after its own: zod runs it exactly when it runs the schema's checks
 * (the steps and limits parsed), and this check goes on only when those found nothing.
 */
let schema: ReturnType<typeof timelineSchema> | undefined;
const consistencySchema = () =>
  (schema ??= timelineSchema(checkerContext).superRefine((timeline, issues) => {
    if (timelineShapeIssues(timeline).length > 0) return;
    const problem = (path: (string | number)[], problemText: string, fix: string) =>
      issues.addIssue({ code: 'custom', path, message: msg(problemText, fix), params: { rule: CONSISTENCY } });
    const rules = timelineRules('check', timeline as TimelineData);
    const rest = ruleProblems(rules);
    if (rest.length > 0) {
      problem([], `时间节点有误：${rest.join('；')}`, '按提示改正 steps 和 limits');
      return;
    }
    const labels = new Map(timeline.steps.map((s) => [s.id, s.label]));
    for (const conflict of ruleConflicts(rules, { calendar: CALENDAR_2025_2026 })) {
      const { problem: text, fix } = conflictWording(conflict, (id) => labels.get(id) ?? id);
      const at = conflict.constraints.map((c) => ['limits', rules.constraints.indexOf(c)]);
      for (const path of at.length > 0 ? at : [['limits']]) problem(path, text, fix);
    }
  }) as ReturnType<typeof timelineSchema>);

/** The consistency problems of the procedures among `entries` (raw: an entry invalid elsewhere is still checked). */
export function timelineConsistencyProblems(entries: readonly RawEntry[]): Problem[] {
  return entries.flatMap((e) => {
    const timeline = (e.data as { timeline?: unknown } | null)?.timeline;
    if (e.def.name !== 'procedures' || timeline === undefined) return [];
    const result = consistencySchema().safeParse(timeline);
    if (result.success) return [];
    return result.error.issues
      .filter((issue) => issue.code === 'custom' && issue.params?.rule === CONSISTENCY)
      .map((issue) => {
        const path = ['timeline', ...issue.path];
        const { problem, fix } = wordIssue(issue, e.def.schemaFile);
        return { file: e.file, line: e.lineOf(path), field: formatPath(path), problem, fix };
      });
  });
}

export function timelineConsistencyRule({ entries }: RuleInput): Problem[] {
  return timelineConsistencyProblems(entries);
}
