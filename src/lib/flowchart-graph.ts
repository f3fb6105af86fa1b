/**
 * A Mermaid flowchart read as a graph (boxes, arrows with their words, subgraphs, links), without a browser: the
 * text version of each chart is written from it, so that the text and the picture come from the same source.
 *
 * It reads the part of Mermaid's flowchart syntax the site's charts are written in (ids, the usual box shapes,
 * quoted or bare labels, `-->`, `---`, `-.->`, `==>` arrows with `|"…"|` or `-- … -->` words, `&`, subgraphs,
 * `click … href`). The content check compares it, chart by chart, with the graph Mermaid's own parser reads
 * (content-check/mermaid-syntax.ts), so a chart written in syntax this reader does not know is told to the editor
 * instead of giving a text that says less than the chart.
 */

export interface FlowNode {
  id: string;
  /** The box's words, lines joined by a space. */
  label: string;
  /** A diamond ({"…"}): a question whose arrows are its answers. */
  decision: boolean;
  /** Innermost subgraph holding the box, if any. */
  group?: string;
  /** Site address the box links to (`click ID href "/templates/…/"`). */
  href?: string;
  /** The link's tooltip as the chart gives it, e.g. “模板5：召开党员大会进行换届选举的请示”. */
  linkTitle?: string;
}

export type EdgeStroke = 'normal' | 'thick' | 'dotted' | 'invisible';

export interface FlowEdge {
  /** A box or a subgraph id. */
  from: string;
  to: string;
  /** Words on the arrow, '' for none. */
  label: string;
  stroke: EdgeStroke;
}

export interface FlowGroup {
  id: string;
  title: string;
  /** The subgraph holding this one, if nested. */
  parent?: string;
}

export interface FlowGraph {
  /** Boxes in order of first mention (Mermaid's order). */
  nodes: FlowNode[];
  edges: FlowEdge[];
  /** Subgraphs in order of their opening line. */
  groups: FlowGroup[];
}

/** Lines joined by a space, spaces collapsed: how a label reads as text. */
export const cleanLabel = (label: string) =>
  label
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** Shape openings, longest first, with their closing. */
const SHAPES: [open: string, close: string, decision: boolean][] = [
  ['(((', ')))', false],
  ['([', '])', false],
  ['[[', ']]', false],
  ['[(', ')]', false],
  ['((', '))', false],
  ['{{', '}}', false],
  ['[/', '/]', false],
  ['[\\', '\\]', false],
  ['[', ']', false],
  ['(', ')', false],
  ['{', '}', true],
  ['>', ']', false],
];

const ID = /^[A-Za-z0-9_]+/;
/** An arrow written without words: `-->`, `---`, `-.->`, `-.-`, `==>`, `===`, `~~~`, with optional heads. */
const ARROW = /^\s*[<ox]?(?:-{2,}[>ox]|-{3,}|-\.+-[>ox]?|={2,}[>ox]|={3,}|~{3,})(?=[\s|"A-Za-z0-9_]|$)/;
/** The opening of an arrow with words inside it: `-- words -->`, `-. words .->`, `== words ==>`. */
const WORDS_OPEN = /^\s*[<ox]?(--|-\.|==)\s+/;
const WORDS_CLOSE = /^(.*?)\s*(-{2,}[>ox]?|\.+-[>ox]?|={2,}[>ox]?)(?=[\s"A-Za-z0-9_]|$)/;

const strokeOf = (arrow: string): EdgeStroke =>
  arrow.includes('~') ? 'invisible' : arrow.includes('.') ? 'dotted' : arrow.includes('=') ? 'thick' : 'normal';

class ChartSyntaxError extends Error {}

/** Splits a line into statements at `;` outside quotes. */
function statements(line: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    if (ch === ';' && !quoted) {
      parts.push(current);
      current = '';
    } else current += ch;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** A label up to its closing: "quoted" or bare. Returns the label and the rest after the closing. */
function readLabel(text: string, close: string): [string, string] {
  const quoted = /^\s*"([^"]*)"\s*/.exec(text);
  if (quoted && text.slice(quoted[0].length).startsWith(close)) {
    return [quoted[1] ?? '', text.slice(quoted[0].length + close.length)];
  }
  const end = text.indexOf(close);
  if (end < 0) throw new ChartSyntaxError(`missing ${close}`);
  return [text.slice(0, end).trim(), text.slice(end + close.length)];
}

interface Builder {
  touch(id: string): void;
  define(id: string, label: string, decision: boolean): void;
  link(from: string[], to: string[], label: string, stroke: EdgeStroke): void;
}

/** One box reference, with its shape if written here; returns the id and the rest of the statement. */
function readNode(text: string, b: Builder): [string, string] {
  const id = ID.exec(text)?.[0];
  if (!id) throw new ChartSyntaxError(`expected a node at: ${text}`);
  let rest = text.slice(id.length);
  const shape = SHAPES.find(([open]) => rest.startsWith(open));
  if (shape) {
    const [open, close, decision] = shape;
    const [label, after] = readLabel(rest.slice(open.length), close);
    b.define(id, cleanLabel(label), decision);
    rest = after;
  } else b.touch(id);
  return [id, rest];
}

/** `A & B` */
function readNodes(text: string, b: Builder): [string[], string] {
  const ids: string[] = [];
  let rest = text;
  for (;;) {
    const [id, after] = readNode(rest.trimStart(), b);
    ids.push(id);
    const amp = /^\s*&\s*/.exec(after);
    if (!amp) return [ids, after];
    rest = after.slice(amp[0].length);
  }
}

/** An arrow and its words, or undefined at the end of the statement. */
function readArrow(text: string): [label: string, stroke: EdgeStroke, rest: string] | undefined {
  if (!text.trim()) return undefined;
  const words = WORDS_OPEN.exec(text);
  if (words && !ARROW.exec(text)) {
    const after = text.slice(words[0].length);
    const close = WORDS_CLOSE.exec(after);
    if (!close) throw new ChartSyntaxError(`unclosed arrow words: ${text}`);
    const label = (close[1] ?? '').replace(/^"(.*)"$/, '$1');
    return [cleanLabel(label), strokeOf(`${words[1]}${close[2]}`), after.slice(close[0].length)];
  }
  const arrow = ARROW.exec(text);
  if (!arrow) throw new ChartSyntaxError(`expected an arrow at: ${text}`);
  let rest = text.slice(arrow[0].length);
  let label = '';
  const piped = /^\s*\|([^|]*)\|/.exec(rest);
  if (piped) {
    label = cleanLabel((piped[1] ?? '').trim().replace(/^"(.*)"$/, '$1'));
    rest = rest.slice(piped[0].length);
  }
  return [label, strokeOf(arrow[0]), rest];
}

function readChain(text: string, b: Builder): void {
  let [from, rest] = readNodes(text, b);
  for (;;) {
    const arrow = readArrow(rest);
    if (!arrow) return;
    const [label, stroke, after] = arrow;
    const [to, next] = readNodes(after.trimStart(), b);
    b.link(from, to, label, stroke);
    from = to;
    rest = next;
  }
}

/** Statements that draw nothing the text must say. */
const SKIPPED = /^(accTitle\s*:|accDescr\s*:|%%|classDef\s|class\s|style\s|linkStyle\s|direction\s)/;

interface OpenGroup {
  group: FlowGroup;
  members: string[];
}

/**
 * The graph of a flowchart's source. Throws on syntax it does not read; `readFlowchart` turns that into an empty
 * graph, since the content check has already told the editor.
 */
export function parseFlowchart(source: string): FlowGraph {
  const nodes = new Map<string, FlowNode>();
  const edges: FlowEdge[] = [];
  const groups: FlowGroup[] = [];
  /** Members of each subgraph, in the order the subgraphs close (Mermaid gives a box to the first). */
  const closed: { id: string; members: string[] }[] = [];
  const stack: OpenGroup[] = [];
  const links = new Map<string, { href: string; title?: string }>();
  let autoGroups = 0;

  const mention = (id: string) => {
    for (const open of stack) open.members.push(id);
  };
  const builder: Builder = {
    touch(id) {
      if (!nodes.has(id)) nodes.set(id, { id, label: id, decision: false });
      mention(id);
    },
    define(id, label, decision) {
      nodes.set(id, { ...(nodes.get(id) ?? { id }), id, label, decision });
      mention(id);
    },
    link(from, to, label, stroke) {
      for (const f of from) for (const t of to) edges.push({ from: f, to: t, label, stroke });
    },
  };

  const lines = source.split('\n');
  let inDescription = false;
  let headerSeen = false;
  for (const raw of lines) {
    const line = raw.trim();
    if (inDescription) {
      if (line.includes('}')) inDescription = false;
      continue;
    }
    if (!line || line.startsWith('%%')) continue;
    if (!headerSeen && /^(flowchart|graph)\b/.test(line)) {
      headerSeen = true;
      continue;
    }
    if (/^accDescr\s*\{/.test(line)) {
      inDescription = !line.includes('}');
      continue;
    }
    for (const statement of statements(line)) {
      if (SKIPPED.test(statement)) continue;
      const sub = /^subgraph\s+(.*)$/.exec(statement);
      if (sub) {
        const head = (sub[1] ?? '').trim();
        const titled = /^([A-Za-z0-9_]+)\s*\[\s*(?:"([^"]*)"|([^\]]*))\s*\]$/.exec(head);
        const quoted = /^"([^"]*)"$/.exec(head);
        let id: string;
        let title: string;
        // Mermaid: `subgraph ID["title"]`; a bare or quoted title is also the id, unless it has spaces.
        const bare = quoted?.[1] ?? head;
        if (titled) [id, title] = [titled[1]!, titled[2] ?? titled[3] ?? ''];
        else [id, title] = [/\s/.test(bare) ? `subGraph${autoGroups}` : bare, bare];
        autoGroups += 1;
        const parent = stack[stack.length - 1]?.group.id;
        mention(id);
        const group: FlowGroup = { id, title: cleanLabel(title), ...(parent ? { parent } : {}) };
        groups.push(group);
        stack.push({ group, members: [] });
        continue;
      }
      if (statement === 'end') {
        const open = stack.pop();
        if (!open) throw new ChartSyntaxError('end without subgraph');
        closed.push({ id: open.group.id, members: open.members });
        continue;
      }
      const click = /^click\s+(\S+)\s+(?:href\s+)?"([^"]*)"(?:\s+"([^"]*)")?/.exec(statement);
      if (click) {
        const title = click[3] === undefined ? undefined : cleanLabel(click[3]);
        links.set(click[1]!, { href: click[2]!, ...(title ? { title } : {}) });
        continue;
      }
      if (statement.startsWith('click ')) continue;
      readChain(statement, builder);
    }
  }
  if (stack.length) throw new ChartSyntaxError('subgraph without end');

  const groupIds = new Set(groups.map((g) => g.id));
  const owner = new Map<string, string>();
  for (const { id, members } of closed) {
    for (const m of members) if (m !== id && !owner.has(m)) owner.set(m, id);
  }
  for (const g of groups) {
    // A nested subgraph's parent is the subgraph Mermaid gives it to, like a box.
    const parent = owner.get(g.id);
    if (parent) g.parent = parent;
    else delete g.parent;
  }
  const list = [...nodes.values()].filter((n) => !groupIds.has(n.id));
  for (const node of list) {
    const group = owner.get(node.id);
    if (group) node.group = group;
    const link = links.get(node.id);
    if (link) {
      node.href = link.href;
      if (link.title) node.linkTitle = link.title;
    }
  }
  return { nodes: list, edges, groups };
}

/** The graph, or an empty one for a chart the content check has refused. */
export function readFlowchart(source: string): FlowGraph {
  try {
    return parseFlowchart(source);
  } catch (error) {
    if (error instanceof ChartSyntaxError) return { nodes: [], edges: [], groups: [] };
    throw error;
  }
}

export { ChartSyntaxError };

/**
 * Where two readings of one chart differ, in words for the editor (empty when they agree): the content check
 * compares this module's reading with Mermaid's own.
 */
export function graphDifferences(ours: FlowGraph, mermaid: FlowGraph): string[] {
  const out: string[] = [];
  const show = (n: FlowNode | undefined) =>
    n
      ? `「${n.label}」${n.decision ? '（判断）' : ''}${n.group ? `，在分组 ${n.group} 中` : ''}${n.href ? `，链接 ${n.href}` : ''}${n.linkTitle ? `「${n.linkTitle}」` : ''}`
      : '（没有这个节点）';
  const theirs = new Map(mermaid.nodes.map((n) => [n.id, n]));
  const mine = new Map(ours.nodes.map((n) => [n.id, n]));
  for (const id of new Set([...theirs.keys(), ...mine.keys()])) {
    const a = mine.get(id);
    const b = theirs.get(id);
    if (show(a) !== show(b)) out.push(`节点 ${id}：图中是${show(b)}，文字步骤读成${show(a)}`);
  }
  if (!out.length && ours.nodes.map((n) => n.id).join() !== mermaid.nodes.map((n) => n.id).join()) {
    out.push('节点的先后顺序与图中不同');
  }
  const edge = (e: FlowEdge) =>
    `${e.from} → ${e.to}${e.label ? `（「${e.label}」）` : ''}${e.stroke === 'normal' ? '' : `，${STROKE_NAMES[e.stroke]}`}`;
  const mineEdges = ours.edges.map(edge);
  const theirEdges = mermaid.edges.map(edge);
  for (const e of theirEdges) if (!mineEdges.includes(e)) out.push(`连线 ${e}：图中有，文字步骤中没有`);
  for (const e of mineEdges) if (!theirEdges.includes(e)) out.push(`连线 ${e}：文字步骤中有，图中没有`);
  const group = (g: FlowGroup) => `${g.id}「${g.title}」${g.parent ? `，在分组 ${g.parent} 中` : ''}`;
  const mineGroups = ours.groups.map(group);
  const theirGroups = mermaid.groups.map(group);
  for (const g of theirGroups) if (!mineGroups.includes(g)) out.push(`分组 ${g}：图中有，文字步骤中没有`);
  for (const g of mineGroups) if (!theirGroups.includes(g)) out.push(`分组 ${g}：文字步骤中有，图中没有`);
  return out;
}

const STROKE_NAMES: Record<EdgeStroke, string> = {
  normal: '实线',
  thick: '粗线',
  dotted: '虚线',
  invisible: '不可见连线',
};
