/**
 * A procedure's 时间节点 as its frontmatter holds them (src/schemas/timeline.ts) turned into the solver's model, and
 * the sentences the procedure page, the handbook and the 时间推算 page print for each limit — all from the same
 * data, so the page text and the worked-out dates cannot disagree.
 */
import { parseOffset } from './offset.ts';
import { formatDuration, pins, type Constraint, type ProcedureRules, type Source } from './rules.ts';

/** The validated frontmatter field; references hold at least the entry's id. */
export interface TimelineData {
  steps: readonly { id: string; label: string; circumstance?: boolean; template?: { id: string }; inText?: string }[];
  limits: readonly {
    id: string;
    step: string;
    limit: '不早于' | '不晚于';
    from: string;
    offset: string;
    strength: '应当' | '一般';
    rule: string;
    limitLabel?: string;
    regulation?: { id: string };
    articles?: string;
    practice?: '通行做法' | '关区做法';
    note?: string;
  }[];
}

function sourceOf(limit: TimelineData['limits'][number]): Source {
  if (limit.regulation) {
    return limit.articles
      ? { regulation: limit.regulation.id, articles: limit.articles }
      : { regulation: limit.regulation.id };
  }
  return limit.note ? { practice: limit.practice!, note: limit.note } : { practice: limit.practice! };
}

/** The solver's rules; the schema has checked that every offset parses and every step exists. */
export function timelineRules(procedure: string, data: TimelineData): ProcedureRules {
  return {
    procedure,
    steps: data.steps.map(({ id, label, circumstance }) => ({ id, label, ...(circumstance ? { circumstance } : {}) })),
    constraints: data.limits.map((l): Constraint => {
      const { offset, direction } = parseOffset(l.offset) ?? {
        offset: { amount: 0, unit: 'days' },
        direction: 'after',
      };
      return {
        id: l.id,
        step: l.step,
        relation: l.limit === '不早于' ? 'noEarlierThan' : 'noLaterThan',
        anchor: l.from,
        direction,
        offset,
        strength: l.strength === '应当' ? 'strict' : 'normally',
        rule: l.rule,
        ...(l.limitLabel ? { limitLabel: l.limitLabel } : {}),
        source: sourceOf(l),
      };
    }),
  };
}

/**
 * The rules from a timeline as the frontmatter's YAML holds it, references still plain ids (the comparison of
 * editions and the tests read raw files); undefined when there is none.
 */
export function rulesFromRaw(procedure: string, value: unknown): ProcedureRules | undefined {
  const raw = value as { steps?: unknown[]; limits?: Record<string, unknown>[] } | undefined;
  if (!raw?.steps || !raw.limits) return undefined;
  const data = {
    steps: raw.steps,
    limits: raw.limits.map((l) => ({ ...l, regulation: l.regulation ? { id: String(l.regulation) } : undefined })),
  } as unknown as TimelineData;
  return timelineRules(procedure, data);
}

/** A limit with no period: it only orders two days. */
export const isOrderOnly = (c: Constraint) => c.offset.amount === 0;

/** “B after A”: the plain sequence of the steps, which summaries leave out (“B by A” is a deadline and stays). */
const isSequence = (c: Constraint) => isOrderOnly(c) && c.relation === 'noEarlierThan';

/**
 * The limit as a reader's sentence: “党组织收到入党申请书后1个月内派人同入党申请人谈话”, “确定为入党积极分子满1年方可
 * 列为发展对象”, “一般至迟在任期届满前6个月上级党组织提醒换届准备”. 一般 limits say 一般; `pinned` says the step falls
 * on exactly that day.
 */
export function limitSentence(c: Constraint, labelOf: (id: string) => string, pinned = false): string {
  const anchor = labelOf(c.anchor);
  const step = labelOf(c.step);
  const normally = c.strength === 'normally';
  if (isOrderOnly(c))
    return `${normally ? '一般' : ''}${step}${c.relation === 'noEarlierThan' ? '在' : '不晚于'}${anchor}${c.relation === 'noEarlierThan' ? '之后' : ''}`;
  const span = formatDuration(c.offset);
  if (c.direction === 'after') {
    if (pinned) return `${step}：${anchor}满${span}之日`;
    if (c.relation === 'noLaterThan') return `${anchor}后${normally ? '一般' : ''}${span}内${step}`;
    return normally ? `一般在${anchor}满${span}后${step}` : `${anchor}满${span}方可${step}`;
  }
  if (pinned) return `${step}：${anchor}前${span}之日`;
  return `${normally ? '一般' : ''}${c.relation === 'noLaterThan' ? '至迟' : '最早'}在${anchor}前${span}${step}`;
}

export interface LimitLine {
  /** The limits the line states: one, or the two that pin a step to a day. */
  constraints: Constraint[];
  sentence: string;
}

/**
 * The procedure's limits as lines, in content order, the two limits that pin a step to a day merged into one.
 * A summary leaves out the limits that only fix the order of steps; the 时间推算 page lists them too.
 */
export function limitLines(rules: ProcedureRules, withOrder = false): LimitLine[] {
  const labels = new Map(rules.steps.map((s) => [s.id, s.label]));
  const labelOf = (id: string) => labels.get(id) ?? id;
  const lines: LimitLine[] = [];
  const used = new Set<Constraint>();
  for (const c of rules.constraints) {
    if (used.has(c) || (isSequence(c) && !withOrder)) continue;
    const partner = rules.constraints.find((d) => d !== c && !used.has(d) && pins(c, d));
    used.add(c);
    if (partner) used.add(partner);
    lines.push({ constraints: partner ? [c, partner] : [c], sentence: limitSentence(c, labelOf, Boolean(partner)) });
  }
  return lines;
}
