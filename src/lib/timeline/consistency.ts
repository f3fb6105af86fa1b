/**
 * Whether a procedure's limits can hold together, asked by the content check before any page shows them, so that
 * the 时间推算 page never has to tell a reader that the rules contradict themselves.
 *
 * How it decides: every step in turn is taken as the one date known, on probe days chosen where calendar counting
 * is uneven, and solved by the page's own solver (solve.ts), which already says when the limits rather than the
 * date are at fault ('rules' issues). So limits that contradict one another are found from any step they touch,
 * however far from the first; a cycle that pushes a date later every time round (甲 ≥ 乙 + 1个月, 乙 ≥ 甲) is found
 * whether or not the probe sits on it; and a cycle with no net shift (当日 both ways) is found as nothing, because
 * it contradicts nothing. Months and years are not of fixed length (month ends, 2月29日) and working days skip
 * holidays, so the probes are ordinary days in months of 28, 29, 30 and 31 days, month ends, leap days and the
 * eves of long holidays. A step pinned to a shift of another step's date (预备期满) is probed on ordinary days only:
 * a day such a pin never reaches (2月29日 one year on) is a reader's date to correct, not a contradiction.
 */
import { formatPartialDate } from '../dates.ts';
import { isoDate, type IsoDate } from './dates.ts';
import { describeConstraint, pinsOf, type Constraint, type ProcedureRules } from './rules.ts';
import { rulesFault, type SolveOptions } from './solve.ts';

/** The 10th: far enough from a month's end that a month or a year counts the same forwards and back. */
const ORDINARY = ['2025-02-10', '2025-04-10', '2025-07-10', '2025-12-10', '2026-03-10', '2028-02-10'];
/** Month ends of each length, leap days, and the last working days before 国庆节 and 春节 (2026-02-14 is worked). */
const UNEVEN = [
  '2025-01-31',
  '2025-02-28',
  '2025-04-30',
  '2025-12-31',
  '2026-08-31',
  '2024-02-29',
  '2028-02-29',
  '2025-09-30',
  '2026-02-13',
];
export const PROBE_DAYS: { ordinary: readonly IsoDate[]; uneven: readonly IsoDate[] } = {
  ordinary: ORDINARY.map(isoDate),
  uneven: UNEVEN.map(isoDate),
};

export interface RuleConflict {
  /** The limits that cannot all hold, in content order; empty when the solver itself failed. */
  constraints: Constraint[];
  /** Each limit counted from the one before, round to the first: a date would have to come after itself. */
  loop: boolean;
  /** One probe at which it shows, when it does not show at every probe of some step (it depends on the date). */
  example?: { step: string; date: IsoDate };
}

/** The steps joined to `id` by limits, either way round. */
function componentOf(rules: ProcedureRules, id: string): Set<string> {
  const seen = new Set([id]);
  for (let grew = true; grew;) {
    grew = false;
    for (const c of rules.constraints) {
      if (seen.has(c.step) !== seen.has(c.anchor)) {
        seen.add(c.step);
        seen.add(c.anchor);
        grew = true;
      }
    }
  }
  return seen;
}

/** Days a step is probed on: one ordinary day where every limit near it counts plain days (all days alike). */
function probesFor(rules: ProcedureRules, id: string): readonly IsoDate[] {
  const near = componentOf(rules, id);
  const plainDays = rules.constraints.every((c) => !near.has(c.step) || c.offset.unit === 'days');
  if (plainDays) return PROBE_DAYS.ordinary.slice(0, 1);
  if (pinsOf(rules, id).length > 0) return PROBE_DAYS.ordinary;
  return [...PROBE_DAYS.ordinary, ...PROBE_DAYS.uneven];
}

/** Whether the limits run round one loop, each starting where the one before ends, all 不早于 or all 不晚于. */
function isLoop(constraints: readonly Constraint[]): boolean {
  if (constraints.length === 0 || constraints.some((c) => c.relation !== constraints[0]!.relation)) return false;
  const next = new Map(constraints.map((c) => [c.anchor, c]));
  if (next.size !== constraints.length) return false;
  let at = constraints[0]!;
  for (let i = 0; i < constraints.length; i += 1) {
    const following = next.get(at.step);
    if (!following) return false;
    at = following;
  }
  return at === constraints[0];
}

/** The first probe of each step at which the limits are at fault, keyed by the limits involved. */
function probeAll(rules: ProcedureRules, options: SolveOptions) {
  const found = new Map<
    string,
    { constraints: Constraint[]; at: { step: string; date: IsoDate }; everywhere: boolean }
  >();
  for (const { id } of rules.steps) {
    const probes = probesFor(rules, id);
    const hits = new Map<string, number>();
    for (const date of probes) {
      const issue = rulesFault(rules, { [id]: date }, options);
      if (!issue) continue;
      const constraints = rules.constraints.filter((c) => issue.constraints.includes(c));
      const key = constraints.map((c) => c.id).join('\n');
      hits.set(key, (hits.get(key) ?? 0) + 1);
      const entry = found.get(key) ?? { constraints, at: { step: id, date }, everywhere: false };
      entry.everywhere ||= hits.get(key) === probes.length;
      found.set(key, entry);
    }
  }
  return [...found.values()];
}

/**
 * The contradictions among the limits, each once, by the smallest set of limits that shows it. Whether one depends
 * on the date is asked of its limits alone: among all the limits, the solver meets the strict ones first, and which
 * contradiction a probe shows depends on that order rather than on the date.
 */
function findConflicts(rules: ProcedureRules, options: SolveOptions): RuleConflict[] {
  const sets = probeAll(rules, options);
  return sets
    .filter(({ constraints }) =>
      // A longer chain holding a shorter contradiction adds nothing: the shorter one is what to fix.
      sets.every(
        (other) => other.constraints === constraints || !other.constraints.every((c) => constraints.includes(c)),
      ),
    )
    .map(({ constraints, at }) => {
      const alone: ProcedureRules = {
        ...rules,
        steps: rules.steps.filter((s) => constraints.some((c) => c.step === s.id || c.anchor === s.id)),
        constraints,
      };
      const shown = probeAll(alone, options);
      const example = shown.find((f) => f.constraints.length === constraints.length)?.at ?? at;
      const everywhere = shown.some((f) => f.everywhere);
      return { constraints, loop: isLoop(constraints), ...(everywhere ? {} : { example }) };
    });
}

/** The answer for rule sets already seen: synthetic copies of a procedure (npm run bench) share their limits. */
const seen = new Map<string, RuleConflict[]>();

/** Every contradiction among a procedure's limits (none for limits that can all hold). Never throws. */
export function ruleConflicts(rules: ProcedureRules, options: SolveOptions = {}): RuleConflict[] {
  const key = JSON.stringify([rules.steps, rules.constraints, options.calendar?.years]);
  let result = seen.get(key);
  if (!result) {
    try {
      result = findConflicts(rules, options);
    } catch {
      result = [{ constraints: [], loop: false }];
    }
    if (seen.size >= 200) seen.clear();
    seen.set(key, result);
  }
  return result;
}

/** A contradiction in the content check's words: the limits by id with what each says, and what to change. */
export function conflictWording(
  conflict: RuleConflict,
  labelOf: (id: string) => string,
): { problem: string; fix: string } {
  if (conflict.constraints.length === 0) {
    return {
      problem: '这些时限无法用于推算日期（推算程序出错）',
      fix: '请把这个提示转给网站维护人员；同时核对各条时限的期限和“不早于/不晚于”',
    };
  }
  const ids = conflict.constraints.map((c) => `「${c.id}」`).join('、');
  const said = conflict.constraints.map((c) => `「${c.id}」${describeConstraint(c, labelOf)}`).join('；');
  if (conflict.loop) {
    const later = conflict.constraints[0]!.relation === 'noEarlierThan' ? '晚' : '早';
    return {
      problem: `时限${ids}首尾相连成环（${said}），绕一圈下来，同一个节点要比它自己更${later}，任何日期都不能满足`,
      fix: '删去多余的一条，或改正其中写错的期限或“不早于/不晚于”',
    };
  }
  const when = conflict.example
    ? `在某些日期（如“${labelOf(conflict.example.step)}”为${formatPartialDate(conflict.example.date)}时）`
    : '';
  return {
    problem: `时限${ids}${when}不能同时满足（${said}）`,
    fix: '核对这几条时限的期限、前后关系和“不早于/不晚于”，改正写错的一条',
  };
}
