/** The body blocks read every component the content uses and write it back as editors type it. */
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BODY_BLOCKS, exampleBlock, noteBlock } from '../../src/lib/cms/body-blocks.ts';
import { inProject } from '../../src/lib/paths.ts';

const ROOT = join(import.meta.dirname, '../..');
const mdxFiles = (readdirSync(inProject(ROOT, 'content'), { recursive: true }) as string[])
  .filter((f) => f.endsWith('.mdx'))
  .map((f) => readFileSync(inProject(ROOT, 'content', f), 'utf8'));

/** Every use of a content component in the content, as a whole block. */
const uses = (tag: string) =>
  mdxFiles.flatMap((text) => [...text.matchAll(new RegExp(`^<${tag}[ >][\\s\\S]*?</${tag}>$`, 'gm'))].map((m) => m[0]));

describe('body blocks', () => {
  it('cover every component the content uses, and read each use back to the same text', () => {
    for (const block of BODY_BLOCKS) {
      const found = uses(block.tag);
      expect(found.length, block.tag).toBeGreaterThan(0);
      for (const text of found) {
        const match = text.match(block.pattern);
        expect(match, text.slice(0, 40)).not.toBeNull();
        const again = block.toBlock(block.fromBlock(match!) as never);
        // The same component, kind and body; a one-paragraph Note stays on one line.
        expect(block.fromBlock(again.match(block.pattern)!)).toEqual(block.fromBlock(match!));
      }
    }
    const tags = new Set(mdxFiles.flatMap((t) => [...t.matchAll(/^<([A-Z]\w*)/gm)].map((m) => m[1])));
    expect([...tags].sort()).toEqual(BODY_BLOCKS.map((b) => b.tag).sort());
  });

  it('write a Note as the procedures do, and a longer one set apart for MDX', () => {
    expect(noteBlock.toBlock({ kind: '注意', body: '组织处置不是“组织处理”。' })).toBe(
      '<Note kind="注意">组织处置不是“组织处理”。</Note>',
    );
    expect(noteBlock.toBlock({ body: '一段。\n\n二段。' })).toBe('<Note>\n\n一段。\n\n二段。\n\n</Note>');
    expect(noteBlock.fromBlock('<Note>x</Note>'.match(noteBlock.pattern)!)).toEqual({ kind: '提示', body: 'x' });
    // A kind the component does not know is not a Note block (the checker reports it at its line).
    expect('<Note kind="警告">x</Note>'.match(noteBlock.pattern)).toBeNull();
  });

  it('write an Example on its own lines', () => {
    expect(exampleBlock.toBlock({ body: '1. 选定篇目。' })).toBe('<Example>\n\n1. 选定篇目。\n\n</Example>');
  });
});
