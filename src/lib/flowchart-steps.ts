/**
 * The steps of a Mermaid flowchart as plain data, read from the same source that draws it: the ordered text
 * alternative shown beside the diagram, so the two cannot drift apart.
 */

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

/** A node definition: id, opening of its shape (any of Mermaid's flowchart shapes), quoted label. */
const NODE = /([A-Za-z][A-Za-z0-9_]*)\s*(\[\[|\[\(|\(\[|\(\(|\[\/|\[\\|\[|\(|\{\{|\{|>)\s*"([^"]*)"/g;
const SUBGRAPH = /^\s*subgraph\s+[A-Za-z0-9_]+\s*\[\s*"([^"]*)"\s*\]/;

const cleanLabel = (label: string) =>
  label
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Nodes in order of first definition, grouped by the subgraph they are defined in. */
export function flowchartSteps(source: string): FlowGroup[] {
  const groups: FlowGroup[] = [{ title: null, steps: [] }];
  const seen = new Set<string>();
  const stack: FlowGroup[] = [];
  for (const line of source.split('\n')) {
    if (/^\s*(accTitle|accDescr|%%|classDef|class\s|style\s|linkStyle|click\s)/.test(line)) continue;
    const sub = SUBGRAPH.exec(line);
    if (sub) {
      const group: FlowGroup = { title: cleanLabel(sub[1] ?? ''), steps: [] };
      groups.push(group);
      stack.push(group);
      continue;
    }
    if (/^\s*end\s*$/.test(line)) {
      stack.pop();
      continue;
    }
    const current = stack[stack.length - 1] ?? groups[0]!;
    for (const m of line.matchAll(NODE)) {
      const id = m[1] ?? '';
      if (seen.has(id)) continue;
      seen.add(id);
      current.steps.push({ id, label: cleanLabel(m[3] ?? ''), decision: (m[2] ?? '').startsWith('{') });
    }
  }
  const links = new Map(
    [...source.matchAll(/^\s*click\s+([A-Za-z][A-Za-z0-9_]*)\s+href\s+"([^"]+)"(?:\s+"([^"]*)")?/gm)].map((m) => [
      m[1] ?? '',
      { href: m[2] ?? '', title: cleanLabel(m[3] ?? '') },
    ]),
  );
  for (const step of groups.flatMap((g) => g.steps)) {
    const link = links.get(step.id);
    if (!link) continue;
    step.href = link.href;
    if (link.title) step.linkTitle = link.title;
  }
  return groups.filter((g) => g.steps.length > 0);
}
