/** Every ```mermaid fence of the content, read with the same Markdown parser the site is built with. */
import { globSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mdxToMdast } from 'satteri';
import { normalizeSource } from './key.ts';

export interface DiagramSource {
  /** Repository-relative file. */
  file: string;
  /** Line of the opening fence. */
  line: number;
  source: string;
}

interface Node {
  type: string;
  lang?: string | null;
  value?: string;
  position?: { start: { line: number } };
  children?: Node[];
}

export function mermaidFences(mdx: string): { line: number; source: string }[] {
  const found: { line: number; source: string }[] = [];
  const walk = (node: Node) => {
    if (node.type === 'code' && node.lang === 'mermaid') {
      found.push({ line: node.position?.start.line ?? 1, source: normalizeSource(node.value ?? '') });
    }
    node.children?.forEach(walk);
  };
  walk(mdxToMdast(mdx) as unknown as Node);
  return found;
}

export function contentDiagrams(root: string): DiagramSource[] {
  return globSync('content/**/*.mdx', { cwd: root })
    .sort()
    .flatMap((file) => {
      try {
        return mermaidFences(readFileSync(join(root, file), 'utf8')).map((fence) => ({ file, ...fence }));
      } catch {
        return []; // an MDX syntax error is the content checker's to report
      }
    });
}
