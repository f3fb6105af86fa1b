/**
 * Astro collections, built from the registry in src/schemas/collections.ts so that Astro and `npm run check`
 * read content/ the same way and validate it with the same schemas.
 */
import { defineCollection, reference } from 'astro:content';
import { file, glob } from 'astro/loaders';
import type { z } from 'astro/zod';
import { parse as parseYaml } from 'yaml';
import { COLLECTIONS, type CollectionDef } from './schemas/collections.ts';
import type { SchemaContext } from './schemas/context.ts';

function loaderFor(def: CollectionDef) {
  const source = def.source;
  if (source.kind === 'glob') {
    return glob({ base: source.base, pattern: source.pattern, generateId: ({ entry }) => source.idOf(entry) });
  }
  if (source.single) {
    const id = source.single.id;
    return file(source.path, { parser: (text) => ({ [id]: parseYaml(text) as Record<string, unknown> }) });
  }
  return file(source.path);
}

/**
 * Astro asks for the schema once per entry, because its image() resolves paths against the entry's own file. A
 * schema that never asks for an image is the same for every entry, so it is built once: building one costs more
 * than parsing an entry with it (zod 4 compiles it).
 */
function collectionFrom<S extends z.ZodType>(def: CollectionDef<S>) {
  let shared: S | undefined;
  return defineCollection({
    loader: loaderFor(def),
    schema: ({ image }) => {
      if (shared) return shared;
      let asksForImages = false;
      const schema = def.schema({
        reference: reference as SchemaContext['reference'],
        image: () => {
          asksForImages = true;
          return image();
        },
      });
      if (!asksForImages) shared = schema;
      return schema;
    },
  });
}

export const collections = {
  site: collectionFrom(COLLECTIONS.site),
  duties: collectionFrom(COLLECTIONS.duties),
  chapters: collectionFrom(COLLECTIONS.chapters),
  procedures: collectionFrom(COLLECTIONS.procedures),
  flowcharts: collectionFrom(COLLECTIONS.flowcharts),
  templates: collectionFrom(COLLECTIONS.templates),
  regulations: collectionFrom(COLLECTIONS.regulations),
  bulletins: collectionFrom(COLLECTIONS.bulletins),
  rectification: collectionFrom(COLLECTIONS.rectification),
  units: collectionFrom(COLLECTIONS.units),
  series: collectionFrom(COLLECTIONS.series),
  cases: collectionFrom(COLLECTIONS.cases),
  publicity: collectionFrom(COLLECTIONS.publicity),
  revisions: collectionFrom(COLLECTIONS.revisions),
};
