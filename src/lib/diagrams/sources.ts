/** Every ```mermaid fence of the content, read with the same Markdown parser the site is built with. */
import { readUtf8 } from '../content-source/text.ts';
import { contentFiles } from '../content-source/tree.ts';
import { lineOf, parseMdx, walk } from '../mdast.ts';
import { normalizeSource } from './key.ts';

export interface DiagramSource {
  /** Repository-relative file. */
  file: string;
  /** Line of the opening fence. */
  line: number;
  source: string;
}

export function mermaidFences(mdx: string): { line: number; source: string }[] {
  // A mermaid fence names its language, so a file without the word has none: most files are never parsed.
  if (!mdx.includes('mermaid')) return [];
  return [...walk(parseMdx(mdx))]
    .filter((node) => node.type === 'code' && node.lang === 'mermaid')
    .map((node) => ({ line: lineOf(node), source: normalizeSource(node.value ?? '') }));
}

/** Every diagram the site shows: those of content/ and of each frozen edition (its pages show its own charts). */
export function contentDiagrams(root: string): DiagramSource[] {
  return contentFiles(root, '.mdx').flatMap((file) => {
      try {
        return mermaidFences(readUtf8(root, file)).map((fence) => ({ file, ...fence }));
      } catch {
        return []; // an MDX syntax error is the content checker's to report
      }
    });
}
