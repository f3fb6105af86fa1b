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
 * - A reader is never blamed for the rules: when limits contradict one another (a cycle that pushes a date past
 *   itself, or a date that one known date alone already rules out), the result is one 'rules' issue that says the
 *   page's limits are at fault, and no dates. Nothing here throws: an unexpected failure is reported the same way.
 */
import { formatPartialDate } from '../dates.ts';
import {
  DateError,
  dayNumber,
  fromDayNumber,
  parseDate,
  provisionalYears,
  type IsoDate,
  type WorkCalendar,
} from './dates.ts';
import {
  NoCalendarError,
  describeConstraint,
  limitLabelOf,
  pinsOf,
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
  /**
   * Years whose holiday arrangement is not published yet, counted provisionally by a working-day limit in the
   * chain (the calendar's `provisional` rule): the date may move once it is published.
   */
  provisional?: readonly number[];
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

/**
 * 'rules': the page's limits contradict one another (or could not be used at all); never the reader's dates. The
 * other kinds concern what was entered.
 */
export type IssueKind = 'invalid' | 'order' | 'limit' | 'conflict' | 'missing' | 'calendar' | 'rules';

export interface Issue {
  kind: IssueKind;
  /** error: strict limit broken or input unreadable; warning: a 一般 limit broken; info: something not computable. */
  severity: 'error' | 'warning' | 'info';
  /** The step it concerns; '' for a 'rules' issue, which concerns the page as a whole. */
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
  /** False when only the issues are wanted: each step's dates, and the chain behind each, are not gathered. */
  withDates: boolean;
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
  return run(rules, knownInput, options, true);
}

/**
 * The issue saying the limits themselves are at fault, as `solve` would give it for these dates, or undefined; no
 * dates are worked out (the content check asks this for many dates: src/lib/timeline/consistency.ts).
 */
export function rulesFault(
  rules: ProcedureRules,
  knownInput: Readonly<Record<string, string | undefined>>,
  options: SolveOptions = {},
): Issue | undefined {
  return run(rules, knownInput, options, false).issues.find((issue) => issue.kind === 'rules');
}

function run(
  rules: ProcedureRules,
  knownInput: Readonly<Record<string, string | undefined>>,
  options: SolveOptions,
  withDates: boolean,
): Solution {
  const labels = new Map(rules.steps.map((step) => [step.id, step.label]));
  const ctx: Context = { rules, labelOf: (id) => labels.get(id) ?? id, calendar: options.calendar, withDates };
  let known = new Map<string, number>();
  try {
    const problems = ruleProblems(rules);
    if (problems.length > 0) {
      return withoutDates(rules, known, [rulesIssue(`本页的时限规定有误（${problems.join('；')}）`, [])]);
    }
    const read = readKnown(ctx, knownInput);
    known = read.known;
    const outcome = solveKnown(ctx, known, read.issues);
    const fault = rulesAtFault(ctx, known, outcome);
    if (fault) return withoutDates(rules, known, [...read.issues, fault]);
    return outcome;
  } catch {
    // A failure of the arithmetic itself (a bug, or limits it cannot settle): never the reader's dates.
    return withoutDates(rules, known, [rulesIssue('本页的日期推算出错', [])]);
  }
}

/**
 * The dates entered, as day numbers; an unreadable one is an error naming the step. Dates for steps the page does
 * not have (saved when the procedure had other steps) are left out.
 */
function readKnown(ctx: Context, input: Readonly<Record<string, string | undefined>>) {
  const known = new Map<string, number>();
  const issues: Issue[] = [];
  for (const { id } of ctx.rules.steps) {
    const text = input[id];
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
  return { known, issues };
}

/** What a reader is told when the page's limits, not their dates, are at fault. */
function rulesIssue(what: string, constraints: readonly Constraint[]): Issue {
  return {
    kind: 'rules',
    severity: 'error',
    step: '',
    message: `${what}，这不是所填日期的问题，请联系机关党委核对本页的时限规定。`,
    constraints,
  };
}

function withoutDates(rules: ProcedureRules, known: Map<string, number>, issues: Issue[]): Solution {
  const steps = rules.steps.map((step) => ({ step, known: knownDate(known, step.id), window: {}, strict: {} }));
  return { ok: false, issues, steps };
}

/** A solution, or the limits that push a date past itself without end (a cycle that only ever moves dates later). */
type Outcome = Solution & { cycle?: readonly Constraint[] };

const isConflict = (issue: Issue) => issue.kind === 'order' || issue.kind === 'limit' || issue.kind === 'conflict';

/**
 * The dates entered solved against the limits; `issues` holds what was found wrong with the input so far (it
 * makes the result an error, as a broken strict limit does).
 */
function solveKnown(base: Context, known: Map<string, number>, issuesSoFar: readonly Issue[]): Outcome {
  const issues = [...issuesSoFar];
  const calendarIssues = new Map<string, Issue>();
  const strictConstraints = base.rules.constraints.filter((c) => c.strength === 'strict');
  const forward = propagate(base, strictConstraints, known, calendarIssues, false);
  if (forward.cycle) return { ...withoutDates(base.rules, known, issues), cycle: forward.cycle };
  const ctx: Context = { ...base, fixed: fixedDays(forward.state) };
  const strict = propagate(ctx, strictConstraints, known, calendarIssues);
  if (strict.cycle) return { ...withoutDates(base.rules, known, issues), cycle: strict.cycle };
  issues.push(...conflicts(ctx, strict.state, 'error'));
  if (issues.some((issue) => issue.severity === 'error')) {
    return withoutDates(base.rules, known, [...issues, ...calendarIssues.values()]);
  }

  // Add the 一般 limits; drop each one the known dates break (reported as a warning) and solve again.
  let active = [...base.rules.constraints];
  let all = propagate(ctx, active, known, calendarIssues);
  for (let found = all.cycle ? [] : conflicts(ctx, all.state, 'warning'); found.length > 0;) {
    issues.push(...found);
    const broken = new Set(found.flatMap((issue) => issue.constraints.filter((c) => c.strength === 'normally')));
    // A broken chain here always holds a 一般 limit (strict chains were solved above); guard the loop anyway.
    if (broken.size === 0) throw new Error('一般时限的冲突中没有一般时限');
    active = active.filter((c) => !broken.has(c));
    all = propagate(ctx, active, known, calendarIssues);
    found = all.cycle ? [] : conflicts(ctx, all.state, 'warning');
  }
  if (all.cycle) return { ...withoutDates(base.rules, known, issues), cycle: all.cycle };

  issues.push(...calendarIssues.values(), ...missing(ctx, all.state, active));
  const steps = base.rules.steps.map((step) => ({
    step,
    known: knownDate(known, step.id),
    window: ctx.withDates ? windowOf(ctx, all.state, step.id) : {},
    strict: ctx.withDates ? windowOf(ctx, strict.state, step.id) : {},
  }));
  return { ok: true, issues, steps };
}

/**
 * Whether the limits themselves are at fault for what the solution found wrong: a cycle that moves dates later
 * without end, or a date that on its own — no other date entered — already breaks a limit. One date cannot break
 * limits that agree with one another, unless it is a day the rules never give that step (the anniversary of a
 * year counted to the day is never 2月29日): that date is the reader's to correct.
 */
function rulesAtFault(ctx: Context, known: Map<string, number>, outcome: Outcome): Issue | undefined {
  const contradiction = (constraints: readonly Constraint[]) => {
    const involved = ctx.rules.constraints.filter((c) => constraints.includes(c));
    const sentences = involved.map((c) => `“${describeConstraint(c, ctx.labelOf)}”`).join('、');
    return rulesIssue(`本页的时限规定互相矛盾（${sentences}）`, involved);
  };
  if (outcome.cycle) return contradiction(outcome.cycle);
  if (!outcome.issues.some(isConflict)) return undefined;
  for (const [id, day] of known) {
    const alone = known.size === 1 ? outcome : solveKnown(ctx, new Map([[id, day]]), []);
    if (alone.cycle) return contradiction(alone.cycle);
    const found = alone.issues.filter(isConflict);
    if (found.length > 0 && canFall(ctx, id, day)) return contradiction(found.flatMap((issue) => issue.constraints));
  }
  return undefined;
}

/**
 * Whether `day` is one the step can have at all: a step two limits pin to a shift of another step's date (预备期满,
 * 任期届满) only falls on days that shift reaches — 1 year after no day is 2月29日, 1 month after no day is 3月30日 —
 * and the other step's date must in turn be one it can have.
 */
function canFall(ctx: Context, id: string, day: number, seen: ReadonlySet<string> = new Set()): boolean {
  if (seen.has(id)) return true;
  for (const pin of pinsOf(ctx.rules, id)) {
    let reachable = false;
    try {
      const s = shiftFn(ctx, pin);
      const guess = dayNumber(shift(fromDayNumber(day), -signedOffset(pin), pin.offset.unit, ctx.calendar));
      const last = maxPre(s, guess, day);
      // The days the shift takes to `day`: a few at most (01-28 … 01-31 all reach 02-28).
      for (let from = last; s(from) === day && from > last - 31; from -= 1) {
        reachable ||= canFall(ctx, pin.anchor, from, new Set([...seen, id]));
      }
    } catch {
      reachable = true; // a shift that cannot be counted (no holiday list) decides nothing
    }
    if (!reachable) return false;
  }
  return true;
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
): { state: State; cycle?: readonly Constraint[] } {
  const state: State = new Map(ctx.rules.steps.map((step) => [step.id, { known: known.get(step.id) }]));
  const at = (id: string) => state.get(id)!;
  const effective = (id: string, side: Side): [number, Side | 'known'] | undefined => {
    const s = at(id);
    if (s.known !== undefined) return [s.known, 'known'];
    const bound = s[side];
    return bound ? [bound.day, side] : undefined;
  };
  let last: { id: string; side: Side } | undefined;
  const raise = (id: string, side: Side, next: Derived): boolean => {
    const current = at(id)[side];
    const tighter = !current || (side === 'lo' ? next.day > current.day : next.day < current.day);
    if (tighter) [at(id)[side], last] = [next, { id, side }];
    return tighter;
  };

  for (let pass = 0; pass < PASSES(ctx.rules.steps.length); pass += 1) {
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
    if (!changed) return { state };
  }
  return { state, cycle: cycleThrough(state, last!) };
}

/**
 * Passes enough for any set of limits that agree: relaxation settles within one pass per step when periods have
 * fixed lengths, and a cycle mixing months with days may move a bound a day a pass until a month's end (31). Still
 * changing after that, the limits hold a cycle that pushes dates later every time round.
 */
const PASSES = (steps: number) => 2 * (steps + 2) + 31;

/** The limits of the cycle a still-changing bound runs round: its derivations, followed until one repeats. */
function cycleThrough(state: State, start: { id: string; side: Side }): Constraint[] {
  const seen: string[] = [];
  const via: Constraint[] = [];
  for (let at: { id: string; side: Side } | undefined = start; at;) {
    const key = `${at.id}/${at.side}`;
    const repeat = seen.indexOf(key);
    if (repeat >= 0) return via.slice(repeat);
    const derived: Derived | undefined = state.get(at.id)![at.side];
    if (!derived) break;
    seen.push(key);
    via.push(derived.constraint);
    at = derived.fromSide === 'known' ? undefined : { id: derived.from, side: derived.fromSide };
  }
  return via; // no loop among the derivations (not expected): every limit that moved the bound
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

function boundOf(ctx: Context, state: State, id: string, side: Side): Bound | undefined {
  const derived = state.get(id)![side];
  if (!derived) return undefined;
  const chain = chainOf(state, id, side);
  const strength = chain.some((link) => link.constraint.strength === 'normally') ? 'normally' : 'strict';
  const calendar = ctx.calendar;
  const provisional = calendar
    ? [
        ...new Set(
          chain
            .filter((link) => link.constraint.offset.unit === 'workingDays')
            .flatMap((link) => provisionalYears(link.fromDate, link.date, calendar)),
        ),
      ].sort((a, b) => a - b)
    : [];
  return { date: fromDayNumber(derived.day), strength, chain, ...(provisional.length ? { provisional } : {}) };
}

function windowOf(ctx: Context, state: State, id: string): Window {
  const window: Window = {};
  const earliest = boundOf(ctx, state, id, 'lo');
  const latest = boundOf(ctx, state, id, 'hi');
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
