/**
 * The browser editor's configuration (src/lib/cms/config.ts) against the schemas it is made from. The schemas are
 * read here a second, independent way — walking the zod schemas themselves, with stand-ins that remember which
 * collection each reference names — and every field must have an editor field of the same name that agrees on
 * required or optional, options, bounds, reference target and list-ness. Then the config must have the shapes
 * Decap CMS needs (https://decapcms.org/docs/configuration-options/).
 */
import { globSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { cmsConfig, type CmsCollection, type CmsConfig } from '../../src/lib/cms/config.ts';
import { editorBackend } from '../../src/lib/cms/editor-settings.ts';
import { EditorMappingError, type EditorField } from '../../src/lib/cms/editor-fields.ts';
import { MDX_KEEP, YAML_KEEP, YAML_LIST_KEEP } from '../../src/lib/cms/formats.ts';
import { COLLECTION_LIST, fileStem, type CollectionDef } from '../../src/schemas/collections.ts';
import type { CollectionName, Ref, SchemaContext } from '../../src/schemas/context.ts';
import { text } from '../../src/schemas/fields.ts';
import { FOLDERS } from '../../src/lib/paths.ts';
import { PROCEDURE_FIELDS } from '../../src/lib/procedure-fields.ts';
import { ROOT } from '../support/builds.ts';

const BACKEND = editorBackend({
  forge: 'gitlab',
  url: 'https://git.example',
  repo: 'djzy/guideline',
  appId: 'app-id',
  branch: 'main',
});

const config = cmsConfig({ backend: BACKEND });

/** What one schema field is, read off the zod schema itself. */
type Kind =
  | { kind: 'reference'; collection: CollectionName }
  | { kind: 'image' | 'text' | 'boolean' | 'date' | 'record' }
  | { kind: 'select'; options: string[] }
  | { kind: 'number'; int: boolean; min?: number; max?: number }
  | { kind: 'object'; fields: Shape }
  | { kind: 'list'; item: Kind; min?: number };
type Shape = Record<string, { optional: boolean; is: Kind }>;

/** Stand-ins whose schemas are remembered, so the walk knows a reference's target without any metadata. */
const references = new WeakMap<z.ZodType, CollectionName>();
const images = new WeakSet<z.ZodType>();
const probeContext: SchemaContext = {
  reference: <C extends CollectionName>(collection: C) => {
    const schema = z.string();
    references.set(schema, collection);
    return schema as unknown as z.ZodType<Ref<C>>;
  },
  image: () => {
    const schema = z.string();
    images.add(schema);
    return schema;
  },
};

const checkValue = (schema: z.ZodType, check: string) =>
  (schema._zod.def as { checks?: { _zod: { def: { check: string; minimum?: number } } }[] }).checks?.find(
    (c) => c._zod.def.check === check,
  )?._zod.def.minimum;

/** The stand-in a schema was made from: itself, or what .meta() and other clones were made from. */
function origin(schema: z.ZodType): z.ZodType {
  let at: z.ZodType | undefined = schema;
  while (at && !references.has(at) && !images.has(at)) at = at._zod.parent as z.ZodType | undefined;
  return at ?? schema;
}

function kindOf(schema: z.ZodType, at: string): Kind {
  const made = origin(schema);
  if (references.has(made)) return { kind: 'reference', collection: references.get(made)! };
  if (images.has(made)) return { kind: 'image' };
  if (schema instanceof z.ZodPipe) {
    // The date builder: a Date or a YYYY-MM-DD string, turned into a Date.
    const input = schema.in;
    if (input instanceof z.ZodUnion && input.options.some((o) => o instanceof z.ZodDate)) return { kind: 'date' };
    return kindOf(input as z.ZodType, at);
  }
  if (schema instanceof z.ZodString) return { kind: 'text' };
  if (schema instanceof z.ZodEnum) return { kind: 'select', options: schema.options.map(String) };
  if (schema instanceof z.ZodNumber) {
    const min = schema.minValue;
    const max = schema.maxValue;
    return {
      kind: 'number',
      int: schema.format === 'safeint',
      ...(Number.isFinite(min) ? { min: min! } : {}),
      ...(Number.isFinite(max) ? { max: max! } : {}),
    };
  }
  if (schema instanceof z.ZodBoolean || (schema instanceof z.ZodLiteral && schema.value === true))
    return { kind: 'boolean' };
  if (schema instanceof z.ZodRecord) return { kind: 'record' };
  if (schema instanceof z.ZodObject) return { kind: 'object', fields: shapeOf(schema, at) };
  if (schema instanceof z.ZodArray) {
    const min = checkValue(schema, 'min_length');
    return { kind: 'list', item: kindOf(schema.element as z.ZodType, `${at}[]`), ...(min ? { min } : {}) };
  }
  throw new Error(`${at}: the walk does not know ${schema.constructor.name}`);
}

function shapeOf(object: z.ZodObject, at: string): Shape {
  return Object.fromEntries(
    Object.entries(object.shape).map(([name, field]) => {
      let schema = field as z.ZodType;
      let optional = false;
      while (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) {
        optional = true;
        schema = schema.unwrap() as z.ZodType;
      }
      return [name, { optional, is: kindOf(schema, `${at}.${name}`) }];
    }),
  );
}

const entryShape = (def: CollectionDef) => {
  const schema = def.schema(probeContext);
  if (!(schema instanceof z.ZodObject)) throw new Error(`${def.name}: not an object schema`);
  return shapeOf(schema, def.name);
};

const byName = new Map(config.collections.map((c) => [c.name, c]));

/** The editor fields of one collection's entries: a folder's fields, a single file's, or a list file's items. */
function entryFields(collection: CmsCollection): EditorField[] {
  if (collection.fields) return collection.fields.filter((f) => f.name !== 'body');
  const fields = collection.files![0]!.fields;
  return collection.format === YAML_LIST_KEEP ? fields[0]!.fields! : fields;
}

/** Where the two disagree about one field, as sentences; empty when they agree. */
function disagreements(
  field: EditorField | undefined,
  optional: boolean,
  is: Kind,
  at: string,
  inOptionalGroup = false,
): string[] {
  if (!field) return [`${at}: the schema has it, the editor has no field of that name`];
  const found: string[] = [];
  const expect = (ok: boolean, what: string) => {
    if (!ok) found.push(`${at}: ${what} (editor: ${JSON.stringify(field)})`);
  };
  // Inside an optional group every field is optional in the form (editor-fields.ts, relaxed).
  expect(
    (field.required === false) === (optional || inOptionalGroup),
    optional ? 'optional in the schema' : inOptionalGroup ? 'optional: in an optional group' : 'required in the schema',
  );
  const compare = (f: EditorField, k: Kind, where: string, asListItem = false): void => {
    const want = (ok: boolean, what: string) => {
      if (!ok) found.push(`${where}: ${what}`);
    };
    switch (k.kind) {
      case 'reference':
        want(f.widget === 'relation' && f.collection === k.collection, `a relation to ${k.collection}`);
        want(!!f.multiple === asListItem, asListItem ? 'several entries' : 'one entry');
        break;
      case 'image':
        want(f.widget === 'image', 'an image');
        break;
      case 'text':
        want(['string', 'text', 'file'].includes(f.widget), 'text');
        break;
      case 'boolean':
        want(f.widget === 'boolean', 'yes/no');
        break;
      case 'date':
        want(f.widget === 'datetime' && f.format === 'YYYY-MM-DD' && f.time_format === false, 'a date without time');
        break;
      case 'record':
        want(f.widget === 'hidden', 'kept as written (a record has no widget)');
        break;
      case 'select':
        want(
          f.widget === 'select' && JSON.stringify(f.options) === JSON.stringify(k.options),
          `options ${k.options.join('、')}`,
        );
        break;
      case 'number':
        want(f.widget === 'number' && f.value_type === (k.int ? 'int' : 'float'), k.int ? 'an integer' : 'a number');
        want(f.min === k.min && f.max === k.max, `bounds ${k.min}–${k.max}`);
        break;
      case 'object':
        want(f.widget === 'object', 'a group of fields');
        found.push(...fieldsDisagree(f.fields ?? [], k.fields, where, optional || inOptionalGroup));
        break;
      case 'list':
        if (k.item.kind === 'reference') {
          compare(f, k.item, where, true);
        } else if (k.item.kind === 'object') {
          want(f.widget === 'list' && !!f.fields, 'a list of field groups');
          found.push(...fieldsDisagree(f.fields ?? [], k.item.fields, `${where}[]`));
        } else {
          want(f.widget === 'list' && !!f.field, 'a list of single values');
          if (f.field) compare(f.field, k.item, `${where}[]`);
        }
        want(f.min === k.min, `at least ${k.min ?? 0} items`);
        break;
    }
  };
  compare(field, is, at);
  return found;
}

function fieldsDisagree(fields: EditorField[], shape: Shape, at: string, inOptionalGroup = false): string[] {
  const names = fields.map((f) => f.name);
  return [
    ...Object.entries(shape).flatMap(([name, { optional, is }]) =>
      disagreements(
        fields.find((f) => f.name === name),
        optional,
        is,
        at ? `${at}.${name}` : name,
        inOptionalGroup,
      ),
    ),
    ...names.filter((n) => !(n in shape)).map((n) => `${at || '(entry)'}.${n}: the editor has it, the schema has not`),
    ...(JSON.stringify(names) === JSON.stringify(Object.keys(shape))
      ? []
      : [`${at || '(entry)'}: field order differs`]),
  ];
}

describe('the editor config against the schemas', () => {
  it('has one collection per registered collection, in the registry order', () => {
    expect(config.collections.map((c) => c.name)).toEqual(COLLECTION_LIST.map((d) => d.name));
  });

  it.each(COLLECTION_LIST.map((d) => [d.name, d] as const))(
    '%s: every schema field has an editor field that agrees with it',
    (_name, def) => {
      expect(fieldsDisagree(entryFields(byName.get(def.name)!), entryShape(def), '')).toEqual([]);
    },
  );

  it('notices a disagreement (the comparison is not vacuous)', () => {
    const site = COLLECTION_LIST.find((d) => d.name === 'site')!;
    const fields = entryFields(byName.get('site')!);
    const made = fields.map((f) => (f.name === 'contact' ? { ...f, required: undefined } : f));
    expect(fieldsDisagree(made, entryShape(site), '')).toEqual([
      expect.stringContaining('contact: optional in the schema'),
    ]);
    expect(fieldsDisagree(fields.slice(1), entryShape(site), '')[0]).toContain('title: the schema has it');
  });

  it("names a procedure's fields as its page does (src/lib/procedure-fields.ts), and gives long text a box", () => {
    const fields = entryFields(byName.get('procedures')!);
    for (const [name, label] of Object.entries(PROCEDURE_FIELDS))
      expect(fields.find((f) => f.name === name)?.label, name).toBe(label);
    expect(fields.find((f) => f.name === 'summary')?.widget).toBe('text');
    expect(fields.find((f) => f.name === 'title')?.widget).toBe('string');
  });

  it('gives an MDX entry its body after the frontmatter fields', () => {
    for (const def of COLLECTION_LIST) {
      const collection = byName.get(def.name)!;
      if (collection.format !== MDX_KEEP) continue;
      expect(collection.fields!.at(-1), def.name).toEqual({
        name: 'body',
        label: '正文',
        widget: 'markdown',
        // The source first: the rich-text mode rewrites the whole body on any edit (docs/EDITOR-CMS.md).
        modes: ['raw', 'rich_text'],
      });
    }
  });
});

describe('a schema field the editor cannot show', () => {
  const fake = (shape: z.ZodRawShape): CollectionDef => ({
    name: 'series',
    label: '测试集合',
    schemaFile: 'src/schemas/fake.ts',
    source: { kind: 'glob', base: 'content/fake', pattern: '*.yaml', idOf: fileStem },
    schema: () => z.strictObject(shape),
  });
  const make = (def: CollectionDef) => () => cmsConfig({ backend: BACKEND }, [def]);

  it('is refused, naming the schema file and the field', () => {
    expect(
      make(fake({ title: text('标题', '示例'), when: z.string().meta({ title: '时刻' }).pipe(z.coerce.date()) })),
    ).not.toThrow();
    const odd = fake({ title: text('标题', '示例'), pair: z.tuple([z.string(), z.string()]).meta({ title: '一对' }) });
    expect(make(odd)).toThrow(EditorMappingError);
    expect(make(odd)).toThrow('测试集合（src/schemas/fake.ts）的字段 pair 的类型编辑器不认识');
  });

  it('is refused when it has no Chinese label', () => {
    expect(
      make(fake({ title: text('标题', '示例'), extra: z.object({ note: z.string() }).meta({ title: '附注' }) })),
    ).toThrow('测试集合（src/schemas/fake.ts）的字段 extra.note 没有中文名');
  });

  it('is refused when it names a collection the editor does not have', () => {
    const def: CollectionDef = {
      ...fake({}),
      schema: (ctx) =>
        z.strictObject({ title: text('标题', '示例'), d: ctx.reference('duties').meta({ title: '清单' }) }),
    };
    expect(make(def)).toThrow('引用的集合 duties 不在编辑器的集合中');
  });
});

/** Every field, at any depth, with where it is. */
function* allFields(fields: readonly EditorField[], at: string): Generator<[string, EditorField]> {
  for (const f of fields) {
    yield [`${at}.${f.name}`, f];
    if (f.fields) yield* allFields(f.fields, `${at}.${f.name}`);
    if (f.field) yield* allFields([f.field], `${at}.${f.name}[]`);
  }
}

const fieldsOfCollection = (c: CmsCollection) => c.fields ?? c.files!.flatMap((f) => f.fields);

describe('the shapes Decap needs', () => {
  it('sets the editor up in Chinese, with drafts reviewed as merge requests on the forge', () => {
    expect(config).toMatchObject<Partial<CmsConfig>>({
      locale: 'zh_Hans',
      publish_mode: 'editorial_workflow',
      backend: {
        name: 'gitlab',
        repo: 'djzy/guideline',
        base_url: 'https://git.example',
        api_root: 'https://git.example/api/v4',
        auth_type: 'pkce',
        app_id: 'app-id',
        branch: 'main',
      },
    });
    expect(config.local_backend).toBeUndefined();
    expect(cmsConfig({ backend: BACKEND, localBackend: true }).local_backend).toBe(true);
    // Uploads without a folder of their own go where the attachment gate looks.
    expect(config.media_folder).toBe(FOLDERS.attachments);
  });

  it('gives every collection a name, a label, fields, and either a folder or files; no name twice', () => {
    const names = config.collections.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
    for (const c of config.collections) {
      expect(c.name && c.label, c.name).toBeTruthy();
      expect([YAML_KEEP, YAML_LIST_KEEP, MDX_KEEP], c.name).toContain(c.format);
      expect(!!c.folder !== !!c.files, `${c.name}: folder or files`).toBe(true);
      if (c.folder) expect(c.fields!.length, c.name).toBeGreaterThan(0);
      for (const file of c.files ?? []) {
        expect(file.name && file.label && file.file, c.name).toBeTruthy();
        expect(file.fields.length, c.name).toBeGreaterThan(0);
      }
    }
  });

  it('reads each folder as deep as the registry globs it, and names new entries by an id rule', () => {
    for (const def of COLLECTION_LIST) {
      const c = byName.get(def.name)!;
      if (def.source.kind !== 'glob') continue;
      expect(c.folder).toBe(def.source.base);
      expect((c.path ?? '{{slug}}').split('/').length, def.name).toBe(def.source.pattern.split('/').length);
      expect(`x.${c.extension}`, def.name).toBe(`x${def.source.pattern.slice(def.source.pattern.lastIndexOf('.'))}`);
      // A collection that takes new entries names their files in lower-case ASCII (the ids' rule).
      if (c.create) expect(c.slug, def.name).toMatch(/^(\{\{[\w.]+\}\}|-)+$/);
    }
    expect(byName.get('bulletins')!.slug).toBe('{{fields.month}}');
  });

  it("writes every template variable as a field of the entry, or as one of Decap's own", () => {
    // Decap's own: https://decapcms.org/docs/configuration-options/#slug-type (date parts, slug) and the file
    // names of an entry path; a bare {{month}} is a date part even where the entry has a month field.
    const own = new Set(['slug', 'dirname', 'filename', 'year', 'month', 'day', 'hour', 'minute', 'second']);
    const variables = (template: string | undefined) =>
      [...(template ?? '').matchAll(/\{\{\s*([^}| ]+)/g)].map((m) => m[1]!);
    for (const c of config.collections) {
      const names = entryFields(c).map((f) => f.name);
      for (const v of [...variables(c.summary), ...variables(c.slug)])
        expect(
          v.startsWith('fields.') ? names.includes(v.slice(7)) : own.has(v) && !names.includes(v),
          `${c.name}: {{${v}}}`,
        ).toBe(true);
      for (const [at, f] of allFields(fieldsOfCollection(c), c.name)) {
        for (const v of variables(f.summary))
          expect(v.startsWith('fields.') && f.fields!.some((g) => g.name === v.slice(7)), `${at}: {{${v}}}`).toBe(true);
      }
      for (const v of variables(c.path)) expect(['slug', 'dirname'], `${c.name}: {{${v}}}`).toContain(v);
    }
  });

  it('has no two fields of one name side by side, a label on each, options on each select', () => {
    for (const c of config.collections) {
      const groups = [
        fieldsOfCollection(c),
        ...[...allFields(fieldsOfCollection(c), c.name)].flatMap(([, f]) => (f.fields ? [f.fields] : [])),
      ];
      for (const group of groups) expect(new Set(group.map((f) => f.name)).size, c.name).toBe(group.length);
      for (const [at, f] of allFields(fieldsOfCollection(c), c.name)) {
        expect(f.label, at).toMatch(/\p{Script=Han}/u);
        if (f.widget === 'select') expect(f.options?.length, at).toBeGreaterThan(0);
      }
    }
  });

  it('saves uploads where the content model keeps them: images beside the entry, originals with the attachments', () => {
    const uploads: string[] = [];
    for (const c of config.collections) {
      for (const [at, f] of allFields(fieldsOfCollection(c), c.name)) {
        if (f.widget === 'image')
          uploads.push(`${at} → ${f.media_folder === '' ? 'beside the entry' : f.media_folder}`);
        if (f.widget === 'file') uploads.push(`${at} → ${c.folder}/${f.media_folder}`);
      }
    }
    expect(uploads).toEqual([
      'templates.attachments.file → content/templates/attachments',
      'cases.cover → beside the entry',
    ]);
    expect(FOLDERS.attachments).toBe('content/templates/attachments');
  });

  it('points every relation at an existing collection, and at the list inside a list file', () => {
    let relations = 0;
    for (const c of config.collections) {
      for (const [at, f] of allFields(fieldsOfCollection(c), c.name)) {
        if (f.widget !== 'relation') continue;
        relations++;
        const target = byName.get(f.collection!);
        expect(target, at).toBeDefined();
        expect(f.search_fields!.length && f.display_fields!.length, at).toBeTruthy();
        if (target!.files) {
          expect(
            target!.files.map((file) => file.name),
            at,
          ).toContain(f.file);
          expect(f.value_field, at).toBe('items.*.id');
          expect(
            entryFields(target!).map((g) => g.name),
            at,
          ).toContain('id');
        } else {
          // {{filename}}: the file name without folders and extension, which is the id of such an entry.
          const def = COLLECTION_LIST.find((d) => d.name === f.collection)!;
          expect(def.source.kind === 'glob' && def.source.idOf === fileStem, at).toBe(true);
          expect(f.value_field, at).toBe('{{filename}}');
        }
        for (const shown of f.display_fields!) {
          expect(
            entryFields(target!).map((g) => g.name),
            at,
          ).toContain(shown.replace(/^items\.\*\./, ''));
        }
      }
    }
    expect(relations).toBeGreaterThan(20);
  });
});

describe('src/lib/cms in the browser', () => {
  it('imports no node: module, directly or through the modules it imports (the /admin/ page bundles it)', () => {
    const seen = new Set<string>();
    const offenders: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const source = readFileSync(join(ROOT, file), 'utf8').replace(/\/\*[\s\S]*?\*\//g, '');
      // `import type` is erased, never bundled (src/lib/content-check/rules/input.ts names the MDX checker's types).
      for (const [, specifier] of source.matchAll(/(?:^|\s)(?:import|export)\s(?!type\s)[^'"]*?['"]([^'"]+)['"]/g)) {
        if (specifier!.startsWith('node:')) offenders.push(`${file} → ${specifier}`);
        else if (specifier!.startsWith('.')) visit(relative(ROOT, join(ROOT, dirname(file), specifier!)));
      }
    };
    for (const file of globSync('src/lib/cms/*.ts', { cwd: ROOT })) visit(file);
    expect(seen.size).toBeGreaterThan(10);
    expect(offenders).toEqual([]);
  });
});
