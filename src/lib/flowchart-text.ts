/**
 * A flowchart as numbered steps that say everything the chart says (GOV.UK's step-by-step pattern): every box a
 * numbered step, subgraphs as groups of steps, and under each step where its arrows go, with their words, by step
 * number and name. A reader on a phone, a screen reader and a printed page get the whole chart from it.
 *
 * Only one kind of arrow goes unsaid: a plain arrow (no words, not dotted) from a step whose only arrow it is to the
 * very next step, which the numbering already says. A step with no arrow out says that the flow ends there.
 */
import type { FlowEdge, FlowGraph, FlowNode } from './flowchart-graph.ts';

export type StepRef =
  { kind: 'step'; number: number; name: string } | { kind: 'group'; first: number; last: number; name: string };

/** One arrow as the text says it. */
export interface Route {
  /** The arrow's words: a condition, a time limit, a decision's answer. */
  label: string;
  /** A dotted arrow: a path taken only in special cases. */
  special: boolean;
  /**
   * To an earlier step: 'loop' when the way from there leads back here (the steps are done again), 'earlier' when
   * it only joins the steps further up the list.
   */
  back: 'loop' | 'earlier' | false;
  to: StepRef;
}

export interface TextLink {
  href: string;
  text: string;
}

export interface TextStep {
  kind: 'step';
  id: string;
  number: number;
  /** The box's words; a decision's question. */
  label: string;
  decision: boolean;
  /** The page the box links to (its template), named. */
  link?: TextLink;
  /** Nothing leads here and it is not where the chart or its group begins: another case starts at this step. */
  startsCase: boolean;
  /** Where its arrows go; empty when the next step follows without words, or when the flow ends here. */
  routes: Route[];
  /** No arrow leaves this step: the whole flow ends (true), or only its group (the group's title). */
  ends: false | true | string;
}

export interface TextGroup {
  kind: 'group';
  id: string;
  title: string;
  first: number;
  last: number;
  items: TextItem[];
  /** Arrows drawn from the group's frame: what follows once all its steps are done. */
  routes: Route[];
}

export type TextItem = TextStep | TextGroup;

/** The name of a linked page: a template's number and title; undefined to use the chart's own tooltip. */
export type LinkNamer = (href: string) => string | undefined;

const isShown = (e: FlowEdge) => e.stroke !== 'invisible';

/**
 * The chart as numbered steps: boxes in the order the source first names them, each subgraph's boxes kept
 * together where the subgraph's first box comes, numbered straight through.
 */
export function flowchartText(graph: FlowGraph, nameLink: LinkNamer = () => undefined): TextItem[] {
  const order = new Map(graph.nodes.map((n, i) => [n.id, i]));
  const groupById = new Map(graph.groups.map((g) => [g.id, g]));
  const childrenOf = (parent: string | undefined): (FlowNode | { group: string })[] => {
    const nodes = graph.nodes.filter((n) => n.group === parent);
    const groups = graph.groups.filter((g) => g.parent === parent).map((g) => ({ group: g.id }));
    return [...nodes, ...groups]
      .map((item) => ({ item, at: firstAt(item) }))
      .sort((a, b) => a.at - b.at)
      .map((x) => x.item);
  };
  // A group sits where its first box comes (an empty one at the end).
  function firstAt(item: FlowNode | { group: string }): number {
    if (!('group' in item) || 'id' in item) return order.get((item as FlowNode).id) ?? Infinity;
    const inside = childrenOf(item.group).map(firstAt);
    return inside.length ? Math.min(...inside) : Infinity;
  }

  // Number the steps and keep each group's range.
  const numbers = new Map<string, number>();
  const ranges = new Map<string, { first: number; last: number }>();
  let next = 1;
  const numberItems = (parent: string | undefined) => {
    for (const item of childrenOf(parent)) {
      if ('id' in item) numbers.set(item.id, next++);
      else {
        const first = next;
        numberItems(item.group);
        ranges.set(item.group, { first, last: next - 1 });
      }
    }
  };
  numberItems(undefined);

  const nodeById = new Map(graph.nodes.map((n) => [n.id, n]));
  const refOf = (id: string): StepRef | undefined => {
    const node = nodeById.get(id);
    if (node) return { kind: 'step', number: numbers.get(id)!, name: stepName(node) };
    const range = ranges.get(id);
    const group = groupById.get(id);
    return range && group ? { kind: 'group', ...range, name: group.title } : undefined;
  };
  const lastOf = (id: string) => numbers.get(id) ?? ranges.get(id)?.last ?? 0;
  const firstOf = (ref: StepRef) => (ref.kind === 'step' ? ref.number : ref.first);

  const edges = graph.edges.filter(isShown);
  const reaches = reachability(graph, edges);
  const routesFrom = (id: string, decision: boolean): Route[] => {
    const out = edges.filter((e) => e.from === id);
    const routes = out.flatMap((e): Route[] => {
      const to = refOf(e.to);
      if (!to) return [];
      const back = firstOf(to) > lastOf(id) ? false : reaches(e.to, id) ? 'loop' : 'earlier';
      return [{ label: e.label, special: e.stroke === 'dotted', back, to }];
    });
    // Besides a decision's answers, which keep the chart's order, the usual way comes before the special cases.
    if (!decision) routes.sort((a, b) => Number(a.special) - Number(b.special));
    const [only] = routes;
    // The one plain arrow to the very next step is what the numbering says.
    if (
      !decision &&
      routes.length === 1 &&
      only &&
      !only.label &&
      !only.special &&
      firstOf(only.to) === lastOf(id) + 1
    ) {
      return [];
    }
    return routes;
  };
  const hasArrowIn = (id: string) => edges.some((e) => e.to === id);
  const hasArrowOut = (id: string) => edges.some((e) => e.from === id);

  /** The nearest group around a box that arrows leave from its frame. */
  const exitingGroup = (node: FlowNode) => {
    for (let g = node.group; g; g = groupById.get(g)?.parent) if (hasArrowOut(g)) return g;
    return undefined;
  };

  const build = (parent: string | undefined, firstInParent: boolean): TextItem[] =>
    childrenOf(parent).map((item, index): TextItem => {
      if ('id' in item) {
        const number = numbers.get(item.id)!;
        const exiting = exitingGroup(item);
        const startsHere = number === 1 || (index === 0 && firstInParent);
        const linkText = item.href ? (nameLink(item.href) ?? item.linkTitle ?? linkFallback(item.href)) : undefined;
        return {
          kind: 'step',
          id: item.id,
          number,
          label: item.label,
          decision: item.decision,
          ...(item.href && linkText ? { link: { href: item.href, text: linkText } } : {}),
          startsCase: !hasArrowIn(item.id) && !startsHere,
          routes: routesFrom(item.id, item.decision),
          ends: hasArrowOut(item.id)
            ? false
            : exiting
              ? number === ranges.get(exiting)?.last
                ? false
                : groupById.get(exiting)!.title
              : true,
        };
      }
      const group = groupById.get(item.group)!;
      const range = ranges.get(group.id)!;
      // A group's first step is where the group begins when an arrow leads to the group (or it is the chart's start).
      const entered = hasArrowIn(group.id) || range.first === 1 || (index === 0 && firstInParent);
      return {
        kind: 'group',
        id: group.id,
        title: group.title,
        ...range,
        items: build(group.id, entered),
        routes: routesFrom(group.id, false),
      };
    });

  return build(undefined, true);
}

/**
 * Whether one can get from a box or group to another by following arrows: an arrow to a group leads to its first
 * boxes (those no arrow inside the group leads to), and a group's own arrows leave from each box in it.
 */
function reachability(graph: FlowGraph, edges: FlowEdge[]): (from: string, to: string) => boolean {
  const next = new Map<string, Set<string>>();
  const add = (a: string, b: string) => next.set(a, (next.get(a) ?? new Set()).add(b));
  const membersOf = (group: string): string[] => [
    ...graph.nodes.filter((n) => n.group === group).map((n) => n.id),
    ...graph.groups.filter((g) => g.parent === group).flatMap((g) => [g.id, ...membersOf(g.id)]),
  ];
  for (const e of edges) add(e.from, e.to);
  for (const g of graph.groups) {
    const members = membersOf(g.id);
    const entered = new Set(edges.filter((e) => members.includes(e.from)).map((e) => e.to));
    for (const m of members) {
      if (!entered.has(m)) add(g.id, m);
      add(m, g.id);
    }
  }
  return (from, to) => {
    const seen = new Set<string>();
    const queue = [...(next.get(from) ?? [])];
    while (queue.length) {
      const id = queue.shift()!;
      if (id === to) return true;
      if (seen.has(id)) continue;
      seen.add(id);
      queue.push(...(next.get(id) ?? []));
    }
    return false;
  };
}

const linkFallback = (href: string) => (href.startsWith('/templates/') ? '文书模板' : '详见');

/** How a step is named, there and wherever an arrow points to it. */
export const stepName = (node: { label: string; decision: boolean }) =>
  node.decision ? `判断：${node.label}` : node.label;

export const stepNumber = (n: number) => `第${n}步`;

export const refText = (ref: StepRef) =>
  ref.kind === 'step'
    ? `${stepNumber(ref.number)} ${ref.name}`
    : ref.first === ref.last
      ? `${stepNumber(ref.first)} ${ref.name}`
      : `第${ref.first}步至第${ref.last}步 ${ref.name}`;

/** Said before a dotted arrow, unless its words already say it. */
export const SPECIAL = '特殊情况';

/** An arrow in words: “否，补足候选人 → 回到第5步 酝酿推荐”. */
export function routeText(route: Route, { markSpecial = true } = {}): string {
  const special = markSpecial && route.special && !/特殊/.test(route.label) ? `${SPECIAL}：` : '';
  const turn = route.back === 'loop' ? '回到' : route.back === 'earlier' ? '转到' : '';
  return `${special}${route.label ? `${route.label} → ` : ''}${turn}${refText(route.to)}`;
}

/** The words before a step's arrows: one arrow on the same line, several as a list after it. */
export function routesLead(item: TextItem): string {
  const single = item.routes.length === 1 && !(item.kind === 'step' && item.decision);
  const special = single && item.routes[0]!.special && !/特殊/.test(item.routes[0]!.label) ? `（${SPECIAL}）` : '';
  const lead = item.kind === 'group' ? `“${item.title}”各步完成后，下一步` : item.decision ? '按判断结果' : '下一步';
  return `${lead}${special}：`;
}

/** Whether a step's arrows are said on one line (true) or as a list. */
export const routesInline = (item: TextItem) => item.routes.length === 1 && !(item.kind === 'step' && item.decision);

/** Above the text version: what it holds. */
export const FLOW_TEXT_NOTE =
  '流程图中的每一步都按顺序编号列在下面；连线上写的条件、时限和判断结果，写在每一步的下面，与流程图的内容相同。';

export const ENDS_FLOW = '流程到此结束。';
export const endsGroup = (title: string) => `“${title}”到此为止。`;
export const STARTS_CASE = '这是另一种情况，从这一步开始，不接在上一步之后。';
export const LINK_LEAD = '所用文书：';

export const groupRange = (group: TextGroup) =>
  group.first === group.last ? stepNumber(group.first) : `第${group.first}步至第${group.last}步`;

/**
 * The text version as plain lines, exactly the words the page shows (FlowchartText.astro renders these same
 * phrases): for the tests, and for anyone reading the text without the page.
 */
export function flowchartLines(items: TextItem[], depth = 0): string[] {
  const pad = '  '.repeat(depth);
  return items.flatMap((item) => {
    const lines: string[] = [];
    if (item.kind === 'step') {
      lines.push(`${pad}${stepNumber(item.number)} ${stepName(item)}`);
      if (item.startsCase) lines.push(`${pad}  ${STARTS_CASE}`);
      if (item.link) lines.push(`${pad}  ${LINK_LEAD}${item.link.text}`);
    } else {
      lines.push(`${pad}${item.title}（${groupRange(item)}）`);
      lines.push(...flowchartLines(item.items, depth + 1));
    }
    if (item.routes.length) {
      const inner = item.kind === 'step' ? `${pad}  ` : pad;
      if (routesInline(item))
        lines.push(`${inner}${routesLead(item)}${routeText(item.routes[0]!, { markSpecial: false })}`);
      else {
        lines.push(`${inner}${routesLead(item)}`);
        for (const route of item.routes) lines.push(`${inner}  · ${routeText(route)}`);
      }
    }
    if (item.kind === 'step' && item.ends) {
      lines.push(`${pad}  ${item.ends === true ? ENDS_FLOW : endsGroup(item.ends)}`);
    }
    return lines;
  });
}
