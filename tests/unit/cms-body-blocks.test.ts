/** The body blocks read every component the content uses and write it back as editors type it. */
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  addBlockImports,
  BODY_BLOCKS,
  exampleBlock,
  NEW_ENTRY_DIRS,
  noteBlock,
  withBlockImports,
} from '../../src/lib/cms/body-blocks.ts';
import { cmsConfig } from '../../src/lib/cms/config.ts';
import { CONTENT_COMPONENTS_DIR } from '../../src/lib/content-components.ts';
import { checkImportBlock } from '../../src/lib/content-check/mdx-code.ts';
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

describe('a block used without its import', () => {
  it('gets the import line, with the path back to the root from where the file is', () => {
    const body = '## 概述\n\n正文。\n\n<Example>\n\n示例。\n\n</Example>\n';
    expect(withBlockImports(body, 'content/guide/members')).toBe(
      `import Example from '../../../src/components/content/Example.astro';\n\n${body}`,
    );
    expect(withBlockImports(body, 'content/publicity')).toMatch(/^import Example from '\.\.\/\.\.\/src\//);
  });

  it('goes after the imports the body opens with; a body that imports what it uses is left as it is', () => {
    const source = readFileSync(join(ROOT, 'content/guide/members/unqualified-members.mdx'), 'utf8');
    const body = source.slice(source.indexOf('import Note'));
    expect(withBlockImports(body, 'content/guide/members')).toBe(body);
    const more = `${body}\n<Example>\n\n示例。\n\n</Example>\n`;
    const written = withBlockImports(more, 'content/guide/members');
    expect(written.split('\n').slice(0, 3)).toEqual([
      "import Note from '../../../src/components/content/Note.astro';",
      "import Example from '../../../src/components/content/Example.astro';",
      '',
    ]);
    // A tag shown in a code sample is not a use.
    const sample = '说明：\n\n```mdx\n<Note>提示</Note>\n```\n';
    expect(withBlockImports(sample, 'content/guide/members')).toBe(sample);
  });

  it("imports from the folder the checker allows, and knows where new entries' files go", () => {
    // The lines the editor adds pass the checker's import check, components found, names bound.
    for (const dir of ['content/guide/members', 'content/cases/2031-05-10', 'content/publicity']) {
      const body = withBlockImports('<Note>\n\n提示\n\n</Note>\n\n<Example>\n\n例\n\n</Example>\n', dir);
      const block = body.slice(0, body.indexOf('\n\n'));
      const checked = checkImportBlock(block, dir, (path) => existsSync(join(ROOT, path)));
      expect(checked.problems, dir).toEqual([]);
      expect(checked.names.sort(), dir).toEqual(['Example', 'Note']);
      expect(block, dir).toContain(CONTENT_COMPONENTS_DIR);
    }
    const creatable = cmsConfig({ backend: { name: 'test-repo' } }).collections.filter(
      (c) => c.create && c.extension === 'mdx',
    );
    expect(Object.keys(NEW_ENTRY_DIRS).sort()).toEqual(creatable.map((c) => c.name).sort());
    for (const c of creatable) {
      const dir = c.path
        ? `${c.folder}/${c.path
            .split('/')
            .slice(0, -1)
            .map(() => '*')
            .join('/')}`
        : c.folder;
      expect(NEW_ENTRY_DIRS[c.name], c.name).toBe(dir);
    }
  });

  it('is added by the preSave listener, for a saved entry by its path and for a new one by its collection', () => {
    const entry = (values: Record<string, unknown>, body: string) => {
      const data = {
        get: (key: string) => (key === 'body' ? body : undefined),
        set: (key: string, value: unknown) => ({ key, value }),
      };
      return { get: (key: string) => (key === 'data' ? data : values[key]) };
    };
    const body = '<Note>提示。</Note>\n';
    expect(addBlockImports.handler({ entry: entry({ path: 'content/guide/members/x.mdx' }, body) } as never)).toEqual({
      key: 'body',
      value: `import Note from '../../../src/components/content/Note.astro';\n\n${body}`,
    });
    expect(addBlockImports.handler({ entry: entry({ path: '', collection: 'cases' }, body) } as never)).toEqual({
      key: 'body',
      value: `import Note from '../../../src/components/content/Note.astro';\n\n${body}`,
    });
    expect(addBlockImports.handler({ entry: entry({ path: 'content/guide/a/b.mdx' }, '正文。\n') } as never)).toBe(
      undefined,
    );
  });
});
