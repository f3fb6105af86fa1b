/**
 * The components editors may use in an MDX body (src/components/content/), as the editor's body blocks: each has
 * a form (Decap's `registerEditorComponent`) and is written back exactly as CONTRIBUTING.md “四、正文里能写什么”
 * shows it, so a block made in the editor and one typed by hand are the same text. Pure and browser-safe: the
 * editor script registers them (src/client/editor/main.ts) and tests/unit/cms-body-blocks.test.ts reads them back.
 */

export interface BodyBlock<T extends Record<string, string>> {
  /** Decap's id of the block, and the component's tag. */
  id: string;
  tag: string;
  label: string;
  fields: { name: keyof T & string; label: string; widget: string; options?: readonly string[]; default?: string }[];
  /** Matches the whole block as it stands in the body (Decap matches it against the markdown source). */
  pattern: RegExp;
  fromBlock: (match: RegExpMatchArray) => T;
  toBlock: (data: Partial<T>) => string;
}

export const NOTE_KINDS = ['提示', '注意'] as const;

/** `<Note>…</Note>` or `<Note kind="注意">…</Note>` (src/components/content/Note.astro), on one line or several. */
export const noteBlock: BodyBlock<{ kind: string; body: string }> = {
  id: 'note',
  tag: 'Note',
  label: '提示框',
  fields: [
    { name: 'kind', label: '种类', widget: 'select', options: NOTE_KINDS, default: '提示' },
    { name: 'body', label: '内容', widget: 'markdown' },
  ],
  pattern: /^<Note(?: kind="(提示|注意)")?>\n?([\s\S]*?)\n?<\/Note>$/,
  fromBlock: (match) => ({ kind: match[1] ?? '提示', body: (match[2] ?? '').trim() }),
  toBlock: ({ kind, body = '' }) => {
    const open = kind === '注意' ? '<Note kind="注意">' : '<Note>';
    const text = body.trim();
    // One paragraph stays on the tag's line, as the procedures write it; more is set apart by blank lines for MDX.
    return text.includes('\n') ? `${open}\n\n${text}\n\n</Note>` : `${open}${text}</Note>`;
  },
};

/** `<Example>…</Example>` (src/components/content/Example.astro): illustrative detail, always on its own lines. */
export const exampleBlock: BodyBlock<{ body: string }> = {
  id: 'example',
  tag: 'Example',
  label: '示例块',
  fields: [{ name: 'body', label: '示例内容', widget: 'markdown' }],
  pattern: /^<Example>\n?([\s\S]*?)\n?<\/Example>$/,
  fromBlock: (match) => ({ body: (match[1] ?? '').trim() }),
  toBlock: ({ body = '' }) => `<Example>\n\n${body.trim()}\n\n</Example>`,
};

export const BODY_BLOCKS = [noteBlock, exampleBlock] as const;
