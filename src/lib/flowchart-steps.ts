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
    [...source.matchAll(/^\s*click\s+([A-Za-z][A-Za-z0-9_]*)\s+href\s+"([^"]+)"/gm)].map((m) => [
      m[1] ?? '',
      m[2] ?? '',
    ]),
  );
  for (const step of groups.flatMap((g) => g.steps)) {
    const href = links.get(step.id);
    if (href) step.href = href;
  }
  return groups.filter((g) => g.steps.length > 0);
}
