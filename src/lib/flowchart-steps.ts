/**
 * The boxes of a Mermaid flowchart as plain data, grouped by subgraph: what an edition comparison lists as a
 * chart's steps (editions/compare.ts). The page's text version, which also says the arrows, is flowchart-text.ts.
 */
import { readFlowchart } from './flowchart-graph.ts';

export interface FlowStep {
  id: string;
  label: string;
  /** Decision nodes ({"…"}) read as questions. */
  decision: boolean;
  /** Site address the node links to (`click ID href "/templates/…/"`), e.g. the template used at this step. */
  href?: string;
  /** The link's name as the chart gives it (the click's tooltip), e.g. “模板5：召开党员大会进行换届选举的请示”. */
  linkTitle?: string;
}

export interface FlowGroup {
  /** Subgraph title, or null for nodes outside any subgraph. */
  title: string | null;
  steps: FlowStep[];
}

/** Nodes in order of first mention, those outside subgraphs first, then each subgraph's own. */
export function flowchartSteps(source: string): FlowGroup[] {
  const graph = readFlowchart(source);
  const stepsIn = (group: string | undefined): FlowStep[] =>
    graph.nodes
      .filter((n) => n.group === group)
      .map((n) => ({
        id: n.id,
        label: n.label,
        decision: n.decision,
        ...(n.href ? { href: n.href } : {}),
        ...(n.linkTitle ? { linkTitle: n.linkTitle } : {}),
      }));
  return [
    { title: null, steps: stepsIn(undefined) },
    ...graph.groups.map((g) => ({ title: g.title, steps: stepsIn(g.id) })),
  ].filter((g) => g.steps.length > 0);
}
