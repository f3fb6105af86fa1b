/**
 * The browser editor's configuration (Decap CMS 3, https://decapcms.org/docs/configuration-options/): the same data
 * as an admin/config.yml, made from the collection registry (src/schemas/collections.ts) and the schemas, so a new
 * collection or field reaches the editor with no second list to keep.
 *
 * How the registry's sources become Decap collections:
 * - a glob of files (content/bulletins/*.yaml, content/templates/*.mdx) is a folder collection; its entries' ids are
 *   their file names. content/cases/<id>/index.mdx becomes `path: '{{slug}}/index'`, a folder per case with its
 *   images beside it. content/guide/<chapter>/<id>.mdx is read two folders deep (`path` with two parts); its chapter
 *   is only the folder, which no field of the form can choose, so procedures are edited here and added with
 *   `npm run new` (one collection per chapter would split the procedures that other entries pick from).
 * - a single-entry YAML file (site.yaml) is a file collection of one file;
 * - a YAML file whose top level is a list (regulations.yaml) is a file collection of one file whose one field,
 *   `items`, is the list: the custom format YAML_LIST_KEEP presents the file to Decap as `{ items }`.
 */
import { COLLECTION_LIST, fileStem, type CollectionDef } from '../../schemas/collections.ts';
import type { CollectionName } from '../../schemas/context.ts';
import {
  editorFields,
  entrySchema,
  EditorMappingError,
  type EditorField,
  type RelationTarget,
} from './editor-fields.ts';
import { formatNameOf } from './formats.ts';

/** Where uploaded template originals live: the attachment gate's folder (FOLDERS.attachments, src/lib/paths.ts). */
export const ATTACHMENT_FOLDER = 'content/templates/attachments';

export interface CmsConfigOptions {
  /** Decap's backend block: the forge and its login (editorBackend in editor-settings.ts). */
  backend: Record<string, string>;
  /** Edit a working tree on this machine through decap-server (tests, an editor's own checkout). */
  localBackend?: boolean;
}

export interface CmsFile {
  name: string;
  label: string;
  file: string;
  fields: EditorField[];
}

export interface CmsCollection {
  name: string;
  label: string;
  format: string;
  /** Folder collections. */
  folder?: string;
  extension?: string;
  path?: string;
  create?: boolean;
  slug?: string;
  identifier_field?: string;
  summary?: string;
  fields?: EditorField[];
  /** File collections. */
  files?: CmsFile[];
}

export interface CmsConfig {
  locale: 'zh_Hans';
  publish_mode: 'editorial_workflow';
  local_backend?: true;
  backend: Record<string, string>;
  media_folder: string;
  public_folder: string;
  slug: { encoding: 'ascii'; clean_accents: true };
  collections: CmsCollection[];
}

/**
 * How a new entry's file is named, for the collections whose entries editors add in the browser. A bulletin's file
 * is its month (src/lib/content-check/rules/placement.ts). A case or publicity item has no field its id could come
 * from, and Decap would make one of the Chinese title that ASCII slugs reduce to nothing, so it is named by a day:
 * a case by its 展示日期 (Decap's date placeholders read the entry's `date` field), a publicity item by the day it
 * was made; Decap adds -1, -2 to a name already taken. The other collections are fixed sets or numbered lists of
 * the seed document (src/schemas/seed-facts.ts), or need links on both sides (template ↔ procedure): their new
 * entries come from `npm run new`.
 */
const NEW_ENTRY_SLUGS: Partial<Record<CollectionName, string>> = {
  bulletins: '{{fields.month}}',
  cases: '{{year}}-{{month}}-{{day}}',
  publicity: '{{year}}-{{month}}-{{day}}',
};

/**
 * The body of an MDX entry, after its frontmatter fields, shown as its source first: Decap's rich-text mode writes
 * the whole body anew from its own reading of the Markdown on any edit (list markers, escapes, tables, the import
 * lines), so a one-word edit there is a diff over the whole body; the source mode hands back the text as typed.
 * The rich-text mode with the blocks' forms (body-blocks.ts) is one click away; docs/EDITOR-CMS.md says what it costs.
 * Decap opens the mode last chosen, not the first listed: the editor script chooses 'raw' (MARKDOWN_MODE_KEY).
 */
const BODY: EditorField = { name: 'body', label: '正文', widget: 'markdown', modes: ['raw', 'rich_text'] };

/** The folder layout of a glob source, as a Decap `path` (undefined: files directly in the folder). */
function entryPath(def: CollectionDef & { source: { kind: 'glob' } }): string | undefined {
  const { pattern } = def.source;
  if (/^\*\.\w+$/.test(pattern)) return undefined;
  if (/^\*\/index\.\w+$/.test(pattern)) return '{{slug}}/index';
  if (/^\*\/\*\.\w+$/.test(pattern)) return '{{dirname}}/{{slug}}';
  throw new EditorMappingError(
    `${def.label}（src/schemas/collections.ts）的文件位置 ${pattern} 编辑器不认识 — 在 src/lib/cms/config.ts 中为它写上 path`,
  );
}

/** The field that names an entry in lists and pickers: its title, else its name, id or first text field. */
function titleField(def: CollectionDef): string {
  const properties = entrySchema(def).properties ?? {};
  const named = ['title', 'name', 'id'].find((name) => name in properties);
  const text = Object.keys(properties).find((name) => properties[name]!.type === 'string');
  return named ?? text ?? Object.keys(properties)[0]!;
}

/** How a relation field offers the entries of `name`, and stores the picked entry's id. */
function relationTo(collections: readonly CollectionDef[], name: CollectionName): RelationTarget {
  const def = collections.find((d) => d.name === name);
  if (!def)
    throw new EditorMappingError(`引用的集合 ${name} 不在编辑器的集合中 — 在 src/schemas/collections.ts 中登记它`);
  const title = titleField(def);
  const source = def.source;
  if (source.kind === 'file') {
    if (source.single) throw new EditorMappingError(`${def.label} 只有一条内容，不能被引用`);
    // An item of a list file (https://decapcms.org/docs/widgets/relation/: `file` and `items.*.id`).
    return {
      collection: name,
      file: name,
      value_field: 'items.*.id',
      search_fields: [`items.*.${title}`],
      display_fields: [`items.*.${title}`],
    };
  }
  if (source.idOf !== fileStem)
    throw new EditorMappingError(
      `${def.label} 的编号不是文件名，编辑器不能引用它 — 在 src/lib/cms/config.ts 中写明编号从哪里来`,
    );
  // {{filename}}: the file name without folders, which is the id also for content/guide/<chapter>/<id>.mdx.
  return { collection: name, value_field: '{{filename}}', search_fields: [title], display_fields: [title] };
}

function collectionOf(def: CollectionDef, relation: (name: CollectionName) => RelationTarget): CmsCollection {
  const fields = editorFields(def, relation);
  const source = def.source;
  if (source.kind === 'file') {
    const list = !source.single;
    const file: CmsFile = {
      name: def.name,
      label: def.label,
      file: source.path,
      fields: list
        ? [
            {
              name: 'items',
              label: def.label,
              widget: 'list',
              fields,
              summary: `{{fields.${titleField(def)}}}`,
              collapsed: true,
            },
          ]
        : fields,
    };
    return { name: def.name, label: def.label, format: formatNameOf(def), files: [file] };
  }
  const extension = source.pattern.slice(source.pattern.lastIndexOf('.') + 1);
  const mdx = extension === 'mdx';
  const path = entryPath(def as CollectionDef & { source: typeof source });
  const slug = NEW_ENTRY_SLUGS[def.name];
  const identifier = titleField(def);
  return {
    name: def.name,
    label: def.label,
    folder: source.base,
    extension,
    format: formatNameOf(def),
    ...(path ? { path } : {}),
    create: slug !== undefined,
    ...(slug ? { slug } : {}),
    // Decap names entries by `title` unless told otherwise (a bulletin by its month, a unit by its name).
    ...(identifier === 'title' ? {} : { identifier_field: identifier }),
    // fields.: a bare {{month}} would be Decap's date placeholder, not the field.
    summary: `{{fields.${identifier}}}`,
    fields: mdx ? [...fields, BODY] : fields,
  };
}

/**
 * The whole Decap configuration: every collection of the registry (or of `collections`, for tests), the forge, and
 * the editorial workflow (drafts become merge requests; merging publishes).
 */
export function cmsConfig(
  options: CmsConfigOptions,
  collections: readonly CollectionDef[] = COLLECTION_LIST,
): CmsConfig {
  const relation = (name: CollectionName) => relationTo(collections, name);
  return {
    locale: 'zh_Hans',
    publish_mode: 'editorial_workflow',
    ...(options.localBackend ? { local_backend: true as const } : {}),
    backend: options.backend,
    // Uploads from outside a field with its own folder are template originals, where the attachment gate looks;
    // images of a case are saved beside it (the image fields' own media_folder).
    media_folder: ATTACHMENT_FOLDER,
    public_folder: '',
    slug: { encoding: 'ascii', clean_accents: true },
    collections: collections.map((def) => collectionOf(def, relation)),
  };
}
