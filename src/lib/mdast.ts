/**
 * The Markdown tree as the site reads it outside Astro's pipeline (the content checker, the diagram sources, the
 * template document model), parsed by the same Sätteri parser the build uses. One node shape for all three.
 */
import GithubSlugger from 'github-slugger';
import { mdxToMdast } from 'satteri';

export interface MdNode {
  type: string;
  position?: { start: { line: number } };
  children?: MdNode[];
  value?: string;
  url?: string;
  /** JSX element name; null for a fragment. */
  name?: string | null;
  /** A code fence's language. */
  lang?: string | null;
  /** A heading's level. */
  depth?: number;
  /** A list's kind. */
  ordered?: boolean;
  /** JSX attributes. */
  attributes?: { type: string; name?: string; value?: unknown }[];
}

/** Parse MDX (frontmatter included); throws on a syntax error, which callers report as the editor's problem. */
export const parseMdx = (source: string): MdNode => mdxToMdast(source) as unknown as MdNode;

/**
 * Every node of a tree, depth first, the root included, with its depth (the root's is 0). Iterative: an editor's
 * thousand nested quotes (`>>>>…`) must not overflow the stack of whatever reads the tree.
 */
export function* walkWithDepth(root: MdNode): Generator<{ node: MdNode; depth: number }> {
  const stack: { node: MdNode; depth: number }[] = [{ node: root, depth: 0 }];
  while (stack.length) {
    const item = stack.pop()!;
    yield item;
    const children = item.node.children ?? [];
    for (let i = children.length - 1; i >= 0; i -= 1) stack.push({ node: children[i]!, depth: item.depth + 1 });
  }
}

/** Every node of a tree, depth first, the root included. */
export function* walk(root: MdNode): Generator<MdNode> {
  for (const { node } of walkWithDepth(root)) yield node;
}

/** The source line a node starts on (1 when the parser gave none). */
export const lineOf = (node: MdNode | undefined): number => node?.position?.start.line ?? 1;

/** The text a heading or list item shows: its text and code pieces, in order (MDX comments are not text). */
export const textOf = (node: MdNode): string =>
  node.type === 'text' || node.type === 'inlineCode' ? (node.value ?? '') : (node.children ?? []).map(textOf).join('');

/**
 * The ids the build gives a body's headings, in order: github-slugger over each heading's text, one slugger per
 * page, as Astro's Sätteri heading-ids plugin does (so `## 常见问题` is `#常见问题`, a second one `#常见问题-1`).
 */
export function headingIds(tree: MdNode): { id: string; text: string; line: number }[] {
  const slugger = new GithubSlugger();
  return [...walk(tree)]
    .filter((node) => node.type === 'heading')
    .map((node) => {
      const text = textOf(node);
      return { id: slugger.slug(text), text, line: lineOf(node) };
    });
}
