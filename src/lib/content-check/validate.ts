/**
 * Validate raw entries with the collections' own schemas, using stand-ins for Astro's reference() and image() that
 * keep the value in a recognisable wrapper, so references and images can be checked after parsing.
 */
import { z } from 'astro/zod';
import type { CollectionName, Ref, SchemaContext } from '../../schemas/context.ts';
import { msg } from '../../schemas/fields.ts';
import type { RawEntry } from '../content-source/entries.ts';
import { lookalikes } from '../content-source/characters.ts';
import { wordIssue, type Wording } from '../content-source/schema-messages.ts';
import { formatPath, type Problem } from '../content-source/problem.ts';

/** A reference as the checker sees it after parsing. */
export class RefValue<C extends CollectionName = CollectionName> implements Ref<C> {
  readonly collection: C;
  readonly id: string;
  constructor(collection: C, id: string) {
    this.collection = collection;
    this.id = id;
  }
}

/** An image path as the checker sees it after parsing. */
export class ImageValue {
  readonly src: string;
  constructor(src: string) {
    this.src = src;
  }
}

export const checkerContext: SchemaContext = {
  // Like Astro's reference(), a bare number (edition: 2022) is read as the id "2022".
  reference: <C extends CollectionName>(collection: C) =>
    z
      .union([z.string(), z.number()], {
        error: () => msg('引用应为编号文字', '填写被引用条目的编号（id），如 branch-work-regulation'),
      })
      .transform((value) => String(value).trim())
      .pipe(z.string().min(1, { error: msg('引用的编号不能为空', '填写被引用条目的编号（id）') }))
      .transform((id) => new RefValue(collection, id)) as unknown as z.ZodType<Ref<C>>,
  image: () =>
    z
      .string({ error: () => msg('图片应写成文件路径', '如 ./cover.jpg（图片放在同一文件夹）') })
      .transform((src) => new ImageValue(src)),
};

export interface ValidEntry extends RawEntry {
  parsed: unknown;
}

export interface Found<T> {
  value: T;
  path: PropertyKey[];
}

/** Every value of class `cls` inside `value`, with its path. */
export function findAll<T>(value: unknown, cls: new (...args: never[]) => T, path: PropertyKey[] = []): Found<T>[] {
  if (value instanceof cls) return [{ value, path }];
  if (Array.isArray(value)) return value.flatMap((v, i) => findAll(v, cls, [...path, i]));
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    return Object.entries(value).flatMap(([k, v]) => findAll(v, cls, [...path, k]));
  }
  return [];
}

/** Each collection's schema, built once: building one costs more than parsing an entry with it (zod 4 compiles it). */
const schemas = new WeakMap<RawEntry['def'], ReturnType<RawEntry['def']['schema']>>();
function schemaOf(def: RawEntry['def']): ReturnType<RawEntry['def']['schema']> {
  let schema = schemas.get(def);
  if (!schema) schemas.set(def, (schema = def.schema(checkerContext)));
  return schema;
}

/** Parse one entry; problems are located at the line of the offending key. */
export function validateEntry(entry: RawEntry): { parsed?: unknown; problems: Problem[] } {
  const schema = schemaOf(entry.def);
  const result = schema.safeParse(entry.data, { reportInput: true });
  if (result.success) return { parsed: result.data, problems: [] };
  const problems = result.error.issues.map((issue) => {
    // An unknown key is located at (and named by) the key itself, not the object holding it.
    const path = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0] ?? ''] : issue.path;
    const { problem, fix } = explainLookalikes(wordIssue(issue, entry.def.schemaFile), issue.input);
    return { file: entry.file, line: entry.lineOf(path), field: formatPath(path), problem, fix };
  });
  return { problems };
}

/**
 * A value that failed its rule because of characters that look right but are not (２０２２-07-05, an id with a Cyrillic
 * о or a zero-width space): the message says exactly that, and gives the value as it was meant where it can.
 */
function explainLookalikes(wording: Wording, input: unknown): Wording {
  if (typeof input !== 'string') return wording;
  const look = lookalikes(input);
  if (!look) return wording;
  return {
    problem: `${wording.problem}（${look.explained}）`,
    fix: look.meant ? `改用半角字符（英文输入法）：${look.meant}` : `用英文输入法重新输入；${wording.fix}`,
  };
}
