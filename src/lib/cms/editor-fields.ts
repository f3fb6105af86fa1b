/**
 * The browser editor's form fields (Decap CMS widgets, https://decapcms.org/docs/widgets/) read off a collection's
 * zod schema, so the form has exactly the schema's fields and can never drift from it.
 *
 * The schema is read as zod 4's JSON Schema of its input, with the metadata the schemas carry: the field builders
 * (src/schemas/fields.ts) attach `title` (the Chinese label), `examples`, `format: 'date'` and `multiline`; the
 * stand-ins of editorContext below mark references and images. A field the reading does not understand, or one
 * without a label, stops the build of the config with a message naming the schema file and the field.
 */
import { z } from 'astro/zod';
import type { CollectionDef } from '../../schemas/collections.ts';
import type { CollectionName, Ref, SchemaContext } from '../../schemas/context.ts';

/**
 * Stand-ins for Astro's reference() and image() that leave a mark in the JSON Schema: the collection a field names
 * an entry of, or that the field is an image beside the entry. (The checker's own stand-ins,
 * src/lib/content-check/validate.ts, read files with node:fs, which this browser module cannot bundle.)
 */
export const editorContext: SchemaContext = {
  reference: <C extends CollectionName>(collection: C) =>
    z.string().meta({ reference: collection }) as unknown as z.ZodType<Ref<C>>,
  image: () => z.string().meta({ image: true }),
};

/** One field of a Decap collection: its name, label and widget, with the widget's options. */
export interface EditorField {
  name: string;
  label: string;
  widget: string;
  /** Decap's default is required; only optional fields say so. */
  required?: false;
  hint?: string;
  default?: unknown;
  /** string: [regular expression, message shown when the value does not match]. */
  pattern?: [string, string];
  /** select. */
  options?: string[];
  /** relation (several entries) and select. */
  multiple?: boolean;
  /** number. */
  value_type?: 'int' | 'float';
  /** number (value) or list and relation (count). */
  min?: number;
  max?: number;
  /** datetime. */
  format?: string;
  date_format?: string;
  time_format?: false;
  picker_utc?: boolean;
  /** relation: see RelationTarget. */
  collection?: string;
  file?: string;
  value_field?: string;
  search_fields?: string[];
  display_fields?: string[];
  /** list of objects, object. */
  fields?: EditorField[];
  /** list of single values (strings, options). */
  field?: EditorField;
  summary?: string;
  collapsed?: boolean;
  /** markdown: the modes offered, the first shown on opening (https://decapcms.org/docs/widgets/markdown/). */
  modes?: ('raw' | 'rich_text')[];
  /** image, file: where an upload is saved (relative to the entry's folder) and how its path is written. */
  media_folder?: string;
  public_folder?: string;
  choose_url?: false;
}

/** What a relation widget needs to offer the entries of one collection (https://decapcms.org/docs/widgets/relation/). */
export type RelationTarget = Required<
  Pick<EditorField, 'collection' | 'value_field' | 'search_fields' | 'display_fields'>
> &
  Pick<EditorField, 'file'>;

/** A schema field the editor cannot offer; the message says which and how to fix it. */
export class EditorMappingError extends Error {}

/** The part of a JSON Schema (draft 2020-12, as zod writes it) that the editor reads. */
export interface SchemaNode {
  type?: string;
  properties?: Record<string, SchemaNode>;
  required?: string[];
  items?: SchemaNode;
  prefixItems?: SchemaNode[];
  additionalProperties?: SchemaNode | boolean;
  enum?: unknown[];
  const?: unknown;
  anyOf?: SchemaNode[];
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  format?: string;
  default?: unknown;
  title?: string;
  description?: string;
  examples?: unknown[];
  $ref?: string;
  /** Metadata of this project's schemas. */
  multiline?: boolean;
  reference?: CollectionName;
  image?: boolean;
  /** A file uploaded into this folder (relative to the entry's own), named by its bare file name. */
  upload?: string;
}

const entrySchemas = new WeakMap<CollectionDef, SchemaNode>();

/** The JSON Schema of a collection's entry, with the editor's stand-ins for references and images (made once). */
export function entrySchema(def: CollectionDef): SchemaNode {
  let schema = entrySchemas.get(def);
  if (!schema) {
    schema = z.toJSONSchema(def.schema(editorContext), { io: 'input', unrepresentable: 'any' }) as SchemaNode;
    entrySchemas.set(def, schema);
  }
  return schema;
}

interface Reading {
  def: CollectionDef;
  relation: (collection: CollectionName) => RelationTarget;
}

function fail(reading: Reading, path: string, problem: string, fix: string): never {
  throw new EditorMappingError(`${reading.def.label}（${reading.def.schemaFile}）的字段 ${path} ${problem} — ${fix}`);
}

/** The schema's example of a value, when it is worth showing (not a bare ellipsis). */
function exampleOf(node: SchemaNode): string | undefined {
  const example = node.examples?.[0];
  if (typeof example === 'number') return String(example);
  return typeof example === 'string' && /[^…. ]/.test(example) ? example : undefined;
}

function hintOf(node: SchemaNode): Pick<EditorField, 'hint'> {
  if (node.description) return { hint: node.description };
  const example = exampleOf(node);
  return example ? { hint: `例如：${example}` } : {};
}

/** The object's fields, in the schema's order. */
function fieldsOf(node: SchemaNode, reading: Reading, path: string): EditorField[] {
  if (node.type !== 'object' || !node.properties)
    fail(reading, path || '（整条内容）', '不是一组字段', '条目和列表项应为 z.strictObject({ … })');
  const required = new Set(node.required ?? []);
  return Object.entries(node.properties).map(([name, child]) =>
    fieldOf(name, child, required.has(name), reading, path ? `${path}.${name}` : name),
  );
}

function fieldOf(name: string, node: SchemaNode, required: boolean, reading: Reading, path: string): EditorField {
  // A list without a name of its own (z.array(text('时限要求', …))) is named by its items.
  const label =
    node.title ??
    node.items?.title ??
    fail(reading, path, '没有中文名', '用 src/schemas/fields.ts 的字段构造函数，或加上 .meta({ title: 中文名 })');
  const widget = widgetOf(node, label, reading, path);
  return {
    name,
    label,
    ...(widget.widget === 'object' && !required ? { ...widget, fields: relaxed(widget.fields!) } : widget),
    ...(required ? {} : { required: false as const }),
    ...hintOf(node),
    ...(node.default === undefined ? {} : { default: node.default }),
  };
}

type Widget = Omit<EditorField, 'name' | 'label'>;

/**
 * The fields of an optional group (a procedure's 交纳标准, 时间节点), none required in the form: Decap validates a
 * group's fields even when the entry has no such group, so a required one would refuse every save of an entry
 * without it (seen on content/guide/fundamentals/records-archives.mdx). The schema still requires them when the
 * group is there: the preview's warnings and `npm run check` say so. List items are validated only when there.
 */
function relaxed(fields: readonly EditorField[]): EditorField[] {
  return fields.map((f) => ({
    ...f,
    ...(f.widget === 'object' ? { fields: relaxed(f.fields!) } : {}),
    required: false as const,
  }));
}

const DATE: Widget = {
  widget: 'datetime',
  format: 'YYYY-MM-DD',
  date_format: 'YYYY-MM-DD',
  time_format: false,
  // A date is a calendar day, not a moment: no shift by the browser's time zone.
  picker_utc: true,
};

function widgetOf(node: SchemaNode, label: string, reading: Reading, path: string): Widget {
  if (node.reference) return { widget: 'relation', ...reading.relation(node.reference) };
  // Beside the entry, written as the bare file name (media_folder relative to the entry's folder).
  if (node.image) return { widget: 'image', media_folder: '', public_folder: '', choose_url: false };
  if (node.upload !== undefined)
    return { widget: 'file', media_folder: node.upload, public_folder: '', choose_url: false };
  if (node.format === 'date') return DATE;
  if (node.enum) return { widget: 'select', options: node.enum.map(String) };
  switch (node.type) {
    case 'string': {
      const example = exampleOf(node);
      const fix = example ? `，例如 ${example}` : '';
      return {
        widget: node.multiline ? 'text' : 'string',
        ...(node.pattern ? { pattern: [node.pattern, `「${label}」格式不对${fix}`] as [string, string] } : {}),
      };
    }
    case 'integer':
    case 'number':
      return {
        widget: 'number',
        value_type: node.type === 'integer' ? 'int' : 'float',
        ...(node.minimum === undefined ? {} : { min: node.minimum }),
        ...(node.maximum === undefined ? {} : { max: node.maximum }),
      };
    case 'boolean':
      return { widget: 'boolean' };
    case 'array':
      // A tuple (prefixItems) has no Decap widget.
      if (!node.prefixItems) return listOf(node, label, reading, path);
      break;
    case 'object':
      if (node.properties) return { widget: 'object', fields: fieldsOf(node, reading, path), collapsed: true };
      // A record keyed by ids (依据的版本: regulation → version) has no Decap widget: kept as written, edited in
      // the file (Decap saves an entry's whole data, so a hidden field's value survives).
      if (node.additionalProperties) return { widget: 'hidden' };
  }
  return fail(
    reading,
    path,
    '的类型编辑器不认识',
    '改用 src/schemas/fields.ts 的字段构造函数，或在 src/lib/cms/editor-fields.ts 中为它加上对应的控件',
  );
}

/** Widgets whose value reads well as a collapsed list item's name. */
const SHOWN_IN_SUMMARY = new Set(['string', 'text', 'select', 'relation', 'datetime']);

function listOf(node: SchemaNode, label: string, reading: Reading, path: string): Widget {
  const items =
    node.items ?? fail(reading, path, '是列表，却没有写明列表项', '用 list(中文名, 列表项) 或 z.array(列表项)');
  const count = {
    ...(node.minItems ? { min: node.minItems } : {}),
    ...(node.maxItems === undefined ? {} : { max: node.maxItems }),
  };
  if (items.reference) return { widget: 'relation', ...reading.relation(items.reference), multiple: true, ...count };
  if (items.type === 'object') {
    const fields = fieldsOf(items, reading, `${path}[]`);
    // Each collapsed item is named by its title, else by its first required field that shows a single value.
    const named =
      fields.find((f) => f.name === 'title') ??
      fields.find((f) => f.required !== false && SHOWN_IN_SUMMARY.has(f.widget) && !f.multiple);
    return {
      widget: 'list',
      fields,
      ...(named ? { summary: `{{fields.${named.name}}}` } : {}),
      collapsed: true,
      ...count,
    };
  }
  // Decap stores the repeated field's values alone; its name (the list's own) only labels the form.
  const item = fieldOf(path.replace(/^.*\./, ''), { title: label, ...items }, true, reading, `${path}[]`);
  return { widget: 'list', field: item, ...count };
}

/** The editor's fields for one collection's entries (before the body of an MDX entry). */
export function editorFields(
  def: CollectionDef,
  relation: (collection: CollectionName) => RelationTarget,
): EditorField[] {
  return fieldsOf(entrySchema(def), { def, relation }, '');
}
