/**
 * The components editors may use in an MDX body (src/components/content/), as the editor's body blocks: each has
 * a form (Decap's `registerEditorComponent`) and is written back exactly as CONTRIBUTING.md “四、正文里能写什么”
 * shows it, so a block made in the editor and one typed by hand are the same text. Pure and browser-safe: the
 * editor script registers them (src/client/editor/main.ts) and tests/unit/cms-body-blocks.test.ts reads them back.
 */
import { CONTENT_COMPONENTS_DIR } from '../content-components.ts';

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

/**
 * Where Decap keeps the body editor's mode, the editor's last choice, which wins over the order of the field's
 * `modes` (decap-cms-widget-markdown/src/MarkdownControl/index.js, MODE_STORAGE_KEY): the editor script sets it to
 * the source mode ('raw') on every start.
 */
export const MARKDOWN_MODE_KEY = 'cms.md-mode';

// ---------------------------------------------------------------------------------------------------------------
// Imports

/**
 * The folder of a new entry's file for the collections whose MDX entries are added in the editor (create: true in
 * src/lib/cms/config.ts): Decap names the file only after the preSave event, so its depth is known from here.
 * tests/unit/cms-body-blocks.test.ts holds this to the registry (src/schemas/collections.ts).
 */
export const NEW_ENTRY_DIRS: Readonly<Record<string, string>> = {
  cases: 'content/cases/*',
  publicity: 'content/publicity',
};

/** A block's tag used in the body at the start of a line (as the blocks write it and CONTRIBUTING shows it). */
const uses = (body: string, tag: string) =>
  new RegExp(`^<${tag}[\\s>/]`, 'm').test(body.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1/gm, ''));
const imports = (body: string, tag: string) => new RegExp(`^import\\s+${tag}\\s+from\\s`, 'm').test(body);

/** From a folder back to the repository's root: content/guide/members → ../../../ */
const toRoot = (dir: string) =>
  `${dir
    .split('/')
    .filter(Boolean)
    .map(() => '..')
    .join('/')}/`;

/**
 * The body with an `import` line for each block it uses and does not import yet, after the import lines it opens
 * with (or first, set apart by a blank line), written as CONTRIBUTING.md shows it; the body itself when none is
 * missing. `fileDir` is the folder of the entry's file from the repository's root (content/guide/members).
 */
export function withBlockImports(body: string, fileDir: string): string {
  const missing = BODY_BLOCKS.filter((block) => uses(body, block.tag) && !imports(body, block.tag));
  if (!missing.length) return body;
  const lines = missing.map(
    (block) => `import ${block.tag} from '${toRoot(fileDir)}${CONTENT_COMPONENTS_DIR}${block.tag}.astro';`,
  );
  const head = /^(?:import [^\n]*\n)+/.exec(body)?.[0];
  if (head) return `${head}${lines.join('\n')}\n${body.slice(head.length)}`;
  return `${lines.join('\n')}\n\n${body}`;
}

/** The part of an Immutable.js Map (Decap's entry and its data) that the listener below uses. */
interface ImmutableMap {
  get(key: string): unknown;
  set(key: string, value: unknown): ImmutableMap;
}

/**
 * Decap's preSave event (https://decapcms.org/docs/registering-events/): a body that uses a block without importing
 * its component gets the import line, so that a block inserted in the editor builds like one typed by hand.
 * Register with `CMS.registerEventListener(addBlockImports)`.
 */
export const addBlockImports = {
  name: 'preSave',
  handler: ({ entry }: { entry: ImmutableMap }): ImmutableMap | undefined => {
    const data = entry.get('data') as ImmutableMap | undefined;
    const body = data?.get('body');
    if (!data || typeof body !== 'string') return undefined;
    const path = entry.get('path');
    const dir =
      typeof path === 'string' && path
        ? path.slice(0, Math.max(0, path.lastIndexOf('/')))
        : NEW_ENTRY_DIRS[String(entry.get('collection'))];
    if (dir === undefined) return undefined;
    const written = withBlockImports(body, dir);
    return written === body ? undefined : data.set('body', written);
  },
};
