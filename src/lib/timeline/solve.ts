/**
 * Given the dates a reader knows, each step's earliest and latest date under a procedure's limits, each with the
 * chain of rules that sets it back to a date the reader entered; and, in Chinese, what is wrong with the dates.
 *
 * Why it works this way:
 * - Bounds are propagated both ways to a fixed point (each limit "B ≥ shift(A)" raises B's earliest from A's
 *   earliest and lowers A's latest from B's latest; "B ≤ shift(A)" the converse). The shifts are monotone, so this
 *   is a Bellman–Ford-style relaxation; the inverse of a month shift is found by stepping, since month ends make
 *   it uneven (the earliest A with A + 1 month ≥ 03-31 is 03-01, not 02-28).
 * - Every bound is a necessary condition justified by its chain; a limit that cannot be evaluated (a date not yet
 *   known, a year without a published holiday list) contributes nothing and is reported, never guessed.
 * - Strict limits (应当/不得) are solved first: if the known dates break one, the result has errors and no dates at
 *   all, because dates computed from contradictory input cannot be justified. Limits that hold only 一般 are then
 *   added; one the known dates break becomes a warning and is left out, and the others still count.
 */
import { formatPartialDate } from '../dates.ts';
import { DateError, dayNumber, fromDayNumber, parseDate, type IsoDate, type WorkCalendar } from './dates.ts';
import {
  NoCalendarError,
  describeConstraint,
  limitLabelOf,
  ruleProblems,
  shift,
  signedOffset,
  type Constraint,
  type ProcedureRules,
  type Step,
  type Strength,
} from './rules.ts';

export interface SolveOptions {
  /** Needed only by limits counted in working days. */
  calendar?: WorkCalendar;
}

/** One limit applied: `date` for one step, computed from `fromDate` of step `from`. */
export interface Link {
  constraint: Constraint;
  /** The step whose date this link was computed for. */
  step: string;
  date: IsoDate;
  from: string;
  fromDate: IsoDate;
  /** True when `fromDate` is a date the reader entered (the end of the chain). */
  fromKnown: boolean;
}

export interface Bound {
  date: IsoDate;
  /** 'normally' when any limit in the chain holds only 一般. */
  strength: Strength;
  /** The limit that sets this bound first, then the ones its starting date came from, ending at a known date. */
  chain: readonly Link[];
}

export interface Window {
  earliest?: Bound;
  latest?: Bound;
}

export interface StepResult {
  step: Step;
  /** The date the reader entered, if any (its window then shows what the rules alone allow). */
  known?: IsoDate;
  /** All limits, 一般 ones included: the dates to plan by. */
  window: Window;
  /** Strict limits only: how far an approved exception can go. */
  strict: Window;
}

export type IssueKind = 'invalid' | 'order' | 'limit' | 'conflict' | 'missing' | 'calendar';

export interface Issue {
  kind: IssueKind;
  /** error: strict limit broken or input unreadable; warning: a 一般 limit broken; info: something not computable. */
  severity: 'error' | 'warning' | 'info';
  step: string;
  message: string;
  /** The limits involved, for showing their rule and article. */
  constraints: readonly Constraint[];
}

export interface Solution {
  /** False when there is any error; every step's windows are then empty. */
  ok: boolean;
  issues: Issue[];
  steps: StepResult[];
}

type Side = 'lo' | 'hi';

interface Derived {
  day: number;
  constraint: Constraint;
  from: string;
  /** Which bound of `from` it was computed from, or its known date. */
  fromSide: Side | 'known';
}

interface StepState {
  known?: number;
  lo?: Derived;
  hi?: Derived;
}

type State = Map<string, StepState>;

interface Context {
  rules: ProcedureRules;
  labelOf: (id: string) => string;
  calendar?: WorkCalendar;
  /** Days the strict limits fix exactly from earlier known dates alone (任期届满, 预备期满), by step. */
  fixed?: Map<string, number>;
}

/** Steps whose earliest and latest coincide when bounds only flow forward from known dates. */
function fixedDays(state: State): Map<string, number> {
  const fixed = new Map<string, number>();
  for (const [id, s] of state) {
    if (s.known === undefined && s.lo && s.hi && s.lo.day === s.hi.day) fixed.set(id, s.lo.day);
  }
  return fixed;
}

export function solve(
  rules: ProcedureRules,
  knownInput: Readonly<Record<string, string | undefined>>,
  options: SolveOptions = {},
): Solution {
  const problems = ruleProblems(rules);
  if (problems.length > 0) throw new Error(`时限规则有误：\n${problems.join('\n')}`);
  const labels = new Map(rules.steps.map((step) => [step.id, step.label]));
  const ctx: Context = { rules, labelOf: (id) => labels.get(id) ?? id, calendar: options.calendar };

  const issues: Issue[] = [];
  const known = new Map<string, number>();
  for (const id of Object.keys(knownInput)) {
    if (!labels.has(id)) throw new Error(`没有编号为「${id}」的步骤`);
  }
  for (const { id } of rules.steps) {
    const text = knownInput[id];
    if (text === undefined || text.trim() === '') continue; // not entered: unknown, not an error
    const parsed = parseDate(text);
    if (parsed.ok) known.set(id, dayNumber(parsed.date));
    else
      issues.push({
        kind: 'invalid',
        severity: 'error',
        step: id,
        message: `「${ctx.labelOf(id)}」的日期「${text.trim()}」${parsed.reason}`,
        constraints: [],
      });
  }

  const calendarIssues = new Map<string, Issue>();
  const strictConstraints = rules.constraints.filter((c) => c.strength === 'strict');
  ctx.fixed = fixedDays(propagate(ctx, strictConstraints, known, calendarIssues, false));
  const strictState = propagate(ctx, strictConstraints, known, calendarIssues);
  issues.push(...conflicts(ctx, strictState, 'error'));

  const empty = (): StepResult[] =>
    rules.steps.map((step) => ({ step, known: knownDate(known, step.id), window: {}, strict: {} }));
  if (issues.some((issue) => issue.severity === 'error')) {
    return { ok: false, issues: [...issues, ...calendarIssues.values()], steps: empty() };
  }

  // Add the 一般 limits; drop each one the known dates break (reported as a warning) and solve again.
  let active = [...rules.constraints];
  let state = propagate(ctx, active, known, calendarIssues);
  for (let found = conflicts(ctx, state, 'warning'); found.length > 0; found = conflicts(ctx, state, 'warning')) {
    issues.push(...found);
    const broken = new Set(found.flatMap((issue) => issue.constraints.filter((c) => c.strength === 'normally')));
    // A broken chain here always holds a 一般 limit (strict chains were solved above); guard the loop anyway.
    if (broken.size === 0) throw new Error('一般时限的冲突中没有一般时限');
    active = active.filter((c) => !broken.has(c));
    state = propagate(ctx, active, known, calendarIssues);
  }

  issues.push(...calendarIssues.values(), ...missing(ctx, state, active));
  const steps = rules.steps.map((step) => ({
    step,
    known: knownDate(known, step.id),
    window: windowOf(state, step.id),
    strict: windowOf(strictState, step.id),
  }));
  return { ok: true, issues, steps };
}

function knownDate(known: Map<string, number>, id: string): IsoDate | undefined {
  const day = known.get(id);
  return day === undefined ? undefined : fromDayNumber(day);
}

/** The constraint's shift as a function of day numbers; throws for working days without a usable calendar. */
function shiftFn(ctx: Context, c: Constraint): (day: number) => number {
  const amount = signedOffset(c);
  return (day) => dayNumber(shift(fromDayNumber(day), amount, c.offset.unit, ctx.calendar));
}

/** Largest a with s(a) ≤ b, starting from the naive inverse and stepping (s is monotone). */
function maxPre(s: (day: number) => number, guess: number, b: number): number {
  let a = guess;
  let steps = 0;
  while (s(a) > b) [a, steps] = [a - 1, counted(steps)];
  while (s(a + 1) <= b) [a, steps] = [a + 1, counted(steps)];
  return a;
}

/** Smallest a with s(a) ≥ b. */
function minPre(s: (day: number) => number, guess: number, b: number): number {
  let a = guess;
  let steps = 0;
  while (s(a) < b) [a, steps] = [a + 1, counted(steps)];
  while (s(a - 1) >= b) [a, steps] = [a - 1, counted(steps)];
  return a;
}

/** The naive inverse is off by a few days at most (month ends, a holiday run); more means a bug, not a date. */
function counted(steps: number): number {
  if (steps >= 1000) throw new Error('时限换算没有收敛');
  return steps + 1;
}

function propagate(
  ctx: Context,
  constraints: readonly Constraint[],
  known: Map<string, number>,
  calendarIssues: Map<string, Issue>,
  backward = true,
): State {
  const state: State = new Map(ctx.rules.steps.map((step) => [step.id, { known: known.get(step.id) }]));
  const at = (id: string) => state.get(id)!;
  const effective = (id: string, side: Side): [number, Side | 'known'] | undefined => {
    const s = at(id);
    if (s.known !== undefined) return [s.known, 'known'];
    const bound = s[side];
    return bound ? [bound.day, side] : undefined;
  };
  const raise = (id: string, side: Side, next: Derived): boolean => {
    const current = at(id)[side];
    const tighter = !current || (side === 'lo' ? next.day > current.day : next.day < current.day);
    if (tighter) at(id)[side] = next;
    return tighter;
  };

  const passes = 2 * (ctx.rules.steps.length + 2);
  for (let pass = 0; pass < passes; pass += 1) {
    let changed = false;
    for (const c of constraints) {
      const s = shiftFn(ctx, c);
      const back = (day: number) => dayNumber(shift(fromDayNumber(day), -signedOffset(c), c.offset.unit, ctx.calendar));
      const later = c.relation === 'noEarlierThan';
      // Forward: the step's earliest (≥) or latest (≤) from the anchor's.
      const forwardSide: Side = later ? 'lo' : 'hi';
      const anchor = effective(c.anchor, forwardSide);
      if (anchor) {
        const [day, fromSide] = anchor;
        const next = attempt(ctx, c, calendarIssues, () => s(day));
        if (next !== undefined) {
          changed = raise(c.step, forwardSide, { day: next, constraint: c, from: c.anchor, fromSide }) || changed;
        }
      }
      // Backward: the anchor's latest (≥) or earliest (≤) from the step's.
      const backSide: Side = later ? 'hi' : 'lo';
      const step = backward ? effective(c.step, backSide) : undefined;
      if (step) {
        const [day, fromSide] = step;
        const next = attempt(ctx, c, calendarIssues, () =>
          later ? maxPre(s, back(day), day) : minPre(s, back(day), day),
        );
        if (next !== undefined) {
          changed = raise(c.anchor, backSide, { day: next, constraint: c, from: c.step, fromSide }) || changed;
        }
      }
    }
    if (!changed) return state;
  }
  throw new Error(`「${ctx.rules.procedure}」的时限规则互相矛盾，日期推算没有收敛`);
}

/** Runs one limit's arithmetic; a calendar it cannot count on is recorded once per limit, and gives nothing. */
function attempt(
  ctx: Context,
  c: Constraint,
  calendarIssues: Map<string, Issue>,
  run: () => number,
): number | undefined {
  try {
    return run();
  } catch (error) {
    if (!(error instanceof DateError || error instanceof NoCalendarError)) throw error;
    if (!calendarIssues.has(c.id)) {
      calendarIssues.set(c.id, {
        kind: 'calendar',
        severity: 'info',
        step: c.step,
        message: `无法计算“${describeConstraint(c, ctx.labelOf)}”：${error.message}`,
        constraints: [c],
      });
    }
    return undefined;
  }
}

function chainOf(state: State, id: string, side: Side): Link[] {
  const links: Link[] = [];
  const seen = new Set<string>();
  let current: { id: string; side: Side } | undefined = { id, side };
  while (current && !seen.has(`${current.id}/${current.side}`)) {
    seen.add(`${current.id}/${current.side}`);
    const derived: Derived | undefined = state.get(current.id)![current.side];
    if (!derived) break;
    const from = state.get(derived.from)!;
    const fromDay = derived.fromSide === 'known' ? from.known! : from[derived.fromSide]!.day;
    links.push({
      constraint: derived.constraint,
      step: current.id,
      date: fromDayNumber(derived.day),
      from: derived.from,
      fromDate: fromDayNumber(fromDay),
      fromKnown: derived.fromSide === 'known',
    });
    current = derived.fromSide === 'known' ? undefined : { id: derived.from, side: derived.fromSide };
  }
  return links;
}

function boundOf(state: State, id: string, side: Side): Bound | undefined {
  const derived = state.get(id)![side];
  if (!derived) return undefined;
  const chain = chainOf(state, id, side);
  const strength = chain.some((link) => link.constraint.strength === 'normally') ? 'normally' : 'strict';
  return { date: fromDayNumber(derived.day), strength, chain };
}

function windowOf(state: State, id: string): Window {
  const window: Window = {};
  const earliest = boundOf(state, id, 'lo');
  const latest = boundOf(state, id, 'hi');
  if (earliest) window.earliest = earliest;
  if (latest) window.latest = latest;
  return window;
}

/**
 * Known dates that the limits exclude. Any contradiction shows up at some known date once bounds have reached
 * their fixed point, so only known dates are checked. One broken chain is reported once: conflicts found forward
 * (on the limited step) come first, and a later one sharing a limit with a reported one is left out — fixing the
 * first and solving again shows what remains.
 */
function conflicts(ctx: Context, state: State, severity: 'error' | 'warning'): Issue[] {
  const found: { issue: Issue; forward: boolean; order: number }[] = [];
  ctx.rules.steps.forEach((step, order) => {
    const s = state.get(step.id)!;
    if (s.known === undefined) return;
    for (const side of ['lo', 'hi'] as const) {
      const derived = s[side];
      if (!derived || (side === 'lo' ? derived.day <= s.known : derived.day >= s.known)) continue;
      const chain = chainOf(state, step.id, side);
      const head = chain[0]!;
      const forward = head.constraint.step === step.id;
      // A limit counted from a date the rules fix exactly (任期届满, 预备期满) reads as if that date were entered.
      const exact = head.fromKnown || ctx.fixed?.get(head.from) === dayNumber(head.fromDate);
      const issue = conflictIssue(ctx, step.id, s.known, side, chain, severity, forward && exact);
      found.push({ issue, forward, order });
    }
  });
  found.sort(
    (a, b) =>
      Number(b.forward) - Number(a.forward) ||
      a.issue.constraints.length - b.issue.constraints.length ||
      a.order - b.order,
  );
  const used = new Set<Constraint>();
  const issues: Issue[] = [];
  for (const { issue } of found) {
    if (issue.constraints.some((c) => used.has(c))) continue;
    issue.constraints.forEach((c) => used.add(c));
    issues.push(issue);
  }
  return issues;
}

function conflictIssue(
  ctx: Context,
  id: string,
  known: number,
  side: Side,
  chain: Link[],
  severity: 'error' | 'warning',
  direct: boolean,
): Issue {
  const label = ctx.labelOf;
  const date = formatPartialDate(fromDayNumber(known));
  const head = chain[0]!;
  const limit = formatPartialDate(head.date);
  const word = side === 'lo' ? '早于' : '晚于';
  const constraints = chain.map((link) => link.constraint);
  if (direct) {
    const c = head.constraint;
    return {
      kind: c.offset.amount === 0 ? 'order' : 'limit',
      severity,
      step: id,
      message: `${label(id)}的日期（${date}）${word}${limitLabelOf(c, label)}（${limit}）`,
      constraints,
    };
  }
  const because = [...chain]
    .reverse()
    .map((link) => {
      const bound = `${label(link.step)}${isLower(link) ? '最早' : '最迟'}${formatPartialDate(link.date)}`;
      return `${describeConstraint(link.constraint, label)}（${bound}）`;
    })
    .join('；');
  return {
    kind: 'conflict',
    severity,
    step: id,
    message: `${label(id)}的日期（${date}）${word}按已填日期推得的${side === 'lo' ? '最早' : '最迟'}日期（${limit}）：${because}`,
    constraints,
  };
}

function hasSide(state: State, id: string, side: Side): boolean {
  const s = state.get(id)!;
  return s.known !== undefined || s[side] !== undefined;
}

/** Whether a link gave its step an earliest date (rather than a latest one). */
function isLower(link: Link): boolean {
  const forward = link.constraint.step === link.step;
  return (link.constraint.relation === 'noEarlierThan') === forward;
}

/** Unknown steps lacking a side because a limit's starting date is not known. */
function missing(ctx: Context, state: State, constraints: readonly Constraint[]): Issue[] {
  const issues: Issue[] = [];
  for (const step of ctx.rules.steps) {
    const s = state.get(step.id)!;
    if (s.known !== undefined) continue;
    for (const side of ['lo', 'hi'] as const) {
      if (s[side]) continue;
      const relation = side === 'lo' ? 'noEarlierThan' : 'noLaterThan';
      // Only limits whose starting step has no date on that side; a limit that failed on the calendar is reported
      // as such, not as a missing date.
      const needing = constraints.filter(
        (c) => c.step === step.id && c.relation === relation && !hasSide(state, c.anchor, side),
      );
      const anchors = [...new Set(needing.map((c) => c.anchor))];
      for (const anchor of anchors) {
        issues.push({
          kind: 'missing',
          severity: 'info',
          step: step.id,
          message: `计算${ctx.labelOf(step.id)}的${side === 'lo' ? '最早' : '最迟'}日期，需要先填写${ctx.labelOf(anchor)}的日期`,
          constraints: needing.filter((c) => c.anchor === anchor),
        });
      }
    }
  }
  return issues;
}
