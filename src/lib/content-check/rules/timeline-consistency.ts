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
import type { CheckMemo, MemoTable } from '../check-memo.ts';
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
      // By id, not by object: ruleConflicts answers a rule set it has seen (another procedure's, an edition's copy)
      // with the constraints of that first set.
      const at = conflict.constraints.map((c) => ['limits', rules.constraints.findIndex((own) => own.id === c.id)]);
      for (const path of at.length > 0 ? at : [['limits']]) problem(path, text, fix);
    }
  }) as ReturnType<typeof timelineSchema>);

/** One finding of the check, before it is placed at a line of a file. */
interface Finding {
  path: PropertyKey[];
  problem: string;
  fix: string;
}

/** The findings for one timeline as written (solving the dates is the slow part: remembered by the timeline's text). */
function findingsOf(timeline: unknown, schemaFile: string, memo: MemoTable<Finding[]> | undefined): Finding[] {
  const key = memo && `${schemaFile}\0${JSON.stringify(timeline)}`;
  const known = key === undefined ? undefined : memo?.get(key);
  if (known) return known;
  const result = consistencySchema().safeParse(timeline);
  const findings = result.success
    ? []
    : result.error.issues
        .filter((issue) => issue.code === 'custom' && issue.params?.rule === CONSISTENCY)
        .map((issue) => ({ path: ['timeline', ...issue.path], ...wordIssue(issue, schemaFile) }));
  if (key !== undefined) memo?.set(key, findings);
  return findings;
}

/** The consistency problems of the procedures among `entries` (raw: an entry invalid elsewhere is still checked). */
export function timelineConsistencyProblems(entries: readonly RawEntry[], memo?: Pick<CheckMemo, 'table'>): Problem[] {
  const findings = memo?.table<Finding[]>('timeline-consistency');
  return entries.flatMap((e) => {
    const timeline = (e.data as { timeline?: unknown } | null)?.timeline;
    if (e.def.name !== 'procedures' || timeline === undefined) return [];
    return findingsOf(timeline, e.def.schemaFile, findings).map(({ path, problem, fix }) => ({
      file: e.file,
      line: e.lineOf(path),
      field: formatPath(path),
      problem,
      fix,
    }));
  });
}

export function timelineConsistencyRule({ entries, memo }: RuleInput): Problem[] {
  return timelineConsistencyProblems(entries, memo);
}
