/**
 * npm run new -- <类型> <编号> [--procedure <程序编号>]: start a new content entry from a valid skeleton, so an
 * editor fills in text instead of remembering fields. Every skeleton passes `npm run check` as written (apart
 * from the seed's fixed counts, when the collection is already complete). Links that must go both ways
 * (template ↔ procedure, flowchart ↔ procedure) are added on both sides.
 *
 * The scaffolder itself, driven by the table in entry-types.ts; scripts/new.ts is its command line. Where an entry
 * goes comes from the collection registry: a glob collection gets a file (the id's parts fill the pattern's `*`s),
 * a list collection gets an item appended to its YAML file. Every refusal comes before the first write.
 */
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { dirname, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { z } from 'astro/zod';
import { parseDocument, type Document } from 'yaml';
import { COLLECTIONS, type CollectionDef } from '../../src/schemas/collections.ts';
import type { CollectionName } from '../../src/schemas/context.ts';
import { checkerContext } from '../../src/lib/content-check/validate.ts';
import { loadContent } from '../../src/lib/content-source/entries.ts';
import { parseYamlWithLines, splitFrontmatter } from '../../src/lib/content-source/source-map.ts';
import { readUtf8 } from '../../src/lib/content-source/text.ts';
import { FIXED_COLLECTIONS, NEW_ENTRY_TYPES, type EntryType } from './entry-types.ts';

/** A request the scaffolder refuses, with the editor's message. */
export class ScaffoldError extends Error {}

function fail(message: string): never {
  throw new ScaffoldError(message);
}

/** Where a new entry goes: its own file, or an item appended to a list file. */
interface Target {
  kind: 'file' | 'list';
  path: string;
  /** The entry's id in its collection (a procedure's is its file name, without the chapter). */
  entryId: string;
}

/** Create the entry `args` asks for (`<类型> <编号> [--procedure <程序编号>]`) under `root`; returns what it did. */
export function scaffold(root: string, args: string[]): string[] {
  const { type, id, procedure: procedureArg } = readRequest(args);
  const content = contentAt(root);
  const def: CollectionDef = COLLECTIONS[type.collection];
  checkId(type, id, content.ids);
  const target = targetOf(def, id) ?? fail(slugRefusal(id));
  const procedure = type.procedure && (procedureArg ?? fail(type.procedure.missing));
  if (target.kind === 'file' && content.exists(target.path)) fail(`${target.path} 已经存在，换一个编号。`);
  if (target.kind === 'list' && content.ids(def.name).includes(id)) fail(`${target.path} 中已有编号「${id}」。`);

  const number =
    type.numbering && pickNumber(def, type.numbering, numbersBeside(content, target, type.numbering.field));
  const today = new Date().toISOString().slice(0, 10);
  const text = type.skeleton({ id, entryId: target.entryId, number, procedure, today, ids: content.ids });

  const said: string[] = [];
  if (type.procedure && procedure) {
    const { link } = type.procedure;
    said.push(editProcedure(content, procedure, (frontmatter) => link(frontmatter, target.entryId, procedure)));
  }
  said.push(target.kind === 'file' ? content.create(target.path, text) : content.append(target.path, text, id));
  said.push('填好内容后运行 npm run check 检查。');
  return said;
}

/** The type and id asked for; refuses a missing, unknown or fixed type. */
function readRequest(args: string[]): { type: EntryType; id: string; procedure?: string } {
  const { positionals, values } = parseArgs({
    args,
    allowPositionals: true,
    options: { procedure: { type: 'string' } },
  });
  const [name, id] = positionals;
  if (!name || !id) {
    const types = Object.entries(NEW_ENTRY_TYPES)
      .map(([t, d]) => `  ${t.padEnd(11)}${d.description}`)
      .join('\n');
    fail(
      `用法：npm run new -- <类型> <编号>\n\n可用的类型：\n${types}\n\n责任清单、章节、案例系列和站点信息由关区经验材料固定，只能修改，不能新增。`,
    );
  }
  if ((FIXED_COLLECTIONS as string[]).includes(name))
    fail(`「${name}」由关区经验材料固定，只能修改现有文件，不能新增。`);
  // hasOwn: `toString` or `constructor` is no type either.
  if (!Object.hasOwn(NEW_ENTRY_TYPES, name))
    fail(`不认识的类型「${name}」。可用的类型：${Object.keys(NEW_ENTRY_TYPES).join('、')}`);
  return { type: NEW_ENTRY_TYPES[name]!, id, procedure: values.procedure };
}

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const slugRefusal = (id: string) =>
  `编号「${id}」只能用小写英文字母、数字和连字符，如 party-lesson（中文写在标题里）。`;

/** The id in the type's own form, or else every part of it a slug; then the type's own check against content/. */
function checkId(type: EntryType, id: string, ids: (collection: CollectionName) => string[]) {
  if (type.idForm) {
    if (!type.idForm.pattern.test(id)) fail(type.idForm.message);
  } else if (!id.split('/').every((part) => SLUG.test(part))) {
    fail(slugRefusal(id));
  }
  const refusal = type.checkId?.(id, ids);
  if (refusal) fail(refusal);
}

/** The registry's place for entry `id`; undefined when the id has not one part for each `*` of the pattern. */
function targetOf(def: CollectionDef, id: string): Target | undefined {
  const source = def.source;
  if (source.kind === 'file') {
    // A single-entry file (site.yaml) is never added to; the table lists only list and glob collections.
    if (source.single) throw new Error(`${def.name} 是单一文件，不能新增条目`);
    return id.includes('/') ? undefined : { kind: 'list', path: source.path, entryId: id };
  }
  const parts = id.split('/');
  if (parts.length !== source.pattern.split('*').length - 1) return undefined;
  const relative = source.pattern.replace(/\*/g, () => parts.shift()!);
  return { kind: 'file', path: `${source.base}/${relative}`, entryId: source.idOf(relative) };
}

/** Values of `field` already used beside the target: in the other files of its folder, or the other list items. */
function numbersBeside(content: Content, target: Target, field: string): number[] {
  if (target.kind === 'list')
    return content
      .list(target.path)
      .map((item) => Number(item[field]))
      .filter(Number.isFinite);
  const key = new RegExp(`^${field}:\\s*(\\d+)`, 'm');
  return content
    .filesIn(dirname(target.path), extname(target.path))
    .map((file) => Number(key.exec(content.read(file))?.[1]))
    .filter(Number.isFinite);
}

/**
 * The number for a new entry, never above the largest the collection's schema accepts (the seed's count where it
 * fixes one: 20 procedures, 9 flowcharts, 30 templates, 28 problems), so the limits live in SEED_COUNTS alone.
 */
function pickNumber(def: CollectionDef, { field, pick }: NonNullable<EntryType['numbering']>, used: number[]): number {
  const limit = schemaMaximum(def, field);
  if (pick === 'next') return Math.min(limit, Math.max(0, ...used) + 1);
  for (let n = 1; n <= limit; n++) if (!used.includes(n)) return n;
  return limit;
}

function schemaMaximum(def: CollectionDef, field: string): number {
  const schema = def.schema(checkerContext);
  const value = schema instanceof z.ZodObject ? schema.shape[field] : undefined;
  if (!(value instanceof z.ZodNumber) || !Number.isFinite(value.maxValue)) {
    throw new Error(`${def.schemaFile}: 字段 ${field} 应为有上限的数字`);
  }
  return value.maxValue!;
}

/** Edit one procedure's frontmatter with the yaml Document API, keeping its comments and layout. */
function editProcedure(
  content: Content,
  procedure: string,
  edit: (frontmatter: Document) => string | undefined,
): string {
  const file =
    content.entries('procedures').find((entry) => entry.id === procedure)?.file ??
    fail(
      `找不到工作程序「${procedure}」。用 --procedure 写现有程序的编号（content/guide/<章节>/<编号>.mdx 的文件名）。`,
    );
  const source = content.read(file);
  const frontmatter = parseDocument(splitFrontmatter(source).frontmatter);
  const refusal = edit(frontmatter);
  if (refusal) fail(refusal);
  const rest = source.slice(source.indexOf('\n---', 4) + 4);
  content.write(file, `---\n${String(frontmatter).trimEnd()}\n---${rest}`);
  return `已更新 ${file}`;
}

type Content = ReturnType<typeof contentAt>;

/** Reading and writing content/ under `root`, by repository-relative path or by collection. */
function contentAt(root: string) {
  const at = (path: string) => join(root, path);
  const read = (path: string) => readUtf8(root, path);
  const write = (path: string, text: string) => writeFileSync(at(path), text);
  const list = (path: string) => (parseYamlWithLines(read(path)).data as Record<string, unknown>[] | null) ?? [];
  /** Every entry of a collection with its file, read as the checker reads it (src/lib/content-source/entries.ts). */
  const entries = (collection: CollectionName): { id: string; file: string }[] =>
    loadContent(root, [COLLECTIONS[collection]]).entries.map(({ id, file }) => ({ id, file }));
  return {
    read,
    write,
    list,
    entries,
    ids: (collection: CollectionName) => entries(collection).map((entry) => entry.id),
    exists: (path: string) => existsSync(at(path)),
    filesIn: (dir: string, ext: string) =>
      existsSync(at(dir))
        ? readdirSync(at(dir))
            .filter((f) => f.endsWith(ext))
            .map((f) => `${dir}/${f}`)
        : [],
    create: (path: string, text: string) => {
      mkdirSync(dirname(at(path)), { recursive: true });
      write(path, text);
      return `已创建 ${path}`;
    },
    append: (path: string, entry: string, id: string) => {
      write(path, `${read(path).trimEnd()}\n\n${entry.trim()}\n`);
      return `已在 ${path} 末尾追加「${id}」`;
    },
  };
}
